import type { z } from "zod";
import {
  LEDGER_EXPORT_FORMAT,
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
import { listEventsForReader, listEventsWithActors } from "../ledger/ledger.repository";
import { toChainedEvent, toEngagementEvent } from "../../kernel/stored-events";
import { loadVisibleEngagement, visibleSide } from "../../kernel/lock-participant";

type Event = z.infer<typeof LedgerEvent>;
type StoredEvent = z.infer<typeof ExportedEvent>;

/** The engagement's timeline, oldest first, with each actor's current name. */
export async function listEngagementEvents(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  first?: ReadFirst | null,
): Promise<Result<Event[]>> {
  // The access check's row and the events in one statement.
  const found = await listEventsForReader(deps.db, engagementId, first);
  const side = visibleSide(actor, found?.participants);
  if (!side.ok || !found) return fail("not_found");
  return ok(found.events.map((row) => ({ ...toEngagementEvent(row), actorName: row.actor_name })));
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
  const rows = await listEventsWithActors(deps.db, engagementId);
  return ok(buildLedgerExport(loaded.value.row, rows.map(toChainedEvent), deps.clock.now()));
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
