import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { migrateTo, migrateToLatest } from "../../src/server/db/migrate";
import {
  countUnreadNotifications,
  listNotifications,
  readReaderState,
} from "../../src/server/modules/notifications/my-notifications.repository";
import { DIALECTS, freshDatabase } from "../support/databases";

const at = (hour: number) => `2026-11-01T${String(hour).padStart(2, "0")}:00:00.000Z`;
const PEOPLE = ["clara", "pedro", "carl", "pia", "nina"] as const;
type Who = (typeof PEOPLE)[number];

/** The rows a person had before migration 0024: event, and when they read it. */
const OLD_ROWS: { event: string; who: Who; readAt: string | null }[] = [
  // Clara's message: everyone else on both sides (Carl is in both organisations).
  { event: "ev1", who: "pedro", readAt: at(15) },
  { event: "ev1", who: "carl", readAt: null },
  { event: "ev1", who: "pia", readAt: null },
  // Pedro's message.
  { event: "ev2", who: "clara", readAt: at(16) },
  { event: "ev2", who: "carl", readAt: at(17) },
  { event: "ev2", who: "pia", readAt: null },
  // A case against the client organisation: its members alone.
  { event: "ev3", who: "clara", readAt: null },
  { event: "ev3", who: "carl", readAt: null },
];

describe.each(DIALECTS)("migration 0024 (notifications once per event) on %s", (dialect) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
  });

  it("carries each person's notifications and read times over, and nobody gains one", async () => {
    handle = await freshDatabase(dialect);
    const db = handle.db;
    await migrateTo(db, "0023-notification-mail-pending");
    for (const who of PEOPLE) {
      await db
        .insertInto("users")
        .values({
          id: who,
          email: `${who}@example.com`,
          name: who,
          password_hash: "x",
          locale: null,
          platform_role: "user",
          created_at: at(8),
        })
        .execute();
    }
    for (const [id, kind, owner] of [
      ["c", "client", "clara"],
      ["p", "provider", "pedro"],
    ] as const) {
      await db
        .insertInto("organisations")
        .values({ id, name: id, kind, created_by: owner, created_at: at(8) })
        .execute();
    }
    // Nina joined the provider after the events.
    for (const [org, who, joined] of [
      ["c", "clara", 9],
      ["c", "carl", 9],
      ["p", "carl", 9],
      ["p", "pedro", 9],
      ["p", "pia", 9],
      ["p", "nina", 13],
    ] as const) {
      await db
        .insertInto("memberships")
        .values({ org_id: org, user_id: who, role: "member", created_at: at(joined) })
        .execute();
    }
    await db
      .insertInto("engagements")
      .values({
        id: "e1",
        title: "Shop",
        description: "",
        status: "active",
        client_org_id: "c",
        provider_org_id: "p",
        initiator_org_id: "c",
        created_at: at(9),
        updated_at: at(9),
      })
      .execute();
    const events = [
      { id: "ev1", type: "message.posted", actor: "clara", org: "c", hour: 10, payload: {} },
      { id: "ev2", type: "message.posted", actor: "pedro", org: "p", hour: 11, payload: {} },
      {
        id: "ev3",
        type: "moderation.case_opened",
        actor: null,
        org: null,
        hour: 12,
        payload: { caseId: "k1", accusedOrgId: "c" },
      },
    ];
    for (const [seq, event] of events.entries()) {
      await db
        .insertInto("engagement_events")
        .values({
          id: event.id,
          engagement_id: "e1",
          seq: seq + 1,
          type: event.type,
          actor_user_id: event.actor,
          actor_org_id: event.org,
          occurred_at: at(event.hour),
          payload: JSON.stringify(event.payload),
          prev_hash: "",
          hash: event.id,
        })
        .execute();
    }
    for (const [i, row] of OLD_ROWS.entries()) {
      const event = events.find((e) => e.id === row.event)!;
      await sql`
        insert into notifications
          (id, user_id, engagement_id, event_id, type, payload, created_at, read_at)
        values (${`n${i}`}, ${row.who}, 'e1', ${event.id}, ${event.type},
          ${JSON.stringify(event.payload)}, ${at(event.hour)}, ${row.readAt})
      `.execute(db);
    }

    await migrateToLatest(db);

    const listOf = async (who: Who) =>
      (await listNotifications(db, { state: await readReaderState(db, who), limit: 50 })).map(
        (n) => [n.event_id, n.read_at],
      );
    const expected = (who: Who) =>
      OLD_ROWS.filter((row) => row.who === who)
        .reverse()
        .map((row) => [row.event, row.readAt]);
    for (const who of PEOPLE) {
      expect(await listOf(who), who).toEqual(expected(who));
      expect(await countUnreadNotifications(db, await readReaderState(db, who)), who).toBe(
        OLD_ROWS.filter((row) => row.who === who && row.readAt === null).length,
      );
    }
    // Once per event and organisation: the case's notice with the accused alone, although
    // Carl, who was told of it, is in the provider too.
    const stored = await db
      .selectFrom("org_notifications")
      .select(["event_id", "org_id"])
      .orderBy("event_id")
      .orderBy("org_id")
      .execute();
    expect(stored.map((row) => `${row.event_id}:${row.org_id}`)).toEqual([
      "ev1:c",
      "ev1:p",
      "ev2:c",
      "ev2:p",
      "ev3:c",
    ]);
    expect(await db.selectFrom("notification_reads").select("user_id").execute()).toHaveLength(3);
  });
});
