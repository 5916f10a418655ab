import type { z } from "zod";
import {
  LEDGER_EXPORT_FORMAT,
  type EventListQuery,
  type ExportedEvent,
  type LedgerEvent,
  type LedgerExport,
  type LedgerVerification,
} from "../../../contracts/engagements";
import { verifyChain } from "../../../domain/ledger/ledger";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import type { ReadFirst } from "../../platform/request-context";
import { fail, ok, type Result } from "../../platform/result";
import {
  FIRST_EVENT_PAGE,
  listEventsForReader,
  listEventsWithActors,
  type EventPage,
} from "../ledger/ledger.repository";
import { badCursor, cursorFromQuery, keysetPage } from "../../platform/cursor";
import { toChainedEvent, toEngagementEvent } from "../../kernel/stored-events";
import { loadVisibleEngagement, visibleSide } from "../../kernel/lock-participant";
import { recordRecordCopied } from "../../kernel/audit.repository";
import { orgIdOfSide } from "../../kernel/access";

type Event = z.infer<typeof LedgerEvent>;
type StoredEvent = z.infer<typeof ExportedEvent>;

/**
 * A page of the engagement's timeline, with each actor's current name: the newest events
 * first, or with `after` the ledger forward from that `seq`; each page in `seq` order.
 */
export async function listEngagementEvents(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  query: EventListQuery,
  first?: ReadFirst | null,
): Promise<Result<{ events: Event[]; nextCursor: string | null }>> {
  const page = eventPageOf(query);
  // The access check's row and the events in one statement.
  const found = await listEventsForReader(
    deps.db,
    engagementId,
    page.ok ? page.value : FIRST_EVENT_PAGE,
    first,
  );
  const side = visibleSide(actor, found?.participants);
  if (!side.ok || !found) return fail("not_found");
  // A bad page is said only to a reader of the engagement.
  if (!page.ok) return page;
  const { direction, limit } = page.value;
  const { items, nextCursor } = keysetPage(
    found.events,
    limit,
    (row) => ({ key: String(row.seq), id: row.id }),
    direction,
  );
  if (direction === "earlier") items.reverse();
  return ok({
    events: items.map((row) => ({ ...toEngagementEvent(row), actorName: row.actor_name })),
    nextCursor,
  });
}

/**
 * The page a timeline query asks for. `after` reads forward, and a cursor goes on in the
 * direction it was answered in, so one answered forward is only valid beside `after` (which
 * it overrides as the page's start) and one answered backward only without it.
 */
function eventPageOf(query: EventListQuery): Result<EventPage> {
  const { after, limit } = query;
  const direction = after === undefined ? "earlier" : "later";
  const cursor = cursorFromQuery(query.cursor, direction);
  if (!cursor.ok) return cursor;
  if (cursor.value) {
    const seq = seqOf(cursor.value.key);
    return seq === undefined ? badCursor() : ok({ direction, seq, limit });
  }
  if (after !== undefined) return ok({ direction, seq: after, limit });
  return ok(limit === FIRST_EVENT_PAGE.limit ? FIRST_EVENT_PAGE : { direction, limit });
}

/** An event's `seq` as a cursor carries it; undefined when the text is not one. */
function seqOf(key: string | undefined): number | undefined {
  return key !== undefined && /^(0|[1-9]\d{0,14})$/.test(key) ? Number(key) : undefined;
}

/**
 * Recomputes the hash chain from the stored events, byte for byte as written, and names the
 * first broken one.
 */
export async function verifyEngagementLedger(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<z.infer<typeof LedgerVerification>>> {
  const loaded = await loadVisibleEngagement(deps, actor, engagementId);
  if (!loaded.ok) return loaded;
  const rows = await listEventsWithActors(deps.db, engagementId);
  return ok(presentVerdict(rows.map(toChainedEvent)));
}

export function presentVerdict(events: readonly StoredEvent[]): z.infer<typeof LedgerVerification> {
  const verdict = verifyChain(events);
  return verdict.isIntact
    ? {
        isIntact: true,
        eventCount: verdict.eventCount,
        headHash: verdict.headHash,
        firstBroken: null,
      }
    : {
        isIntact: false,
        eventCount: verdict.eventCount,
        headHash: null,
        firstBroken: verdict.firstBroken,
      };
}

/** A self-contained copy of the chain that anyone can verify offline. */
export async function exportEngagementLedger(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<LedgerExport>> {
  const loaded = await loadVisibleEngagement(deps, actor, engagementId);
  if (!loaded.ok) return loaded;
  const { row, side } = loaded.value;
  const rows = await listEventsWithActors(deps.db, engagementId);
  await recordRecordCopied(deps, actor, {
    engagementId,
    orgId: orgIdOfSide(row, side),
    action: "engagement.ledger_exported",
  });
  return ok(buildLedgerExport(row, rows.map(toChainedEvent), deps.clock.now()));
}

export function buildLedgerExport(
  engagement: { id: string; title: string },
  events: StoredEvent[],
  now: Date,
): LedgerExport {
  return {
    format: LEDGER_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    engagement: { id: engagement.id, title: engagement.title },
    events,
  };
}
