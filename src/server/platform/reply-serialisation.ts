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
    const conditions: JsonSchema = {};
    const schema = writableSchema(contract, conditions);
    // fast-json-stringify's types want a `type` on every external schema; this one holds definitions.
    const external = { [CONDITIONS_ID]: { $id: CONDITIONS_ID, definitions: conditions } as never };
    writer = schema ? (fastJson(schema, { schema: external }) as Serialise) : null;
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
function writableSchema(contract: z.ZodType, conditions: JsonSchema): JsonSchema | null {
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
  return rewrite(schema, false, conditions);
}

/** Checks a branch's validator is spared; none of them changes what is written. */
const BRANCH_UNCHECKED = ["minLength", "maxLength", "pattern"];

/** Keywords whose meaning fast-json-stringify and Zod could read differently here. */
const UNSAFE = new Set(["$ref", "not", "if", "then", "else", "patternProperties", "dependencies"]);

/**
 * `inBranch`: under `anyOf`/`oneOf`, where the writer asks a validator which branch a value
 * matches, so `required` must stay as the contract says.
 */
function rewrite(node: unknown, inBranch: boolean, conditions: JsonSchema): JsonSchema | null {
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
      const inner = rewrite(nonNull[0], inBranch, conditions);
      return inner && typeof inner.type === "string" && !("nullable" in inner)
        ? { ...inner, nullable: true }
        : null;
    }
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" || key === "definitions") {
      const rewritten: JsonSchema = {};
      for (const [name, child] of Object.entries(value as JsonSchema)) {
        const next = rewrite(child, inBranch, conditions);
        if (!next) return null;
        rewritten[name] = next;
      }
      schema[key] = rewritten;
    } else if (key === "items" || key === "additionalProperties" || key === "propertyNames") {
      if (typeof value === "boolean") continue;
      const next = Array.isArray(value)
        ? value.map((item) => rewrite(item, inBranch, conditions))
        : rewrite(value, inBranch, conditions);
      if (!next || (Array.isArray(next) && next.some((n) => !n))) return null;
      schema[key] = next;
    } else if (key === "anyOf" || key === "oneOf" || key === "allOf") {
      const next = (value as unknown[]).map((item) =>
        rewrite(item, inBranch || key !== "allOf", conditions),
      );
      if (next.some((n) => !n)) return null;
      schema[key] = next;
    }
  }
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches) && Object.keys(schema).length === 1) {
    return chosenByTag(branches as JsonSchema[], conditions) ?? schema;
  }
  return schema;
}

/** Where a writer's conditions on a union's tag live: a schema of their own, beside the contract's. */
const CONDITIONS_ID = "accord-tag-conditions";

/**
 * A union whose branches are objects told apart by one property's constant (a discriminated
 * union: the ledger's sixty-nine event types by `type`) as a tree of `if`/`else` on that
 * constant, halving the branches at each step. Under `anyOf`/`oneOf` the writer validates
 * branch after branch until one fits, every property before the tag included: about half the
 * catalogue per event, and then the whole matching branch. The tree checks the tag seven times
 * and nothing else, as Zod's output (what the writer is given) already fits the branch its tag
 * names. A tree, not a chain of `else`s: the writer copies each `else` whole when it builds.
 * The conditions live in a schema of their own (`conditions`, by `$ref`), so the validator
 * compiles them alone rather than the contract's whole schema around each `if` (building the
 * events writer: about 1 s of CPU with the union, 0.2 s with the tree). A union of a few
 * branches stays as it is.
 */
function chosenByTag(branches: JsonSchema[], conditions: JsonSchema): JsonSchema | null {
  const [first] = branches;
  if (!first || branches.length < 4) return null;
  for (const name of Object.keys((first.properties as JsonSchema | undefined) ?? {})) {
    const tags = branches.map((branch) => tagOf(branch, name));
    if (tags.every((tag) => typeof tag === "string") && new Set(tags).size === tags.length) {
      return tagTree(name, branches, tags, conditions);
    }
  }
  return null;
}

function tagTree(
  name: string,
  branches: JsonSchema[],
  tags: string[],
  conditions: JsonSchema,
): JsonSchema {
  const [only] = branches;
  if (only && branches.length === 1) return only;
  const half = Math.ceil(branches.length / 2);
  const condition = `c${Object.keys(conditions).length}`;
  conditions[condition] = {
    type: "object",
    properties: { [name]: { enum: tags.slice(0, half) } },
    required: [name],
  };
  return {
    if: { $ref: `${CONDITIONS_ID}#/definitions/${condition}` },
    then: tagTree(name, branches.slice(0, half), tags.slice(0, half), conditions),
    else: tagTree(name, branches.slice(half), tags.slice(half), conditions),
  };
}

/** The constant a branch requires of the property, if it is an object that does. */
function tagOf(branch: JsonSchema, name: string): unknown {
  const property = (branch.properties as Record<string, JsonSchema> | undefined)?.[name];
  const isRequired = Array.isArray(branch.required) && branch.required.includes(name);
  return branch.type === "object" && isRequired ? property?.const : undefined;
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
