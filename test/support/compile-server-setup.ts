import { execFileSync } from "node:child_process";
import { join } from "node:path";

/**
 * Tests that start `accord` as a process run the compiled server (as production does), so it
 * is compiled from the current sources first: a stale `dist/` would test yesterday's code.
 */
export default function compileServer(): void {
  execFileSync(process.execPath, ["scripts/build-server.js"], {
    cwd: join(import.meta.dirname, "../.."),
    stdio: "inherit",
  });
}
