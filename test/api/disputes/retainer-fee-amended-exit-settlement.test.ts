import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import {
  buildBillingWorld,
  issuedInvoice,
  monthlyRetainerTerms,
  paid,
  signInAgain,
} from "../billing/billing-fixtures";
import { signByBoth, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, type VersionBody } from "../proposals-agreements/proposal-fixtures";

interface ExitBody {
  exitDate: string;
  settlement: {
    settlement: {
      lines: { kind: string; amountMinor: number }[];
      balanceMinor: number;
      document: { kind: string; amountMinor?: number };
    } | null;
  } | null;
}

describe.each(DIALECTS)(
  "the final settlement of a retainer whose fee was amended on %s",
  (dialect) => {
    let t: TestApp;
    let w: DeliveryWorld;
    /** Moves the clock to 10:00 on `day`; the sessions expired meanwhile, so both sign in again. */
    const on = async (day: string) => {
      t.clock.set(new Date(`${day}T10:00:00.000Z`));
      await signInAgain(w.client, w.provider);
    };
    const retainerPaid = async (periodStart: string) => {
      const invoice = await issuedInvoice(w, { source: { kind: "retainer", periodStart } });
      await paid(w, invoice.id, invoice.totalMinor, t.clock.now().toISOString().slice(0, 10));
      return invoice;
    };
    beforeEach(async () => {
      t = await buildTestApp(dialect);
      // 3,000.00 a month from 1 September 2026, 14 days' notice.
      t.clock.set(new Date("2026-09-01T09:00:00.000Z"));
      w = await buildBillingWorld(
        t,
        (terms) => ({ ...monthlyRetainerTerms(terms), noticePeriodDays: 14 }),
        { accept: [] },
      );
    });
    afterEach(async () => {
      await t.close();
    });

    it("counts each month at the fee in force in it, so what was invoiced and paid settles to zero", async () => {
      await retainerPaid("2026-09-01");
      await on("2026-10-01");
      await retainerPaid("2026-10-01");
      // Both sign an amendment raising the fee to 4,500.00 from 1 November.
      await on("2026-11-01");
      const opened = bodyOf<VersionBody>(
        await w.client.client.post(w.url("/agreement/amendments")),
        201,
      );
      const raised = bodyOf<VersionBody>(
        await w.client.client.request("PUT", w.url("/agreement/draft"), {
          terms: {
            ...opened.terms,
            remuneration: { ...opened.terms.remuneration, amountMinor: 450_000 },
          },
          baseHash: opened.contentHash,
        }),
      );
      await signByBoth(w, raised.version, raised.contentHash);
      await on("2026-11-16");
      expect((await retainerPaid("2026-11-01")).totalMinor).toBe(450_000);
      bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);

      // Exit on 30 November: September and October at 3,000.00, November at 4,500.00, all paid.
      // Until 5 December 2026 every month counted at the fee in force at the exit: 13,500.00
      // earned, 3,000.00 asked of a client who had paid every invoice.
      const exit = bodyOf<ExitBody>(await w.client.client.get(w.url("/exit")));
      expect(exit.exitDate).toBe("2026-11-30");
      expect(exit.settlement?.settlement?.lines.slice(0, 2)).toEqual([
        { kind: "retainer_periods", periods: 2, amountMinor: 600_000 },
        { kind: "retainer_periods", periods: 1, amountMinor: 450_000 },
      ]);
      expect(exit.settlement?.settlement?.balanceMinor).toBe(0);
      expect(exit.settlement?.settlement?.document).toEqual({ kind: "none" });
    });
  },
);
