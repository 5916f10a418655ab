import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { webDe } from "../../i18n/messages/de";
import { webEn } from "../../i18n/messages/en";
import { webEs } from "../../i18n/messages/es";
import { webFr } from "../../i18n/messages/fr";
import { webId } from "../../i18n/messages/id";

const KINDS = [
  "milestone_accepted",
  "milestone_in_progress",
  "retainer_periods",
  "retainer_partial",
  "time",
  "time_cap",
  "approved_change",
  "expense",
  "payment",
  "credit",
  "agreed_refund",
  "refund_paid",
  "late_interest",
] as const;

/**
 * Each kind of settlement line has a wording of its own in every language: a kind placed inside
 * another's plural, or missing, falls to the message's `other` (late interest) and would label a
 * refund as interest.
 */
describe.each([
  ["en", webEn],
  ["fr", webFr],
  ["de", webDe],
  ["es", webEs],
  ["id", webId],
])("the final settlement's line labels in %s", (locale, messages) => {
  const label = (kind: string) =>
    String(
      new IntlMessageFormat(messages["exit.settlement.line"], locale).format({
        kind,
        title: "T",
        number: 7,
        count: 2,
        of: 30,
        unit: "hour",
      }),
    );
  it("words every kind differently, names the dispute of an agreed refund and the day of a refund paid back", () => {
    const labels = KINDS.map(label);
    expect(new Set(labels).size).toBe(KINDS.length);
    expect(label("agreed_refund")).toContain("7");
    expect(label("refund_paid")).toContain("T");
    expect(label("refund_paid")).not.toBe(label("late_interest"));
  });
});
