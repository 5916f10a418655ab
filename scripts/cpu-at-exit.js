// Preloaded (`node --import ./scripts/cpu-at-exit.js …`) into a process the benchmark times:
// writes the CPU it used (user + system, in ms) to file descriptor 3 as it exits, when /proc
// no longer has it.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const usage = process.cpuUsage();
  writeSync(3, String((usage.user + usage.system) / 1000));
});
