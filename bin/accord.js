#!/usr/bin/env node
// Runs the compiled CLI (`npm run build:server`, which `npm start` and `npm test` run first).
// Without a build, say in a fresh checkout, it runs the TypeScript sources through tsx's loader.
// `accord serve` runs under a heap budget (./server-heap.js), which only a starting process
// can take: without one, this process starts the server again with it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { restartWithFlags, serverHeapFlags, stopWithWrapper } from "./server-heap.js";

const heapFlags =
  process.argv[2] === "serve" ? serverHeapFlags(process.execArgv, process.env.NODE_OPTIONS) : [];
const compiled = new URL("../dist/server/accord.js", import.meta.url);
if (heapFlags.length > 0) {
  await restartWithFlags(heapFlags, fileURLToPath(import.meta.url));
} else if (existsSync(compiled) && process.env.ACCORD_FROM_SOURCE !== "true") {
  stopWithWrapper();
  await import(compiled.href);
} else {
  stopWithWrapper();
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
