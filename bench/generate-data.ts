import { randomUUID } from "node:crypto";
import type { InsertObject, Kysely } from "kysely";
import type { ChainedEvent } from "../src/domain/ledger/ledger";
import type { Database, EngagementRow, InvitationRow, UserRow } from "../src/server/db/schema";
import { eventRow } from "../src/server/kernel/stored-events";
import { pick, seededRandom, type Random, words } from "./data-vocabulary";
import { buildEngagement, DAY_MS, HISTORY_MS, type GeneratedOrg } from "./generate-engagement";

/** How big an instance to generate. The benchmark org is one of the client organisations. */
export interface DataScale {
  organisations: number;
  users: number;
  engagements: number;
  benchOrgEngagements: number;
}

export const FULL_SCALE: DataScale = {
  organisations: 200,
  users: 2_000,
  engagements: 20_000,
  benchOrgEngagements: 500,
};

export const QUICK_SCALE: DataScale = {
  organisations: 10,
  users: 100,
  engagements: 1_000,
  benchOrgEngagements: 50,
};

export interface GeneratedData {
  counts: {
    organisations: number;
    users: number;
    memberships: number;
    engagements: number;
    events: number;
  };
  benchOrgId: string;
  /** An owner of the benchmark organisation among the generated users. */
  benchOrgOwnerId: string;
  /** The provider organisations, which the engagements give a track record. */
  providerOrgIds: string[];
  /** Newest first, as the engagement list shows them. */
  benchOrgEngagementIds: string[];
}

const BATCH_ROWS = 400;
const CHUNK_ENGAGEMENTS = 10_000;
// The bench user never logs in with a password; generated users cannot log in at all.
const NO_PASSWORD = "!generated-for-benchmark";

/**
 * Fills an empty, migrated database with a realistic instance, directly through Kysely so the
 * data costs seconds, not the minutes the API would take (ledgers are still chained with the
 * real `chainEvent`, so they verify). The data has the same shape for a given scale and seed;
 * only ids and secrets are random.
 */
export async function generateData(
  db: Kysely<Database>,
  scale: DataScale,
  options: { now: Date; seed?: number },
): Promise<GeneratedData> {
  const random = seededRandom(options.seed ?? 20_251_122);
  const now = options.now.getTime();
  const people = buildUsers(random, scale.users, now);
  const { orgs, memberships } = buildOrganisations(random, scale.organisations, people, now);
  const clients = orgs.filter((org) => org.kind === "client");
  const providers = orgs.filter((org) => org.kind === "provider");
  const benchOrg = clients[0];
  if (!benchOrg || clients.length < 2 || providers.length < 1) {
    throw new Error("the scale needs at least two client and one provider organisations");
  }

  await insertAll(db, "users", people.rows);
  await insertAll(
    db,
    "organisations",
    orgs.map((org) => ({
      id: org.id,
      name: org.name,
      kind: org.kind,
      created_by: org.actors[0] ?? "",
      created_at: new Date(now - HISTORY_MS - 30 * DAY_MS).toISOString(),
    })),
  );
  await insertAll(db, "memberships", memberships);

  // Engagements are built and written a chunk at a time, so a million of them never sit in memory
  // together (held whole, their events outgrew a 4 GB heap); the random sequence is the same.
  const benchOrgEngagements: Pick<EngagementRow, "id" | "created_at">[] = [];
  let eventCount = 0;
  for (let chunkStart = 0; chunkStart < scale.engagements; chunkStart += CHUNK_ENGAGEMENTS) {
    const engagements: EngagementRow[] = [];
    const invitations: InvitationRow[] = [];
    const events: ChainedEvent[] = [];
    const chunkEnd = Math.min(scale.engagements, chunkStart + CHUNK_ENGAGEMENTS);
    for (let index = chunkStart; index < chunkEnd; index++) {
      // Real instances are skewed: a few busy organisations hold many engagements.
      const client: GeneratedOrg | undefined =
        index < scale.benchOrgEngagements
          ? benchOrg
          : clients[1 + skewed(random, clients.length - 1)];
      const provider = providers[skewed(random, providers.length)];
      if (!client || !provider) throw new Error("organisation index out of range");
      const built = buildEngagement(random, {
        client,
        provider,
        emailOf: (userId) => people.emails.get(userId) ?? "unknown@bench.accord.test",
        now,
      });
      engagements.push(built.engagement);
      invitations.push(built.invitation);
      events.push(...built.events);
      if (built.engagement.client_org_id === benchOrg.id) {
        benchOrgEngagements.push({
          id: built.engagement.id,
          created_at: built.engagement.created_at,
        });
      }
    }
    await insertAll(db, "engagements", engagements);
    await insertAll(db, "engagement_events", events.map(eventRow));
    await insertAll(db, "invitations", invitations);
    eventCount += events.length;
  }

  const benchOrgEngagementIds = benchOrgEngagements
    .sort((a, b) =>
      a.created_at === b.created_at ? cmp(b.id, a.id) : cmp(b.created_at, a.created_at),
    )
    .map((engagement) => engagement.id);
  return {
    counts: {
      organisations: orgs.length,
      users: people.rows.length,
      memberships: memberships.length,
      engagements: scale.engagements,
      events: eventCount,
    },
    benchOrgId: benchOrg.id,
    benchOrgOwnerId: benchOrg.actors[0] ?? "",
    providerOrgIds: providers.map((org) => org.id),
    benchOrgEngagementIds,
  };
}

