#!/usr/bin/env node
// Compiles the server and the CLI to JavaScript (one ES module bundle with lazily loaded
// chunks) so production starts without transpiling TypeScript on every run. Dependencies stay
// in node_modules; only Accord's own sources are bundled.
import { build } from "esbuild";

await build({
  entryPoints: { accord: "src/cli/main.ts" },
  outdir: "dist/server",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
  // Chunks sit beside the entry, at the depth of src/server/*.ts, so
  // `new URL("../../dist/web", import.meta.url)` still finds the web bundle.
});
