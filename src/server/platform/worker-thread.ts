import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * A worker thread running the module `name` beside the caller's (`callerUrl`, its
 * `import.meta.url`): the compiled build has `<name>.js` as an entry of its own beside its
 * chunks (scripts/build-server.js); the TypeScript sources (tests, benches) start it through
 * tsx's loader, registered in the worker first.
 */
export function startWorkerThread(callerUrl: string, name: string, workerData: unknown): Worker {
  if (!callerUrl.endsWith(".ts")) {
    return new Worker(new URL(`./${name}.js`, callerUrl), { workerData });
  }
  // The API's ES module (`require` resolves to its CommonJS twin, whose `register` fails here).
  const api = createRequire(callerUrl)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs");
  const tsx = pathToFileURL(api).href;
  const file = new URL(`./${name}.ts`, callerUrl).href;
  const code =
    `import(${JSON.stringify(tsx)}).then((api) => { api.register(); ` +
    `return import(${JSON.stringify(file)}); });`;
  return new Worker(code, { eval: true, workerData });
}
