import { describe, expect, inject, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { crashUnderLoad } from "./crash-under-load";

// The short variant; `npm run soak` runs the same with 100 kills.
describe.each(DIALECTS)("crash durability on %s", (dialect) => {
  it(
    "keeps every acknowledged write, none half-written, numbers without gaps, ledgers intact across SIGKILLs",
    { timeout: 1_200_000 },
    async () => {
      const report = await crashUnderLoad({
        dialect,
        postgresBaseUrl: inject("postgresUrl"),
        kills: 3,
      });
      expect(report.problems).toEqual([]);
      // The load really wrote: the kills landed among acknowledged writes.
      expect(report.acknowledgedMessages).toBeGreaterThan(0);
      expect(report.acknowledgedInvoices).toBeGreaterThan(0);
    },
  );
});
