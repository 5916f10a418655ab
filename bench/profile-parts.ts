import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * Sums a V8 CPU profile (`BENCH_CPU_PROFILE` of `request-cpu.ts`, or `node --cpu-prof`) by
 * part: `node --import tsx bench/profile-parts.ts <file.cpuprofile> [function …]`.
 *
 * - by file: each sample goes to the innermost frame in `src/` (with the libraries it called),
 *   so "messages/post-message.ts" is that file's own work and the Kysely or SQLite calls it made;
 * - by package: each sample's own frame (self time), by `node_modules` package, `src/` layer or V8;
 * - by function: the share of samples with the named functions anywhere on the stack (each
 *   sample counted once per name), the inclusive cost of a step such as `screenBeforeSend`.
 *
 * A profile of the compiled server (`npm run bench -- --profile`) names `dist/server/` chunks:
 * each frame is read back to its source file through the chunk's source map, when it has one.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, ...names] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-parts.ts <file.cpuprofile> [function …]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const maps = new Map<string, SourceMap | null>();
const mapOf = (url: string): SourceMap | null => {
  if (!maps.has(url)) {
    const path = url.startsWith("file://") ? fileURLToPath(url) : null;
    maps.set(
      url,
      path && existsSync(`${path}.map`)
        ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, "utf8")) as never)
        : null,
    );
  }
  return maps.get(url) ?? null;
};
for (const node of profile.nodes) {
  const frame = node.callFrame;
  const map = frame.url.includes("/dist/") ? mapOf(frame.url) : null;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber ?? 0);
  if (entry && "originalSource" in entry) frame.url = entry.originalSource;
}
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parentOf.set(child, node.id);

const srcPath = (url: string): string | null => {
  const at = url.indexOf("/src/");
  return at >= 0 && !url.includes("node_modules") ? url.slice(at + 5) : null;
};
const packageOf = (url: string, functionName: string): string => {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  const src = srcPath(url);
  if (src)
    return `src/${src
      .split("/")
      .slice(0, src.startsWith("server/modules/") ? 3 : 2)
      .join("/")}`;
  if (url.startsWith("node:")) return "node internals";
  if (url.includes("/bench/")) return "bench (client)";
  return functionName ? `(${functionName})` : "(other)";
};

const byFile = new Map<string, number>();
const byPackage = new Map<string, number>();
const byName = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  const node = byId.get(id);
  if (!node) return;
  const own = node.callFrame;
  if (own.functionName === "(idle)" || own.functionName === "(program)") return;
  total += delta;
  byPackage.set(
    packageOf(own.url, own.functionName),
    (byPackage.get(packageOf(own.url, own.functionName)) ?? 0) + delta,
  );
  let innermost: string | null = null;
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = byId.get(at)?.callFrame;
    if (!frame) break;
    innermost ??= srcPath(frame.url);
    if (names.includes(frame.functionName)) seen.add(frame.functionName);
  }
  const where = innermost ?? packageOf(own.url, own.functionName);
  byFile.set(where, (byFile.get(where) ?? 0) + delta);
  for (const name of seen) byName.set(name, (byName.get(name) ?? 0) + delta);
});

const show = (title: string, table: Map<string, number>, rows: number) => {
  console.log(`\n${title}`);
  for (const [key, value] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * value) / total).toFixed(1).padStart(6)}%  ${key}`);
  }
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms of samples (idle and program left out)`);
show("by innermost src file (with the libraries it called)", byFile, 45);
show("by own frame's package (self time)", byPackage, 25);
if (names.length > 0) show("by function on the stack (inclusive)", byName, names.length);
