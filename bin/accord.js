#!/usr/bin/env node
// Runs the compiled CLI (`npm run build:server`, which `npm start` and `npm test` run first).
// Without a build, say in a fresh checkout, it runs the TypeScript sources through tsx's loader.
import { existsSync } from "node:fs";

const compiled = new URL("../dist/server/accord.js", import.meta.url);
if (existsSync(compiled) && process.env.ACCORD_FROM_SOURCE !== "true") {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
