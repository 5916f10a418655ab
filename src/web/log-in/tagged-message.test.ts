import { describe, expect, it } from "vitest";
import { compiled } from "../../../scripts/catalogue-parts-plugin";
import { de } from "../../i18n/messages/de";
import { en } from "../../i18n/messages/en";
import { es } from "../../i18n/messages/es";
import { fr } from "../../i18n/messages/fr";
import { id } from "../../i18n/messages/id";
import type { Locale } from "../../i18n/locales";
import { webDe } from "../i18n/messages/de";
import { webEn } from "../i18n/messages/en";
import { webEs } from "../i18n/messages/es";
import { webFr } from "../i18n/messages/fr";
import { webId } from "../i18n/messages/id";
import { cataloguePart } from "../shared/i18n/catalogue-parts";
import { messageParts, plainText, splitTags } from "./tagged-message";

describe("messages with tags on the light log-in page", () => {
  it("splits text around a link", () => {
    expect(splitTags("New to Accord? <link>Create an account</link>")).toEqual([
      { text: "New to Accord? " },
      { text: "Create an account", tag: "link" },
    ]);
  });

  it("keeps text after the tag and a message without tags whole", () => {
    expect(splitTags("<link>Créer un compte</link> maintenant")).toEqual([
      { text: "Créer un compte", tag: "link" },
      { text: " maintenant" },
    ]);
    expect(splitTags("Log in")).toEqual([{ text: "Log in" }]);
  });
});

describe("the log-in page's messages compiled by the build", () => {
  const catalogues = {
    en: [en, webEn],
    fr: [fr, webFr],
    de: [de, webDe],
    es: [es, webEs],
    id: [id, webId],
  } as const;

  it("read the same from their syntax trees as from the catalogue's text, in every language", () => {
    for (const [locale, [server, web]] of Object.entries(catalogues)) {
      const written = cataloguePart(server, web, "first");
      const trees = compiled(written, locale as Locale);
      // The log-in page shows messages without arguments: text and simple tags.
      const plain = Object.keys(written).filter((key) => !written[key]?.includes("{"));
      expect(plain.length).toBeGreaterThan(20);
      for (const key of plain) {
        expect(messageParts(trees[key] ?? []), `${locale} ${key}`).toEqual(
          splitTags(written[key] ?? ""),
        );
      }
      expect(plainText(trees["auth.login.noAccount"] ?? [])).not.toContain("<");
    }
  });
});
