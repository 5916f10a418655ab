import fastJson from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

type Serialise = (data: unknown) => string;
type JsonSchema = Record<string, unknown>;

/**
 * Replies are written by fast-json-stringify from a JSON schema generated from the route's Zod
 * contract, instead of a Zod parse and `JSON.stringify`: on a list page the parse and the
 * stringify were a third of the request's CPU. The text is the same: both keep the contract's
 * properties in its order and drop the others. What the generated writer does not do is check
 * the value against the contract, so under the tests (`VITEST`) every reply is also written the
 * Zod way, which does check, and a reply written differently fails the test. A contract whose
 * JSON schema could differ in meaning (dates, transforms, passthrough objects, recursion) keeps
 * the Zod writer; `replyWriterKind` says which a contract gets.
 *
 * Writers are built on a contract's first reply, not when the route is declared: most routes
 * share the error contract, and building hundreds at start-up would cost a second.
 */
export const replySerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const contract = contractOf(route.schema);
  const checked = zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
  if (!contract) return checked as Serialise;
  let write: Serialise | undefined;
  return (data: unknown) => {
    write ??= writerOf(contract) ?? (checked as Serialise);
    if (!IS_CHECKING) return write(data);
    const expected = (checked as Serialise)(data);
    const actual = write(data);
    if (actual !== expected) {
      throw new Error(
        `the reply of ${route.method} ${route.url} is written differently from its contract's Zod output:\n${actual}\n${expected}`,
      );
    }
    return actual;
  };
};

/** Whether replies of the contract are written from its JSON schema or by Zod. */
export function replyWriterKind(contract: z.ZodType): "schema" | "zod" {
  return writerOf(contract) ? "schema" : "zod";
}

const IS_CHECKING = process.env.VITEST !== undefined;

/** One writer per contract (the error contract serves every route), or null for Zod's. */
const writers = new WeakMap<z.ZodType, Serialise | null>();

function writerOf(contract: z.ZodType): Serialise | null {
  let writer = writers.get(contract);
  if (writer === undefined) {
    const schema = writableSchema(contract);
    writer = schema ? (fastJson(schema) as Serialise) : null;
    writers.set(contract, writer);
  }
  return writer;
}

function contractOf(schema: unknown): z.ZodType | undefined {
  if (schema instanceof z.ZodType) return schema;
  if (typeof schema === "object" && schema !== null && "properties" in schema) {
    const inner = schema.properties;
    if (inner instanceof z.ZodType) return inner;
  }
  return undefined;
}

/**
 * The contract's output as a JSON schema fast-json-stringify writes exactly as Zod's output
 * would stringify, or null. Everything is inlined (no `$ref`); `anyOf [X, null]`, Zod's
 * nullable, becomes X with `nullable`, which the writer handles without a validator.
 */
function writableSchema(contract: z.ZodType): JsonSchema | null {
  let schema: JsonSchema;
  try {
    schema = z.toJSONSchema(contract, {
      io: "output",
      target: "draft-7",
      unrepresentable: "throw",
      cycles: "throw",
      reused: "inline",
      metadata: z.registry(),
    });
  } catch {
    return null;
  }
  return rewrite(schema, false);
}

/** Checks a branch's validator is spared; none of them changes what is written. */
const BRANCH_UNCHECKED = ["minLength", "maxLength", "pattern"];

/** Keywords whose meaning fast-json-stringify and Zod could read differently here. */
const UNSAFE = new Set(["$ref", "not", "if", "then", "else", "patternProperties", "dependencies"]);

/**
 * `inBranch`: under `anyOf`/`oneOf`, where the writer asks a validator which branch a value
 * matches, so `required` must stay as the contract says.
 */
function rewrite(node: unknown, inBranch: boolean): JsonSchema | null {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return null;
  const schema = { ...(node as JsonSchema) };
  for (const key of Object.keys(schema)) if (UNSAFE.has(key)) return null;
  delete schema.$schema;
  // In a branch the validator checks every keyword of each branch it tries until one fits: a
  // ledger event tried some fifty event types, measuring each id's length (ucs2length) before
  // reaching `type`. Lengths and patterns pick no branch of the contracts' unions (their
  // literals and types do) and change nothing written, so the writer's branches go without.
  if (inBranch) for (const key of BRANCH_UNCHECKED) delete schema[key];
  if (schema.type === "object") {
    // Zod strips unknown keys from a plain object's output. A catchall keeps them after the
    // declared ones, in the value's order, as the writer does; a loose object keeps anything,
    // which the writer is not asked to.
    const extra = schema.additionalProperties;
    const isAnything = extra === true || (isPlainSchema(extra) && Object.keys(extra).length === 0);
    if (schema.properties ? isAnything : extra === undefined || extra === true) return null;
    // The writer puts required properties first; Zod keeps the contract's order. Outside a
    // branch the writer need not know what is required (the tests' Zod check does); inside
    // one, a contract with an optional property before a required one keeps the Zod writer.
    if (!inBranch) delete schema.required;
    else if (!isRequiredFirst(schema)) return null;
  }
  const anyOf = schema.anyOf;
  if (Array.isArray(anyOf)) {
    const nonNull = anyOf.filter((branch) => !isNullType(branch));
    if (nonNull.length === 1 && anyOf.length === 2 && Object.keys(schema).length === 1) {
      const inner = rewrite(nonNull[0], inBranch);
      return inner && typeof inner.type === "string" && !("nullable" in inner)
        ? { ...inner, nullable: true }
        : null;
    }
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" || key === "definitions") {
      const rewritten: JsonSchema = {};
      for (const [name, child] of Object.entries(value as JsonSchema)) {
        const next = rewrite(child, inBranch);
        if (!next) return null;
        rewritten[name] = next;
      }
      schema[key] = rewritten;
    } else if (key === "items" || key === "additionalProperties" || key === "propertyNames") {
      if (typeof value === "boolean") continue;
      const next = Array.isArray(value)
        ? value.map((item) => rewrite(item, inBranch))
        : rewrite(value, inBranch);
      if (!next || (Array.isArray(next) && next.some((n) => !n))) return null;
      schema[key] = next;
    } else if (key === "anyOf" || key === "oneOf" || key === "allOf") {
      const next = (value as unknown[]).map((item) => rewrite(item, inBranch || key !== "allOf"));
      if (next.some((n) => !n)) return null;
      schema[key] = next;
    }
  }
  return schema;
}

function isPlainSchema(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isRequiredFirst(schema: JsonSchema): boolean {
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const names = Object.keys((schema.properties as JsonSchema | undefined) ?? {});
  return names.every(
    (name, index) => index === 0 || !required.has(name) || required.has(names[index - 1] ?? ""),
  );
}

function isNullType(schema: unknown): boolean {
  return (
    typeof schema === "object" &&
    schema !== null &&
    (schema as JsonSchema).type === "null" &&
    Object.keys(schema).length === 1
  );
}
