#!/usr/bin/env node
// `npm start`: compiles the server (a second or two), builds the web app when its bundle is
// missing, then serves Accord on its embedded default (SQLite under ./data, demo seeded on
// first start).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { serverHeapFlags } from "../bin/server-heap.js";

const compile = spawnSync(process.execPath, ["scripts/build-server.js"], { stdio: "inherit" });
if (compile.status !== 0) process.exit(compile.status ?? 1);
if (!existsSync("dist/web/index.html")) {
  process.stdout.write("Building the web app (first start)…\n");
  const build = spawnSync(
    "npx",
    ["vite", "build", "--config", "vite.config.ts", "--logLevel", "warn"],
    { stdio: "inherit" },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The heap budget given here, so bin/accord.js has no need to start the server a second time.
const heapFlags = serverHeapFlags(process.execArgv, process.env.NODE_OPTIONS);
const serve = spawnSync(
  process.execPath,
  [...heapFlags, "bin/accord.js", "serve", ...process.argv.slice(2)],
  { stdio: "inherit" },
);
process.exit(serve.status ?? 0);
