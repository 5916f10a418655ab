import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { webDe } from "../web/i18n/messages/de";
import { webEn } from "../web/i18n/messages/en";
import { webEs } from "../web/i18n/messages/es";
import { webFr } from "../web/i18n/messages/fr";
import { webId } from "../web/i18n/messages/id";
import type { Locale } from "./locales";
import { en } from "./messages/en";
import { CATALOGUES, translate } from "./translate";

type Catalogue = Record<string, string>;
const WEB: Record<Locale, Catalogue> = { en: webEn, fr: webFr, de: webDe, es: webEs, id: webId };
const SETS: { name: string; reference: Catalogue; byLocale: Record<Locale, Catalogue> }[] = [
  { name: "server", reference: en, byLocale: CATALOGUES },
  { name: "web", reference: webEn, byLocale: WEB },
];

/** A message's literal words: every case of a select or plural, no argument, no case name. */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return literalText(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(" ");
      return " ";
    })
    .join("");
}

/**
 * Words a language writes exactly as English does (cognates, loanwords its users read every day,
 * proper names): a message identical to English is a translation only if it holds no other word.
 */
const SHARED_WITH_ENGLISH: Record<Exclude<Locale, "en">, string[]> = {
  fr: [
    "Accord",
    "Actions",
    "Active",
    "Clause",
    "Client",
    "Communication",
    "Date",
    "Description",
    "Effort",
    "HTTP",
    "Invitation",
    "Invitations",
    "Maximum",
    "Messages",
    "Minimum",
    "Note",
    "Notifications",
    "Organisation",
    "Points",
    "Satisfaction",
    "Score",
    "Sessions",
    "Signatures",
    "Source",
    "Sources",
    "Total",
    "Version",
    "Webhooks",
    "intimidation",
    "mails",
    "ms",
    "ultimatum",
  ],
  de: [
    "Accord",
    "Fairness",
    "HTTP",
    "Links",
    "Mediation",
    "Moderation",
    "Name",
    "Organisation",
    "Person",
    "Status",
    "Threads",
    "Version",
    "Webhooks",
    "ms",
  ],
  es: [
    "Accord",
    "Brief",
    "Briefs",
    "Endpoints",
    "Factor",
    "HTTP",
    "No",
    "Subtotal",
    "Total",
    "Webhooks",
    "ms",
  ],
  id: [
    "Accord",
    "HTTP",
    "Minimum",
    "No",
    "Per",
    "Retainer",
    "Status",
    "Subtotal",
    "Target",
    "Total",
    "ms",
    "target",
    "ultimatum",
  ],
};

describe.each(SETS)("the $name catalogues translate every message", ({ reference, byLocale }) => {
  it.each(Object.keys(SHARED_WITH_ENGLISH) as Exclude<Locale, "en">[])(
    "%s leaves no English text as it is, but for words the language shares with English",
    (locale) => {
      const shared = new Set(SHARED_WITH_ENGLISH[locale]);
      const untranslated = Object.entries(byLocale[locale])
        .filter(([key, message]) => message === reference[key])
        .filter(([, message]) =>
          (literalText(parse(message)).match(/\p{L}{2,}/gu) ?? []).some((w) => !shared.has(w)),
        )
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    },
  );
});

/**
 * English messages that print a number right before the noun it counts, without a plural:
 * each number here is a setting or threshold that is never 1 (or a share of a whole).
 */
const NEVER_ONE = new Set([
  "clarity.budget_range_wide",
  "fairTerms.payment_terms_over_limit",
  "fairTerms.review_window_over_limit",
  "billing.reminders.reminder_offset_out_of_range",
  "billing.reminders.too_many_reminders",
  "growth.stagnation.reason.no_initiative",
  "growth.stagnation.reason.goals_flat",
  "growth.stagnation.reason.only_recurring_invoices",
  "mail.password_reset.body",
  "health.warning.payment_terms",
  "health.warning.provider_late",
  "exit.settlement.line",
  "growth.profile.signal",
  "health.score.new.explain",
  "health.score.recognition",
  "model.caps.overdue",
  "model.mechanics.decay",
  "model.mechanics.new",
  "model.mechanics.openLateness",
  "model.mechanics.smoothing",
  "model.recognition",
  "model.scale.fairDealing",
  "model.scale.latency",
  "model.scale.payment",
  "model.threshold.lowBoth",
  "model.threshold.onTimeUnder",
  "model.threshold.termsOver",
]);
const COUNTED =
  /\{(\w+)(?:, number)?\} (?:business )?(?:days?|hours?|weeks?|months?|years?|minutes?|seconds?|times|events?|items?|points?|rounds?|reminders?|deliverables?|milestones?|invoices?|members?|people|reviews?|engagements?|criteria|changes?|messages?|attempts?|check-ins?)\b/g;

/** Arguments a message counts with `plural`. */
function pluralArguments(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.plural) into.add(element.value);
    if (element.type === TYPE.tag) pluralArguments(element.children, into);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) pluralArguments(option.value, into);
  }
  return into;
}

describe("counts in English", () => {
  it.each(SETS)("every $name count that can be 1 is an ICU plural", ({ reference }) => {
    const bare = Object.entries(reference)
      .filter(([key]) => !NEVER_ONE.has(key))
      .filter(([, message]) => {
        const plurals = pluralArguments(parse(message));
        return [...message.matchAll(COUNTED)].some(([, name]) => !plurals.has(name ?? ""));
      })
      .map(([key]) => key);
    expect(bare).toEqual([]);
  });

  it.each(["en", "fr", "de", "es"] as const)(
    "the agreement document says one day in %s, not one days",
    (locale) => {
      const one = { en: "1 day", fr: "1 jour", de: "1 Tag", es: "1 día" }[locale];
      expect(translate(locale, "agreementDoc.notice", { days: "1" })).toContain(`${one}.`);
      expect(translate(locale, "agreementDoc.reviewWindow", { days: "1", deemed: "no" })).toContain(
        `${one}.`,
      );
      expect(translate(locale, "agreementDoc.effort", { quantity: 1, unit: "day" })).toMatch(
        new RegExp(`${one}$`),
      );
    },
  );
});
