import fc from "fast-check";

/** The part of JSON Schema the OpenAPI document of the Zod contracts uses. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  /** A record (`z.record`): the keys it takes and the schema of each value. */
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
  pattern?: string;
  minItems?: number;
  default?: unknown;
}

/**
 * A plausible value of a schema: the smallest thing that looks right (first enum member,
 * minimum length, required properties only). The fuzzer breaks one part of it at a time, so
 * the rest of the body gets past validation and the broken part is what is tested.
 */
export function plausibleValue(schema: JsonSchema, depth = 0): unknown {
  if (depth > 6) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const option = options.find((o) => o.type !== "null") ?? options[0];
    return option ? plausibleValue(option, depth + 1) : null;
  }
  if (schema.allOf?.[0]) return plausibleValue(schema.allOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type ?? "") {
    case "string":
      return plausibleString(schema);
    case "integer":
    case "number": {
      const low = schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1;
      return Math.min(Math.max(low, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case "boolean":
      return true;
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () =>
        plausibleValue(schema.items ?? {}, depth + 1),
      );
    case "object": {
      const out: Record<string, unknown> = {};
      // A record with known keys: one entry, so its value has something to break.
      const key = schema.propertyNames?.enum?.[0];
      if (typeof key === "string" && typeof schema.additionalProperties === "object")
        out[key] = plausibleValue(schema.additionalProperties, depth + 1);
      for (const key of schema.required ?? []) {
        out[key] = plausibleValue(schema.properties?.[key] ?? {}, depth + 1);
      }
      return out;
    }
    default:
      return schema.properties ? plausibleValue({ ...schema, type: "object" }, depth) : null;
  }
}

function plausibleString(schema: JsonSchema): string {
  switch (schema.format ?? "") {
    case "date":
      return "2026-12-01";
    case "date-time":
      return "2026-12-01T10:00:00.000Z";
    case "email":
      return "fuzz@example.test";
    case "uri":
    case "url":
      return "https://hooks.example.com/fuzz";
  }
  if (schema.pattern?.includes("A-Z]{3}")) return "EUR";
  const length = Math.max(schema.minLength ?? 1, 1);
  return "f".repeat(Math.min(length, schema.maxLength ?? length));
}

/** Values no contract should take, or should take only with care. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    -0.5,
    1.5,
    2 ** 53,
    2 ** 63,
    -(2 ** 63),
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    "",
    " ",
    "XXX",
    "eur",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "9999-12-31",
    "+275760-09-13",
    "2026-12-01T25:61:00Z",
    "NaN",
    "1e309",
    "__proto__",
    "<script>alert(1)</script>",
    "' or 1=1 --",
    "\u202eevil\u202c",
    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "e\u0301\u0302\u0303\u0304\u0305",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udfffy",
    "🚀".repeat(2000),
    "x".repeat(100_000),
    [],
    {},
    [null],
    [[[[[]]]]],
  ),
  fc.string({ maxLength: 40 }),
  // Any UTF-16 code units, lone surrogates and NUL included.
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 20,
  }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** Whole requests no route should take: broken JSON, wrong media types, odd encodings. */
export const RAW_BODIES: readonly { contentType: string; payload: string }[] = [
  { contentType: "application/json", payload: '{"a":' },
  { contentType: "application/json", payload: '{"a":1}}' },
  { contentType: "application/json", payload: "" },
  { contentType: "application/json", payload: "\u0000" },
  { contentType: "application/json", payload: '"\\ud800"' },
  { contentType: "application/json", payload: "[".repeat(5000) },
  { contentType: "application/json", payload: '{"__proto__":{"isAdmin":true}}' },
  { contentType: "application/json; charset=utf-16", payload: "{}" },
  { contentType: "text/plain", payload: "hello" },
  { contentType: "application/xml", payload: "<a/>" },
  { contentType: "application/x-www-form-urlencoded", payload: "a=1&b=2" },
  { contentType: "multipart/form-data; boundary=x", payload: "--x\r\nbroken" },
];

/** Path parameter values, already in the form they take in a URL. */
export const HOSTILE_PARAMS: readonly string[] = [
  "x".repeat(300),
  "%00",
  "abc%00def",
  "%ED%A0%80",
  "%E0%A4%A",
  "%",
  "..%2F..%2Fetc%2Fpasswd",
  "%F0%9F%9A%80",
  encodeURIComponent("\u202eevil"),
  encodeURIComponent("' or 1=1 --"),
  "-1",
  "99999999999999999999999",
];

type Path = (string | number)[];

/** The paths of a plausible body's fields and of the optional ones it left out. */
export function fieldPaths(
  schema: JsonSchema,
  value: unknown,
  prefix: Path = [],
  depth = 0,
): Path[] {
  if (depth > 3) return [];
  const paths: Path[] = [];
  const object = (schema.anyOf ?? schema.oneOf)?.find((o) => o.properties) ?? schema;
  if (object.properties) {
    for (const [key, child] of Object.entries(object.properties)) {
      const path = [...prefix, key];
      paths.push(path);
      const inner = (value as Record<string, unknown> | null)?.[key];
      if (inner !== undefined) paths.push(...fieldPaths(child, inner, path, depth + 1));
    }
  }
  if (typeof object.additionalProperties === "object" && value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (object.properties?.[key]) continue;
      paths.push([...prefix, key]);
      paths.push(...fieldPaths(object.additionalProperties, inner, [...prefix, key], depth + 1));
    }
  }
  if (Array.isArray(value) && object.items) {
    paths.push([...prefix, 0]);
    if (value.length > 0)
      paths.push(...fieldPaths(object.items, value[0], [...prefix, 0], depth + 1));
  }
  return paths;
}

/** A copy of `value` with the field at `path` set (or, with `undefined`, removed). */
export function withField(value: unknown, path: Path, replacement: unknown): unknown {
  const root: unknown = structuredClone(value ?? {});
  let node = root as Record<string | number, unknown>;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      if (replacement === undefined) delete node[key];
      else node[key] = replacement;
      break;
    }
    const next = node[key];
    if (typeof next !== "object" || next === null) {
      node[key] = typeof path[index + 1] === "number" ? [] : {};
    }
    node = node[key] as Record<string | number, unknown>;
  }
  return root;
}
