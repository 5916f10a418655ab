import { describe, expect, it } from "vitest";
import { de } from "../../../i18n/messages/de";
import { es } from "../../../i18n/messages/es";
import { fr } from "../../../i18n/messages/fr";
import { id } from "../../../i18n/messages/id";
import { webDe } from "./de";
import { webEs } from "./es";
import { webFr } from "./fr";
import { webId } from "./id";

/**
 * The glossary (GLOSSARY.md) gives one word per concept in each language. These are the words
 * the catalogues slipped into instead, each with the glossary's word it stands for.
 */
const NOT_THE_GLOSSARY: Record<string, { catalogues: object[]; words: [RegExp, string][] }> = {
  fr: {
    catalogues: [fr, webFr],
    words: [
      [/\b(l'|l’|un |cet |d'|d’)engagement\b/i, "mission"],
      [/\bbrief\b/i, "cahier des charges"],
      [/règlement final/i, "solde de tout compte"],
      [/amendement/i, "avenant"],
    ],
  },
  de: {
    catalogues: [de, webDe],
    words: [
      [/Anbieter/, "Dienstleister"],
      [/\bVertrag/, "Vereinbarung"],
      [/\bEngagement\b/, "Auftrag"],
      [/Check-in/i, "Stimmungsabfrage"],
      [/\bAbgabe\b/, "Einreichung"],
    ],
  },
  es: {
    catalogues: [es, webEs],
    words: [[/enmienda/i, "adenda"]],
  },
  id: {
    catalogues: [id, webId],
    words: [
      [/\bcheck-ins?\b/i, "cek rutin"],
      [/\bbriefs?\b/i, "kerangka kebutuhan"],
      [/\bpenyedia\b(?! layanan)/i, "penyedia layanan"],
      [/\bmilestones?\b/i, "tahapan"],
      [/amendemen/i, "adendum"],
    ],
  },
};

/** A message's own words: no `{placeholder}` and no `select`/`plural` case names. */
function wordsOf(message: string): string {
  return message
    .replace(/(?<=(?:select|plural|selectordinal),\s*|\}\s*)[\w=]+ \{/g, "{")
    .replace(/\{\w+(,[^{}]*)?\}/g, "");
}

describe("the catalogues use the glossary's words", () => {
  for (const [locale, { catalogues, words }] of Object.entries(NOT_THE_GLOSSARY)) {
    it(`in ${locale}`, () => {
      const strays = catalogues.flatMap((catalogue) =>
        Object.entries(catalogue).flatMap(([key, message]) =>
          words
            .filter(([stray]) => typeof message === "string" && stray.test(wordsOf(message)))
            .map(([stray, word]) => `${key}: ${String(stray)} where the glossary says "${word}"`),
        ),
      );
      expect(strays).toEqual([]);
    });
  }
});
