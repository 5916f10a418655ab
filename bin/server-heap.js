// The V8 heap budget `accord serve` runs with, applied by `bin/accord.js` and `npm start`.
//
// Without one, V8 sizes a process's heap from the machine's memory (about 4 GB here) and lets
// the old generation grow far past what the server keeps alive before it collects: the server
// held 600–770 MB under the benchmark's matching load with about 75 MB of live objects. With
// these flags it collects sooner and stays under 300 MB (docs/OPERATIONS.md, "Memory").
// Heap flags are read when the process starts only, so a server started without them is
// started again with them; NODE_OPTIONS or the command line override them.

/** Old generation (MB): over twice the ~75 MB live at 100,000 providers in the matching market. */
export const SERVER_OLD_SPACE_MB = 160;
/** Young generation per semi-space (MB): Node's 16 let it take 32–48 MB; 4 doubled the collections. */
export const SERVER_SEMI_SPACE_MB = 8;

const HEAP_FLAG = /--max-(old|semi)-space-size|--max-heap-size/;

/**
 * The flags to start the server with: none when the process's own flags or NODE_OPTIONS
 * already set a heap size (the operator's choice wins), else the budget above.
 */
export function serverHeapFlags(execArgv, nodeOptions) {
  if ([...execArgv, nodeOptions ?? ""].some((flag) => HEAP_FLAG.test(flag))) return [];
  return [
    `--max-old-space-size=${SERVER_OLD_SPACE_MB}`,
    `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
  ];
}

/** Set in the server started under the budget, so it knows its parent is the wrapper below. */
const WRAPPED = "ACCORD_SERVE_UNDER_BUDGET";

/**
 * Runs this command again in a child process with `flags`, as if it had been started with
 * them: the same script, arguments, standard streams and exit status. SIGTERM and SIGHUP are
 * passed on; SIGINT too unless a terminal sent it to both processes already. Killed outright
 * (SIGKILL), the wrapper takes the server with it (`stopWithWrapper`), so a supervisor's or a
 * test's kill still ends the server at once.
 */
export async function restartWithFlags(flags, script) {
  const { spawn } = await import("node:child_process");
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...flags, script, ...process.argv.slice(2)],
    { stdio: ["inherit", "inherit", "inherit", "ipc"], env: { ...process.env, [WRAPPED]: "1" } },
  );
  const passOn = (signal) => () => child.kill(signal);
  process.on("SIGTERM", passOn("SIGTERM"));
  process.on("SIGHUP", passOn("SIGHUP"));
  process.on("SIGINT", process.stdin.isTTY ? () => undefined : passOn("SIGINT"));
  child.once("exit", (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}

/** In the server a wrapper started: end at once when the wrapper is gone (killed). */
export function stopWithWrapper() {
  if (process.env[WRAPPED] !== "1" || !process.channel) return;
  process.channel.unref();
  process.once("disconnect", () => process.kill(process.pid, "SIGKILL"));
}
