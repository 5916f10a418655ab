import type { EngagementArchive } from "../../../contracts/archive";
import { ENGAGEMENT_ARCHIVE_FORMAT } from "../../../contracts/archive";
import { MessageListQuery } from "../../../contracts/messages";
import { MAX_PAGE_SIZE } from "../../../contracts/pagination";
import { loadVisibleEngagement } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { getAgreement } from "../agreements/get-agreement";
import type { AgreementVersionView } from "../agreements/agreement.presenter";
import { getAgreementVersion } from "../agreements/get-agreement-version";
import { listInvoices, type InvoiceView } from "../billing/read-invoices";
import { listRefunds } from "../refunds/list-refunds";
import { listChanges } from "../change-requests/read-change-requests";
import { getDelivery } from "../delivery/read-delivery";
import { listEngagementDisputes } from "../disputes/read-disputes";
import { getExit, type ExitView } from "../exits/read-exit";
import { listEventsWithActors } from "../ledger/ledger.repository";
import { toChainedEvent } from "../../kernel/stored-events";
import { listMessages } from "../messages/list-messages";
import { listThreads } from "../messages/list-threads";
import { buildLedgerExport } from "./engagement-ledger";
import { presentEngagement } from "./engagement.presenter";
import { recordRecordCopied } from "../../kernel/audit.repository";
import { orgIdOfSide } from "../../kernel/access";

type Threads = EngagementArchive["threads"];

/**
 * The archive as this use-case answers it: its agreement findings, the reasons Accord wrote on
 * credit notes and the exit's standard hand-over items are worded at the edge.
 */
type ArchiveView = Omit<EngagementArchive, "agreementVersions" | "exit" | "invoices"> & {
  agreementVersions: AgreementVersionView[];
  exit: ExitView | null;
  invoices: InvoiceView[];
};

/** A section read through its own use-case; the engagement was already found visible. */
function valueOf<T>(result: Result<T>, section: string): T {
  if (!result.ok) throw new Error(`archive section ${section} refused: ${result.failure.code}`);
  return result.value;
}

/**
 * The whole engagement for either side to keep: every agreement version, delivery with its
 * evaluations (file metadata, never bytes), change requests, invoices with credit notes and
 * payments, refunds, every readable thread, disputes, the exit, and the ledger as an
 * `accord-ledger/1` export. Each section is read as the actor, through the use-case that serves
 * it on its own route, so the archive shows nothing the reader could not already see.
 */
export async function downloadArchive(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<ArchiveView>> {
  const loaded = await loadVisibleEngagement(deps, actor, engagementId);
  if (!loaded.ok) return loaded;
  const overview = valueOf(await getAgreement(deps, actor, engagementId), "agreement");
  const agreementVersions = [];
  for (const { version } of overview.versions) {
    const read = await getAgreementVersion(deps, actor, engagementId, version);
    agreementVersions.push(valueOf(read, "agreement"));
  }
  const [delivery, changes, invoices, refunds, disputes, exit, threads, events] = await Promise.all(
    [
      getDelivery(deps, actor, engagementId),
      listChanges(deps, actor, engagementId),
      listInvoices(deps, actor, engagementId),
      listRefunds(deps, actor, engagementId),
      listEngagementDisputes(deps, actor, engagementId),
      getExit(deps, actor, engagementId),
      readAllThreads(deps, actor, engagementId),
      listEventsWithActors(deps.db, engagementId),
    ],
  );
  const { row, side } = loaded.value;
  await recordRecordCopied(deps, actor, {
    engagementId,
    orgId: orgIdOfSide(row, side),
    action: "engagement.archive_downloaded",
  });
  const now = deps.clock.now();
  return ok({
    format: ENGAGEMENT_ARCHIVE_FORMAT,
    exportedAt: now.toISOString(),
    engagement: presentEngagement(loaded.value.row, actor, now),
    agreementVersions,
    delivery: valueOf(delivery, "delivery"),
    changeRequests: valueOf(changes, "change requests").changeRequests,
    invoices: valueOf(invoices, "invoices").invoices,
    refunds: valueOf(refunds, "refunds").refunds,
    threads,
    disputes: valueOf(disputes, "disputes").items,
    exit: exit.ok ? exit.value : null,
    ledger: buildLedgerExport(loaded.value.row, events.map(toChainedEvent), now),
  });
}

/** Every thread the actor may read, each whole (all pages), oldest message first. */
async function readAllThreads(deps: AppDeps, actor: Actor, engagementId: string): Promise<Threads> {
  const { threads } = valueOf(await listThreads(deps, actor, engagementId), "threads");
  const read: Threads = [];
  for (const { thread } of threads) {
    const pages: Threads[number]["messages"][] = [];
    let cursor: string | undefined;
    do {
      const query = MessageListQuery.parse({ thread, limit: MAX_PAGE_SIZE, cursor });
      const page = await listMessages(deps, actor, engagementId, query);
      if (!page.ok) break; // a thread the reader may list but not open stays out
      pages.unshift(page.value.messages);
      cursor = page.value.nextCursor ?? undefined;
    } while (cursor);
    read.push({ thread, messages: pages.flat() });
  }
  return read;
}

/** `accord-<title-slug>-<yyyy-mm-dd>.json`, ASCII only so every browser keeps it. */
export function archiveFileName(title: string, now: Date): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `accord-${slug || "engagement"}-${now.toISOString().slice(0, 10)}.json`;
}
