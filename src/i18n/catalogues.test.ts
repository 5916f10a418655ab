import { PASSWORD_PROBLEMS } from "../domain/auth/password-policy";
import { REFINE_REASONS } from "../contracts/input-rules";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, FORBIDDEN_WHYS } from "../contracts/errors";
import { FAIR_TERMS_CODES } from "../domain/agreement/fair-terms-check";
import { INVOICE_CODES } from "../domain/billing/invoice";
import { LATE_INTEREST_NOTES } from "../domain/billing/late-interest";
import { REMINDER_SCHEDULE_CODES } from "../domain/billing/reminders";
import { REMUNERATION_TREND_CODES } from "../domain/billing/remuneration-trend";
import { CLARITY_CODES } from "../domain/brief/clarity-check";
import { EVALUATION_CODES } from "../domain/delivery/evaluation";
import { MATCH_REASONS } from "../domain/matching/rank-providers";
import { NOTIFIED_EVENT_TYPES } from "../domain/notifications/notification-types";
import { FEASIBILITY_CODES } from "../domain/proposal/feasibility-check";
import { webDe } from "../web/i18n/messages/de";
import { webEn } from "../web/i18n/messages/en";
import { webEs } from "../web/i18n/messages/es";
import { webFr } from "../web/i18n/messages/fr";
import { webId } from "../web/i18n/messages/id";
import { LOCALES, type Locale } from "./locales";
import { en } from "./messages/en";
import { CATALOGUES } from "./translate";

const WEB_CATALOGUES: Record<Locale, Record<string, string>> = {
  en: webEn,
  fr: webFr,
  de: webDe,
  es: webEs,
  id: webId,
};
const SETS = [
  {
    name: "server",
    reference: en as Record<string, string>,
    byLocale: CATALOGUES as Record<Locale, Record<string, string>>,
  },
  { name: "web", reference: webEn as Record<string, string>, byLocale: WEB_CATALOGUES },
];

/** The names of the arguments a message uses, so translations cannot drop or invent one. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const isSource = /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts");
    const isCatalogue = /i18n[\\/]messages[\\/]/.test(path);
    return isSource && !isCatalogue ? [path] : [];
  });
}

describe.each(SETS)("the $name message catalogues", ({ reference, byLocale }) => {
  it.each(LOCALES)("%s has exactly the keys of English", (locale) => {
    expect(Object.keys(byLocale[locale]).sort()).toEqual(Object.keys(reference).sort());
  });

  it.each(LOCALES)("%s messages are valid ICU using the same arguments as English", (locale) => {
    for (const [key, message] of Object.entries(byLocale[locale])) {
      let parsed: MessageFormatElement[];
      try {
        parsed = parse(message);
      } catch (error) {
        throw new Error(`${locale} ${key} does not parse: ${String(error)}`);
      }
      const expected = [...argumentsOf(parse(reference[key] ?? ""))].sort();
      expect([...argumentsOf(parsed)].sort(), `${locale} ${key}`).toEqual(expected);
    }
  });

  it.each(LOCALES)("%s has no empty message", (locale) => {
    const empty = Object.entries(byLocale[locale]).filter(([, message]) => message.trim() === "");
    expect(empty).toEqual([]);
  });
});

describe("catalogue usage", () => {
  const root = join(import.meta.dirname, "..");
  const sources = sourceFiles(root).map((path) => ({
    path: relative(root, path),
    text: readFileSync(path, "utf8"),
  }));
  /** Keys built at run time from a closed list, rather than written out literally. */
  const dynamicKeys = new Set([
    ...ERROR_CODES.map((code) => `error.${code}`),
    ...FORBIDDEN_WHYS.map((why) => `error.forbidden.${why}`),
    ...CLARITY_CODES.map((code) => `clarity.${code}`),
    ...EVALUATION_CODES.map((code) => `evaluation.${code}`),
    ...FEASIBILITY_CODES.map((code) => `feasibility.${code}`),
    ...NOTIFIED_EVENT_TYPES.map((type) => `mail.notification.${type}`),
    ...INVOICE_CODES.map((code) => `billing.invoice.${code}`),
    ...REMINDER_SCHEDULE_CODES.map((code) => `billing.reminders.${code}`),
    ...LATE_INTEREST_NOTES.map((note) => `billing.lateInterest.${note}`),
    ...REMUNERATION_TREND_CODES.map((code) => `billing.trend.${code}`),
    ...FAIR_TERMS_CODES.flatMap((code) => [`fairTerms.${code}`, `fairTerms.${code}.reason`]),
    ...PASSWORD_PROBLEMS.map((problem) => `validation.${problem}`),
    ...REFINE_REASONS.map((reason) => `validation.${reason}`),
    ...Object.entries(MATCH_REASONS).flatMap(([factor, reasons]) =>
      reasons.map((r) => `match.${factor}.${r}`),
    ),
  ]);

  it.each(SETS.map((s) => [s.name, s.reference] as const))(
    "every %s key is used somewhere",
    (_name, reference) => {
      const unused = Object.keys(reference).filter(
        (key) => !dynamicKeys.has(key) && !sources.some((s) => s.text.includes(`"${key}"`)),
      );
      expect(unused).toEqual([]);
    },
  );

  it("every error code, check finding and match reason has a message", () => {
    const fairTermsReasons = FAIR_TERMS_CODES.map((code) => `fairTerms.${code}.reason`);
    for (const key of [...dynamicKeys]) expect(Object.keys(en), key).toContain(key);
    expect(fairTermsReasons.every((key) => key in en)).toBe(true);
  });
});

describe("French elision before names", () => {
  // "de" and "que" become "d’" and "qu’" before a vowel ("d’Atelier"), which a placeholder
  // cannot know: a name never follows them directly, the sentence is worded around it.
  const beforeName =
    /\b(de|que) \{(org|name|provider|client|email|accused|reviewer|reviewed|inviter|actor)\}|\bde \{from\}(?! à)/i;

  it.each(SETS)("no $name message puts “de” or “que” right before a name", ({ byLocale }) => {
    const offending = Object.entries(byLocale.fr).filter(([, text]) => beforeName.test(text));
    expect(offending.map(([key]) => key)).toEqual([]);
  });
});

describe("French typography", () => {
  // The French catalogues write the typographic apostrophe (“l’accord”); a straight one reads
  // as a typo beside it, and in ICU it can start a quoted, unformatted span before “{”.
  it.each(SETS)("no $name French message has a straight apostrophe", ({ byLocale }) => {
    const offending = Object.entries(byLocale.fr).filter(([, text]) => text.includes("'"));
    expect(offending.map(([key]) => key)).toEqual([]);
  });
});

describe("encoding", () => {
  // UTF-8 read once as Latin-1 turns “’” into “â” and two C1 control characters (“lâ\u0080\u0099accord”):
  // a reader sees a stray letter and the apostrophe is gone. No message needs a C1 control.
  const misDecoded = /[\u0080-\u009f]|â€/;

  it.each(SETS)(
    "no $name message in any language holds text mis-decoded as Latin-1",
    ({ byLocale }) => {
      const offending = LOCALES.flatMap((locale) =>
        Object.entries(byLocale[locale])
          .filter(([, text]) => misDecoded.test(text))
          .map(([key]) => `${locale} ${key}`),
      );
      expect(offending).toEqual([]);
    },
  );
});
