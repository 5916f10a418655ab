import { performance } from "node:perf_hooks";
import type { Kysely } from "kysely";
import type { TrackRecord } from "../../../domain/matching/provider-profile";
import type { Database } from "../../db/schema";
import { engagementsChangeStamp, trackRecordsOf } from "./profiles.repository";

/**
 * How long a cached set of track records is trusted without an engagement change in sight: a
 * change committed late by another process can carry an older time than the newest one read.
 */
const MAX_AGE_MS = 10_000;

interface Cached {
  stamp: string;
  today: string;
  readAt: number;
  records: Map<string, TrackRecord>;
}

const caches = new WeakMap<Kysely<Database>, Cached>();

/**
 * Every provider's track record, computed once and kept until an engagement is created or
 * answered (the newest change's time and the count of engagements per status at that time move),
 * the day turns, or ten seconds pass. Matching reads it on every request, at the cost of one
 * indexed query instead of a pass over every candidate's engagements.
 */
export async function currentTrackRecords(
  db: Kysely<Database>,
  today: string,
): Promise<Map<string, TrackRecord>> {
  const stamp = await engagementsChangeStamp(db);
  const cached = caches.get(db);
  const now = performance.now();
  if (
    cached &&
    cached.stamp === stamp &&
    cached.today === today &&
    now - cached.readAt < MAX_AGE_MS
  )
    return cached.records;
  const records = await trackRecordsOf(db, "all", today);
  caches.set(db, { stamp, today, readAt: now, records });
  return records;
}
