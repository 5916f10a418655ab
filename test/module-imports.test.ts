import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = join(import.meta.dirname, "..", "src", "server");
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.includes(".test.") ? [path] : [];
  });
}

/** The part of src/server a file belongs to: `modules/<name>`, or its top folder. */
function partOf(path: string): string {
  const [top, name] = relative(SERVER, path).split("/");
  return top === "modules" && name ? `modules/${name}` : (top ?? "");
}

/** part → the parts its files import (relative imports inside src/server only). */
function partGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SERVER)) {
    const from = partOf(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), spec!));
      if (relative(SERVER, target).startsWith("..")) continue;
      const to = partOf(target);
      if (to === from || to === "") continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Every cycle between module folders, each named once by the path that closes it. */
function moduleCycles(graph: Map<string, Set<string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (part: string) => {
    state.set(part, "open");
    stack.push(part);
    for (const next of graph.get(part) ?? []) {
      if (!next.startsWith("modules/")) continue;
      if (state.get(next) === "open") {
        cycles.push([...stack.slice(stack.indexOf(next)), next].join(" → "));
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(part, "done");
  };
  for (const part of [...graph.keys()].filter((p) => p.startsWith("modules/")).sort()) {
    if (!state.has(part)) visit(part);
  }
  return cycles;
}

describe("the server's parts depend on a shared kernel, not on each other in loops", () => {
  const graph = partGraph();

  it("has no import loop between modules", () => {
    expect(moduleCycles(graph)).toEqual([]);
  });

  it("keeps the kernel and the platform free of modules", () => {
    const modulesOf = (part: string) =>
      [...(graph.get(part) ?? [])].filter((p) => p.startsWith("modules/"));
    expect(modulesOf("kernel")).toEqual([]);
    expect(modulesOf("platform")).toEqual([]);
  });

  it("finds the imports it checks", () => {
    expect(graph.get("modules/delivery")).toContain("kernel");
    expect(
      moduleCycles(
        new Map([
          ["modules/a", new Set(["modules/b"])],
          ["modules/b", new Set(["modules/a"])],
        ]),
      ),
    ).toEqual(["modules/a → modules/b → modules/a"]);
  });
});

describe("start-up does not wait for the screening weights", () => {
  // A value import of the screening rules would put half a megabyte of weights on the path to
  // /readyz; the server loads them with `loadScreening()` instead.
  const VALUE_IMPORT = /^import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm;

  it("imports the screening rules only as types or on demand", () => {
    const eager = sourceFiles(SERVER).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(VALUE_IMPORT)]
        .filter(([, spec]) => /domain\/screening\/(screen-text|learned)/.test(spec!))
        .map(() => relative(SERVER, file)),
    );
    expect(eager).toEqual([]);
  });

  it("finds a value import of the screening rules where one is written", () => {
    const line = 'import { screenText } from "../../../domain/screening/screen-text";';
    expect([...line.matchAll(VALUE_IMPORT)].map(([, spec]) => spec)).toHaveLength(1);
  });
});

describe("start-up does not load the API reference", () => {
  // @fastify/swagger-ui (with its static server, yaml and glob) cost some 55 ms of CPU before
  // /readyz; `registerApiReference` imports it on the first request to /api/docs instead.
  const VALUE_IMPORT = /^import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm;

  it("imports @fastify/swagger-ui only as types or on demand", () => {
    const eager = sourceFiles(SERVER).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(VALUE_IMPORT)]
        .filter(([, spec]) => spec === "@fastify/swagger-ui")
        .map(() => relative(SERVER, file)),
    );
    expect(eager).toEqual([]);
  });
});
