import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { webDe } from "./de";
import { webEn, type WebCatalogue } from "./en";
import { webEs } from "./es";
import { webFr } from "./fr";
import { webId } from "./id";

const CATALOGUES: Record<string, WebCatalogue> = {
  en: webEn,
  fr: webFr,
  de: webDe,
  es: webEs,
  id: webId,
};

/**
 * Buttons and links that show a short word and carry a longer accessible name (which item they
 * act on): the visible word, then each name it goes with.
 */
const SHORT_AND_FULL: [keyof WebCatalogue, (keyof WebCatalogue)[]][] = [
  ["messages.discuss", ["messages.discuss.deliverable", "messages.discuss.changeRequest"]],
  ["list.remove", ["list.remove.label"]],
  ["members.remove", ["members.remove.label"]],
  ["tokens.revoke", ["tokens.revoke.label"]],
  ["invitations.revoke", ["invitations.revoke.label"]],
  ["exit.handover.tick.short", ["exit.handover.tick"]],
  ["invoices.payments.confirm", ["invoices.payments.confirm.label", "refunds.confirm.label"]],
  ["invoices.payments.reject", ["invoices.payments.reject.label", "refunds.reject.label"]],
  ["webhooks.delivery.attempts", ["webhooks.delivery.attempts.label"]],
  ["webhooks.delivery.replay", ["webhooks.delivery.replay.label"]],
];

const VALUES = {
  title: "Checkout",
  number: 3,
  item: "Goal",
  name: "Ana",
  email: "ana@example.test",
  duty: "Keys",
  amount: "€10.00",
  date: "1 May",
  type: "invoice.issued",
};

/**
 * WCAG 2.5.3 (label in name): whoever says or reads the visible word must find the control by
 * it, so its accessible name contains the word, in every language.
 */
describe("the words a button shows are in the name it is announced by", () => {
  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`in ${locale}`, () => {
      const missing = SHORT_AND_FULL.flatMap(([shortKey, fullKeys]) => {
        const shown = catalogue[shortKey].toLocaleLowerCase(locale);
        return fullKeys
          .map((key) => ({
            key,
            name: String(new IntlMessageFormat(catalogue[key], locale).format(VALUES)),
          }))
          .filter(({ name }) => !name.toLocaleLowerCase(locale).includes(shown))
          .map(
            ({ key, name }) => `${shortKey} "${catalogue[shortKey]}" is not in ${key} "${name}"`,
          );
      });
      expect(missing).toEqual([]);
    });
  }
});
