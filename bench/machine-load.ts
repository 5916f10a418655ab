import { readdir, readFile } from "node:fs/promises";

/** CPU time counters of the whole machine and of this bench's process tree, in clock ticks. */
export interface CpuSnapshot {
  totalTicks: number;
  busyTicks: number;
  /** This process and every descendant: the servers, PostgreSQL and its backends. */
  benchTicks: number;
}

/**
 * Reads the counters on Linux; null elsewhere. The difference of two snapshots tells how much
 * of the machine other work took during a case, the noise the figures cannot correct for.
 */
export async function takeCpuSnapshot(): Promise<CpuSnapshot | null> {
  try {
    const [stat, benchTicks] = await Promise.all([
      readFile("/proc/stat", "utf8"),
      ticksOfTree(process.pid),
    ]);
    const fields = (stat.split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
      fields;
    const totalTicks = user + nice + system + idle + iowait + irq + softirq + steal;
    return { totalTicks, busyTicks: totalTicks - idle - iowait, benchTicks };
  } catch {
    return null;
  }
}

/** The share of the machine's CPU capacity used by anything but this bench, between two snapshots. */
export function othersCpuShare(
  before: CpuSnapshot | null,
  after: CpuSnapshot | null,
): number | null {
  if (!before || !after) return null;
  const total = after.totalTicks - before.totalTicks;
  if (total <= 0) return null;
  const others = after.busyTicks - before.busyTicks - (after.benchTicks - before.benchTicks);
  return Math.min(1, Math.max(0, others / total));
}

/**
 * CPU time of each server's process tree and of the rest of this bench's tree but this process
 * (the database's processes: PostgreSQL's server and backends), in clock ticks; null where
 * /proc is missing. Per case, the difference over its requests is the server's CPU per request.
 */
export async function takeServerCpuSnapshot(
  serverPids: readonly number[],
): Promise<{ serverTicks: number; databaseTicks: number } | null> {
  try {
    const [tree, own, ...servers] = await Promise.all([
      ticksOfTree(process.pid),
      ticksOfProcess(process.pid),
      ...serverPids.map((pid) => ticksOfTree(pid)),
    ]);
    const serverTicks = servers.reduce((sum, ticks) => sum + ticks, 0);
    return { serverTicks, databaseTicks: tree - own - serverTicks };
  } catch {
    return null;
  }
}

async function ticksOfProcess(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

async function ticksOfTree(rootPid: number): Promise<number> {
  const processes = new Map<number, { parent: number; ticks: number }>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => null);
    if (!stat) continue;
    // The command name may hold spaces and parentheses; the fields after its last ")" do not.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the name: state, ppid, …, utime (14th field of the line) and stime (15th).
    processes.set(Number(entry), {
      parent: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
    });
  }
  let ticks = 0;
  for (const [pid, info] of processes) {
    if (isInTree(pid, rootPid, processes)) ticks += info.ticks;
  }
  return ticks;
}

function isInTree(
  pid: number,
  rootPid: number,
  processes: Map<number, { parent: number }>,
): boolean {
  for (
    let current: number | undefined = pid, depth = 0;
    current !== undefined && depth < 64;
    depth++
  ) {
    if (current === rootPid) return true;
    if (current <= 1) return false;
    current = processes.get(current)?.parent;
  }
  return false;
}
