import { Command } from "commander";
import { readFile } from "node:fs/promises";
import type { ChainVerdict } from "../domain/ledger/ledger";
import { withDatabase } from "./with-database";

function describe(label: string, verdict: ChainVerdict): string {
  return verdict.isIntact
    ? `${label}: intact (${verdict.eventCount} events, head ${verdict.headHash.slice(0, 16)}…)`
    : `${label}: BROKEN at event #${verdict.firstBroken.seq} (${verdict.firstBroken.id}): ${verdict.firstBroken.reason.replaceAll("_", " ")}`;
}

/**
 * Verifies ledgers: an exported file (needs no database, so anyone holding the export can
 * check it), one engagement, or every engagement. Exits 1 when any chain is broken.
 */
export function verifyCommand(): Command {
  return new Command("verify")
    .description("Verify engagement ledgers' hash chains (all, one, or an exported file)")
    .option("--file <path>", "verify an exported ledger or engagement archive, without a database")
    .option("--engagement <id>", "verify one engagement in the database")
    .option("--head <hash>", "with --file: prove the file still holds a head hash you were shown")
    .action(async (options: { file?: string; engagement?: string; head?: string }) => {
      if (options.file && options.head) {
        await verifyHead(options.file, options.head);
        return;
      }
      const verdicts = options.file
        ? [await verifyFile(options.file)]
        : await verifyDatabase(options.engagement);
      for (const [label, verdict] of verdicts)
        process.stdout.write(`${describe(label, verdict)}\n`);
      if (verdicts.some(([, v]) => !v.isIntact)) process.exitCode = 1;
    });
}

/** A ledger export, or the `ledger` section of an engagement archive (the same format). */
async function readLedger(path: string) {
  // The contracts (zod) load when a file is read, not for `accord --help`.
  const { VerifiableFile } = await import("../contracts/archive");
  const parsed = VerifiableFile.safeParse(JSON.parse(await readFile(path, "utf8")));
  if (!parsed.success)
    throw new Error(`${path} is not an Accord ledger export or archive: ${parsed.error.message}`);
  return parsed.data;
}

async function verifyFile(path: string): Promise<[string, ChainVerdict]> {
  const ledger = await readLedger(path);
  const { verifyChain } = await import("../domain/ledger/ledger");
  return [`${path} (engagement ${ledger.engagement.id})`, verifyChain(ledger.events)];
}

/** Whether the export still holds a head hash an e-mail carried (see `checkWitnessedHead`). */
async function verifyHead(path: string, head: string): Promise<void> {
  const { checkWitnessedHead } = await import("../domain/ledger/witnessed-head");
  const verdict = checkWitnessedHead((await readLedger(path)).events, head);
  process.stdout.write(
    verdict.isWitnessed
      ? `${path}: head ${head.slice(0, 16)}… is event #${verdict.seq} of an intact chain\n`
      : `${path}: head ${head.slice(0, 16)}… NOT WITNESSED: ${verdict.reason.replaceAll("_", " ")}\n`,
  );
  if (!verdict.isWitnessed) process.exitCode = 1;
}

async function verifyDatabase(engagementId: string | undefined): Promise<[string, ChainVerdict][]> {
  const [{ listEventsWithActors }, { toChainedEvent }, { verifyChain }] = await Promise.all([
    import("../server/modules/ledger/ledger.repository"),
    import("../server/kernel/stored-events"),
    import("../domain/ledger/ledger"),
  ]);
  return withDatabase(async ({ db }) => {
    const ids = engagementId
      ? [engagementId]
      : (await db.selectFrom("engagements").select("id").orderBy("created_at").execute()).map(
          (r) => r.id,
        );
    const verdicts: [string, ChainVerdict][] = [];
    for (const id of ids) {
      const rows = await listEventsWithActors(db, id);
      if (engagementId && rows.length === 0)
        throw new Error(`No engagement ${id} with events in this database`);
      verdicts.push([`engagement ${id}`, verifyChain(rows.map(toChainedEvent))]);
    }
    return verdicts;
  });
}
