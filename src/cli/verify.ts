import { Command } from "commander";
import type { z } from "zod";
import type { ChainVerdict, ExportVerdict } from "../domain/ledger/ledger";
import type { Translate } from "../i18n/translate";
import { cliLocale } from "./cli-locale";
import { OperatorRefusal } from "./operator-errors";
import { readOperatorFile } from "./operator-files";
import { withDatabase } from "./with-database";

/** A verdict in the operator's words (the `accord verify --file` the e-mails point people to). */
function describe(say: Translate, label: string, verdict: ExportVerdict): string {
  if (verdict.isIntact)
    return say("cli.verify.intact", {
      label,
      count: verdict.eventCount,
      head: verdict.headHash.slice(0, 16),
    });
  if ("isEmpty" in verdict) return say("cli.verify.empty", { label });
  if ("foreign" in verdict) {
    const { seq, id, engagementId } = verdict.foreign;
    return say("cli.verify.foreign", { label, seq, id, engagementId });
  }
  const { seq, id, reason } = verdict.firstBroken;
  return say("cli.verify.broken", { label, seq, id, reason });
}

/** The operator's translator, loaded when a verdict is written, not for `accord --help`. */
async function operatorTranslator(): Promise<Translate> {
  const { translatorFor } = await import("../i18n/translate");
  return translatorFor(await cliLocale());
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
      const say = await operatorTranslator();
      const verdicts: [string, ExportVerdict][] = options.file
        ? [await verifyFile(say, options.file)]
        : await verifyDatabase(say, options.engagement);
      for (const [label, verdict] of verdicts)
        process.stdout.write(`${describe(say, label, verdict)}\n`);
      if (verdicts.some(([, v]) => !v.isIntact)) process.exitCode = 1;
    });
}

/**
 * A ledger export, or the `ledger` section of an engagement archive (the same format). A file
 * that is not one is refused naming where it stops being one: not JSON at all (or cut short),
 * or the first field that is missing or wrong.
 */
async function readLedger(path: string) {
  const text = await readOperatorFile(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new OperatorRefusal("cli.verify.not_json", { path }, 1);
  }
  // The contracts (zod) load when a file is read, not for `accord --help`.
  const { VerifiableFile } = await import("../contracts/archive");
  const parsed = VerifiableFile.safeParse(json);
  if (!parsed.success)
    throw new OperatorRefusal(
      "cli.verify.not_an_export",
      { path, field: firstWrongField(parsed.error.issues) },
      1,
    );
  return parsed.data;
}

/**
 * Where a file stops being an export or an archive: in the format it names (the union's branch
 * whose `format` matched), else `format` itself.
 */
function firstWrongField(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (first?.code !== "invalid_union") return first?.path.join(".") ?? "";
  const branch = first.errors.find((branchIssues) =>
    branchIssues.every((issue) => issue.path[0] !== "format"),
  );
  return branch?.[0]?.path.join(".") ?? "format";
}

async function verifyFile(say: Translate, path: string): Promise<[string, ExportVerdict]> {
  const ledger = await readLedger(path);
  const { verifyExport } = await import("../domain/ledger/ledger");
  const label = say("cli.verify.label.file", { path, id: ledger.engagement.id });
  return [label, verifyExport(ledger.engagement.id, ledger.events)];
}

/** Whether the export still holds a head hash an e-mail carried (see `checkWitnessedHead`). */
async function verifyHead(path: string, head: string): Promise<void> {
  const { checkWitnessedHead } = await import("../domain/ledger/witnessed-head");
  const verdict = checkWitnessedHead((await readLedger(path)).events, head);
  const say = await operatorTranslator();
  const shortHead = head.slice(0, 16);
  process.stdout.write(
    `${
      verdict.isWitnessed
        ? say("cli.verify.head_witnessed", { path, head: shortHead, seq: verdict.seq })
        : say("cli.verify.head_not_witnessed", { path, head: shortHead, reason: verdict.reason })
    }\n`,
  );
  if (!verdict.isWitnessed) process.exitCode = 1;
}

async function verifyDatabase(
  say: Translate,
  engagementId: string | undefined,
): Promise<[string, ChainVerdict][]> {
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
        throw new OperatorRefusal("cli.engagement_not_found", { id }, 1);
      verdicts.push([
        say("cli.verify.label.engagement", { id }),
        verifyChain(rows.map(toChainedEvent)),
      ]);
    }
    return verdicts;
  });
}
