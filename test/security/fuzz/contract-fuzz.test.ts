import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { buildAcceptedEngagement, type AcceptedEngagement } from "../../api/api-fixtures";
import { installWriteCounter } from "./write-counter";
import {
  fieldPaths,
  HOSTILE_PARAMS,
  hostileValue,
  plausibleValue,
  RAW_BODIES,
  withField,
  type JsonSchema,
} from "./hostile-payloads";
import { rejectionProblems } from "./rejection-check";
import { BODYLESS_WRITE_ROUTES } from "./bodyless-routes";

/** Fixed, so a failure found once is found again on every run. */
const SEED = 20_261_201;
/** Probes per route: enough to break every field of a small body; bounded for the test command. */
const RUNS_PER_ROUTE = 14;
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface WriteRoute {
  method: string;
  url: string;
  params: string[];
  body: JsonSchema | null;
}

type Probe =
  | { kind: "json"; body: unknown; note: string }
  | { kind: "raw"; contentType: string; payload: string }
  | { kind: "param"; name: string; value: string };

/** Every write route of the app, from its route table, with its body schema from OpenAPI. */
function writeRoutes(t: TestApp): WriteRoute[] {
  const doc = t.app.swagger() as unknown as OpenApiDocument;
  const routes = t.app.routeTable
    .filter((r) => WRITE_METHODS.has(r.method) && r.url.startsWith("/api/v1/"))
    // Logging out ends the session the fuzzer writes with; it takes no input.
    .filter((r) => !/\/auth\/logout(-all)?$/.test(r.url));
  return routes.map((r) => {
    const openApiPath = r.url.replace(/:([A-Za-z]+)/g, "{$1}");
    const operation = doc.paths[openApiPath]?.[r.method.toLowerCase()];
    const schema = operation?.requestBody?.content?.["application/json"]?.schema;
    return {
      method: r.method,
      url: r.url,
      params: [...r.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] ?? ""),
      body: schema ? deref(schema, doc) : null,
    };
  });
}

function deref(schema: JsonSchema, doc: OpenApiDocument, depth = 0): JsonSchema {
  if (depth > 20) return {};
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop() ?? "";
    return deref(doc.components?.schemas?.[name] ?? {}, doc, depth + 1);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" && value && typeof value === "object") {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [
          k,
          deref(v, doc, depth + 1),
        ]),
      );
    } else if ((key === "anyOf" || key === "oneOf" || key === "allOf") && Array.isArray(value)) {
      out[key] = (value as JsonSchema[]).map((v) => deref(v, doc, depth + 1));
    } else if (key === "items" && value && typeof value === "object") {
      out[key] = deref(value as JsonSchema, doc, depth + 1);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Hostile input for one route: a broken field, a broken body, a broken request, a broken URL. */
function probes(route: WriteRoute): fc.Arbitrary<Probe> {
  const base = route.body ? plausibleValue(route.body) : {};
  const paths = route.body ? fieldPaths(route.body, base) : [];
  const options: fc.Arbitrary<Probe>[] = [
    hostileValue.map((body) => ({ kind: "json" as const, body, note: "whole body" })),
    fc.constantFrom(...RAW_BODIES).map((raw) => ({ kind: "raw" as const, ...raw })),
    fc.constant({
      kind: "json" as const,
      body: { fuzzUnknownField: 1 },
      note: "unknown field only",
    }),
  ];
  if (paths.length > 0) {
    const field = fc.constantFrom(...paths);
    options.push(
      fc.tuple(field, hostileValue).map(([path, value]) => ({
        kind: "json" as const,
        body: withField(base, path, value),
        note: `field ${path.join(".")}`,
      })),
      fc.tuple(field, hostileValue).map(([path, value]) => ({
        kind: "json" as const,
        body: withField(base, path, value),
        note: `field ${path.join(".")}`,
      })),
      field.map((path) => ({
        kind: "json" as const,
        body: withField(base, path, undefined),
        note: `without ${path.join(".")}`,
      })),
    );
  }
  if (route.params.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...route.params), fc.constantFrom(...HOSTILE_PARAMS))
        .map(([name, value]) => ({ kind: "param" as const, name, value })),
    );
  }
  return fc.oneof(...options);
}

