import type { Kysely } from "kysely";
import type { RecoveryCompensation, ReferenceRate } from "../../../domain/billing/late-interest";
import type { Database } from "../../db/schema";

/** The reference-rate table of one currency, oldest first. */
export async function listReferenceRates(
  db: Kysely<Database>,
  currency: string,
): Promise<ReferenceRate[]> {
  const rows = await db
    .selectFrom("reference_rates")
    .selectAll()
    .where("currency", "=", currency)
    .orderBy("valid_from")
    .execute();
  return rows.map((r) => ({
    currency: r.currency,
    validFrom: r.valid_from,
    rateBasisPoints: Number(r.rate_basis_points),
  }));
}

export async function listRecoveryCompensation(
  db: Kysely<Database>,
): Promise<RecoveryCompensation[]> {
  const rows = await db.selectFrom("recovery_compensation").selectAll().execute();
  return rows.map((r) => ({ currency: r.currency, amountMinor: Number(r.amount_minor) }));
}

/** Sets a currency's reference rate from a day on; a second call for the same day replaces it. */
export async function setReferenceRate(
  db: Kysely<Database>,
  rate: ReferenceRate & { at: string },
): Promise<void> {
  await db
    .insertInto("reference_rates")
    .values({
      currency: rate.currency,
      valid_from: rate.validFrom,
      rate_basis_points: rate.rateBasisPoints,
      updated_at: rate.at,
    })
    .onConflict((oc) =>
      oc
        .columns(["currency", "valid_from"])
        .doUpdateSet({ rate_basis_points: rate.rateBasisPoints, updated_at: rate.at }),
    )
    .execute();
}

export async function setRecoveryCompensation(
  db: Kysely<Database>,
  row: RecoveryCompensation & { at: string },
): Promise<void> {
  await db
    .insertInto("recovery_compensation")
    .values({ currency: row.currency, amount_minor: row.amountMinor, updated_at: row.at })
    .onConflict((oc) =>
      oc.column("currency").doUpdateSet({ amount_minor: row.amountMinor, updated_at: row.at }),
    )
    .execute();
}
