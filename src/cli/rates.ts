import { Command } from "commander";
import type { MessageKey } from "../i18n/messages/en";
import type { MessageValues } from "../i18n/translate";
import { OperatorRefusal } from "./operator-errors";
import { withDatabase } from "./with-database";

/** The rules and the repository load with the command that runs, not with `accord --help`. */
async function load() {
  const [calendar, lateInterest, rateText, money, repository] = await Promise.all([
    import("../domain/billing/calendar"),
    import("../domain/billing/late-interest"),
    import("../domain/billing/rate-text"),
    import("../domain/money/money"),
    import("../server/modules/billing/rates.repository"),
  ]);
  return { ...calendar, ...lateInterest, ...rateText, ...money, ...repository };
}

/** A value the operator typed that is not one: a usage error, said in their language. */
function refuse(key: MessageKey, values: MessageValues): never {
  throw new OperatorRefusal(key, values, 2);
}

const percent = (basisPoints: number) => (basisPoints / 100).toFixed(2);

/**
 * The data statutory late interest reads: each currency's reference rate from a day on (the
 * ECB main refinancing rate for EUR, as in force on 1 January and 1 July), and the fixed
 * recovery amount per late invoice. Operators keep them current; computations read them live.
 */
export function ratesCommand(): Command {
  const rates = new Command("rates").description(
    "Reference rates and recovery amounts for statutory late interest",
  );
  rates
    .command("set")
    .description(
      "Set a currency's reference rate from a day on, e.g. `rates set EUR 2026-07-01 2.15`",
    )
    .argument("<currency>", "ISO 4217 code")
    .argument("<validFrom>", "first day it applies (YYYY-MM-DD); use 1 January or 1 July")
    .argument("<percent>", "the rate in percent, up to two decimals")
    .action(async (currency: string, validFrom: string, percentText: string) => {
      const {
        addDays,
        basisPointsOfPercent,
        halfYearOf,
        isCurrencyCode,
        isIsoDate,
        setReferenceRate,
      } = await load();
      const code = currency.toUpperCase();
      const basisPoints = basisPointsOfPercent(percentText);
      if (!isCurrencyCode(code)) refuse("cli.rates.currency_invalid", { value: currency });
      if (!isIsoDate(validFrom)) refuse("cli.rates.day_invalid", { value: validFrom });
      if (basisPoints === null) refuse("cli.rates.percent_invalid", { value: percentText });
      await withDatabase(async ({ db }) => {
        await setReferenceRate(db, {
          currency: code,
          validFrom,
          rateBasisPoints: basisPoints,
          at: new Date().toISOString(),
        });
      });
      const half = halfYearOf(validFrom);
      const note =
        half.first === validFrom
          ? ""
          : ` (late interest reads the rate in force on 1 January and 1 July, so it counts from ${addDays(half.last, 1)})`;
      process.stdout.write(
        `${code} reference rate from ${validFrom}: ${percent(basisPoints)} %${note}\n`,
      );
    });
  rates
    .command("list")
    .description("Show the reference rates (of one currency, or all) and recovery amounts")
    .argument("[currency]", "ISO 4217 code")
    .action(async (currency?: string) => {
      const { decimalOfMinor, listRecoveryCompensation, listReferenceRates } = await load();
      await withDatabase(async ({ db }) => {
        const codes = currency
          ? [currency.toUpperCase()]
          : [
              ...new Set(
                (await db.selectFrom("reference_rates").select("currency").execute()).map(
                  (r) => r.currency,
                ),
              ),
            ].sort();
        for (const code of codes) {
          for (const rate of await listReferenceRates(db, code)) {
            process.stdout.write(`${code} ${rate.validFrom} ${percent(rate.rateBasisPoints)} %\n`);
          }
        }
        for (const c of await listRecoveryCompensation(db)) {
          if (!currency || c.currency === currency.toUpperCase()) {
            process.stdout.write(
              `${c.currency} recovery compensation ${decimalOfMinor(c.amountMinor, c.currency)}\n`,
            );
          }
        }
      });
    });
  rates
    .command("compensation")
    .description("Set the fixed recovery amount per late invoice, e.g. `rates compensation GBP 35`")
    .argument("<currency>", "ISO 4217 code")
    .argument("<amount>", "in major units, e.g. 40 or 40.00")
    .action(async (currency: string, amountText: string) => {
      const { decimalOfMinor, isCurrencyCode, minorOfDecimal, setRecoveryCompensation } =
        await load();
      const code = currency.toUpperCase();
      if (!isCurrencyCode(code)) refuse("cli.rates.currency_invalid", { value: currency });
      const amountMinor = minorOfDecimal(amountText, code);
      if (amountMinor === null)
        refuse("cli.rates.amount_invalid", { value: amountText, currency: code });
      await withDatabase(async ({ db }) => {
        await setRecoveryCompensation(db, {
          currency: code,
          amountMinor,
          at: new Date().toISOString(),
        });
      });
      process.stdout.write(
        `${code} recovery compensation: ${decimalOfMinor(amountMinor, code)} per late invoice\n`,
      );
    });
  return rates;
}