/** Makes the signed-up bench user an owner of the benchmark organisation. */
export async function addOwner(
  db: Kysely<Database>,
  membership: { orgId: string; userId: string; now: Date },
): Promise<void> {
  await db
    .insertInto("memberships")
    .values({
      org_id: membership.orgId,
      user_id: membership.userId,
      role: "owner",
      created_at: membership.now.toISOString(),
    })
    .execute();
}

interface People {
  rows: UserRow[];
  emails: Map<string, string>;
}

function buildUsers(random: Random, count: number, now: number): People {
  const rows: UserRow[] = [];
  const emails = new Map<string, string>();
  for (let index = 0; index < count; index++) {
    const id = randomUUID();
    const email = `user${index}@bench.accord.test`;
    emails.set(id, email);
    rows.push({
      id,
      email,
      name: `${pick(random, words.firstNames)} ${pick(random, words.lastNames)}`,
      password_hash: NO_PASSWORD,
      locale: pick(random, [null, null, null, "en", "fr", "de", "es", "id"]),
      platform_role: "user",
      created_at: new Date(now - HISTORY_MS - 60 * DAY_MS + index * 1000).toISOString(),
    });
  }
  return { rows, emails };
}

/**
 * Half client, half provider organisations. User i belongs to organisation i mod n, so every
 * organisation has an owner, a few viewers and members; one in ten users also helps a second.
 */
function buildOrganisations(random: Random, count: number, people: People, now: number) {
  const orgs: GeneratedOrg[] = Array.from({ length: count }, (_, index) => {
    const kind = index < count / 2 ? "client" : "provider";
    const name = `${pick(random, words.orgPrefixes)} ${pick(random, kind === "client" ? words.clientSuffixes : words.providerSuffixes)} ${index + 1}`;
    return { id: randomUUID(), name, kind, actors: [] };
  });
  const memberships: InsertObject<Database, "memberships">[] = [];
  const joinedAt = new Date(now - HISTORY_MS - 30 * DAY_MS).toISOString();
  for (const [index, user] of people.rows.entries()) {
    const home = orgs[index % count];
    if (!home) continue;
    const role = index < count ? "owner" : index < 3 * count ? "viewer" : "member";
    memberships.push({ org_id: home.id, user_id: user.id, role, created_at: joinedAt });
    if (role !== "viewer") home.actors.push(user.id);
    const second = orgs[(index * 7 + 3) % count];
    if (index % 10 === 5 && second && second !== home) {
      memberships.push({
        org_id: second.id,
        user_id: user.id,
        role: "member",
        created_at: joinedAt,
      });
      second.actors.push(user.id);
    }
  }
  return { orgs, memberships };
}

/** An index in [0, n) that favours small values, like real activity across organisations. */
function skewed(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(n * random() ** 2));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Multi-row inserts in one transaction per table, in batches well under both dialects' parameter limits. */
export async function insertAll<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly InsertObject<Database, T>[],
  batchRows = BATCH_ROWS,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += batchRows) {
      await trx
        .insertInto(table)
        .values(rows.slice(start, start + batchRows))
        .execute();
    }
  });
}