function describeProbe(probe: Probe): string {
  const cut = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);
  switch (probe.kind) {
    case "json":
      return `${probe.note}: ${cut(JSON.stringify(probe.body) ?? "undefined")}`;
    case "raw":
      return `${probe.contentType}: ${cut(JSON.stringify(probe.payload))}`;
    case "param":
      return `:${probe.name} = ${cut(probe.value)}`;
  }
}

describe("the fuzzer's reach", () => {
  it("has field probes for every write route that takes a body, and names those that take none", async () => {
    const t = await buildTestApp("sqlite");
    try {
      const routes = writeRoutes(t).map((r) => ({ ...r, name: `${r.method} ${r.url}` }));
      const names = new Set(routes.map((r) => r.name));
      const undeclared = routes
        .filter((r) => !r.body && !BODYLESS_WRITE_ROUTES.has(r.name))
        .map((r) => r.name);
      expect(
        undeclared,
        "write routes without a JSON body schema: declare the body with a Zod contract, or name the route in test/security/fuzz/bodyless-routes.ts",
      ).toEqual([]);
      const gone = [...BODYLESS_WRITE_ROUTES].filter((name) => !names.has(name));
      expect(gone, "bodyless-routes.ts names routes the app no longer has").toEqual([]);
      // A route the list calls bodyless but that declares a body would lose nothing, but the
      // list would mislead its reader.
      const declared = routes.filter((r) => r.body && BODYLESS_WRITE_ROUTES.has(r.name));
      expect(declared.map((r) => r.name)).toEqual([]);
      for (const route of routes.filter((r) => r.body)) {
        const base = plausibleValue(route.body ?? {});
        expect(
          fieldPaths(route.body ?? {}, base).length,
          `${route.name} has no field to break`,
        ).toBeGreaterThan(0);
      }
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)("fuzzed input to every write route on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildAcceptedEngagement(t);
  });
  afterEach(async () => {
    await t.close();
  });

  it("answers hostile input with a 4xx in the error shape, never a 5xx, and writes nothing", async () => {
    // Real ids where the fixture has them, so handlers past validation run too.
    const realIds: Record<string, string> = {
      orgId: w.clientOrg.id,
      id: w.engagement.id,
      engagementId: w.engagement.id,
      userId: w.client.userId,
      version: "1",
    };
    const routes = writeRoutes(t);
    expect(routes.length).toBeGreaterThan(50);
    // A refused log-in is recorded, on purpose: the audit trail (and any throttling state) of
    // the log-in route may change when it refuses; nothing else may.
    const allowedToChange = (url: string) => (table: string) =>
      url.endsWith("/auth/login") && /audit|login|attempt|throttl/.test(table);
    const failures: string[] = [];
    let tried = 0;

    const writes = await installWriteCounter(t.deps);
    // The counter sees a write that is meant to happen, so its silence below means something.
    await w.client.client.post("/api/v1/orgs", { name: "Counted", kind: "client" });
    expect(await writes.takeWrites()).toContain("organisations");
    for (const [index, route] of routes.entries()) {
      const samples = fc.sample(probes(route), { seed: SEED + index, numRuns: RUNS_PER_ROUTE });
      for (const probe of samples) {
        const params = Object.fromEntries(
          route.params.map((p) => [p, realIds[p] ?? "fuzz-missing"]),
        );
        if (probe.kind === "param") params[probe.name] = probe.value;
        const url = route.url.replace(/:([A-Za-z]+)/g, (_m, name: string) => params[name] ?? "");
        const response =
          probe.kind === "raw"
            ? await w.client.client.request(route.method, url, probe.payload, {
                "content-type": probe.contentType,
              })
            : await w.client.client.request(
                route.method,
                url,
                probe.kind === "json" ? probe.body : undefined,
              );
        tried++;
        const changed = (await writes.takeWrites()).filter(
          (table) => !allowedToChange(route.url)(table),
        );
        if (response.statusCode < 300) continue;
        const problems = rejectionProblems({
          status: response.statusCode,
          body: response.body,
          changedTables: changed,
          ...(probe.kind === "param" && probe.value.length >= 3 && { mustNotEcho: probe.value }),
        });
        if (problems.length > 0) {
          failures.push(
            `${route.method} ${route.url} ${describeProbe(probe)} → ${problems.join("; ")}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBe(routes.length * RUNS_PER_ROUTE);
  });
});
