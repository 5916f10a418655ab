import type { Kysely } from "kysely";

/** What amends credit notes were given as their reason, in English, until 5 December 2026. */
const AMENDS_REASON = /^Amends, dispute #(\d+)$/;

// A credit note Accord writes itself (accepted amends) keeps its reason as a catalogue key and
// its values (`reason_key`, `reason_values`, JSON), said in each reader's language when read;
// `reason` keeps the English text for the ledger and the accounting export. A reason a provider
// typed has no key and is shown as typed. Earlier amends credit notes get their key here, so a
// French reader no longer sees "Amends, dispute #2".
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("credit_notes").addColumn("reason_key", "text").execute();
  await db.schema.alterTable("credit_notes").addColumn("reason_values", "text").execute();
  await keyAmendsReasons(db);
}

/** Gives the amends credit notes written before keys their key and dispute number. */
export async function keyAmendsReasons(db: Kysely<unknown>): Promise<void> {
  const typed = db as unknown as Kysely<{
    credit_notes: {
      id: string;
      reason: string;
      reason_key: string | null;
      reason_values: string | null;
    };
  }>;
  const amends = await typed
    .selectFrom("credit_notes")
    .select(["id", "reason"])
    .where("reason", "like", "Amends, dispute #%")
    .where("reason_key", "is", null)
    .execute();
  for (const row of amends) {
    const number = AMENDS_REASON.exec(row.reason)?.[1];
    if (number === undefined) continue;
    await typed
      .updateTable("credit_notes")
      .set({
        reason_key: "creditNote.reason.amends",
        reason_values: JSON.stringify({ number: Number(number) }),
      })
      .where("id", "=", row.id)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("credit_notes").dropColumn("reason_values").execute();
  await db.schema.alterTable("credit_notes").dropColumn("reason_key").execute();
}
