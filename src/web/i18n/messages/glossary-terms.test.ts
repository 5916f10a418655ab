import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
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
      [/\bbriefs?\b/i, "cahier des charges"],
      [/règlement final/i, "solde de tout compte"],
      [/amendement/i, "avenant"],
      [/demandes? de changement/i, "demande de modification"],
      [/réputée?s? acceptée?s?/i, "acceptation tacite"],
      [/rappels? de paiement/i, "relance"],
      [/changements? non chiffrés?/i, "demande non chiffrée"],
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
      [/Zwischenbilanz/, "Stimmungsabfrage"],
      [/Streitigkeit/, "Streitfall"],
      [/Lieferobjekt/, "Liefergegenstand"],
      [/Änderungsantr[aä]g/, "Änderungsanfrage"],
      [/nicht bepreist/i, "unbepreiste Forderung"],
      [/Mindestbetrag/, "Mindestsatz"],
      [/Honorar/i, "Vergütung"],
      [/\bProtokoll/, "Verlauf"],
    ],
  },
  es: {
    catalogues: [es, webEs],
    words: [
      [/enmienda/i, "adenda"],
      [/\bprestador(es)?\b(?! de servicios)/i, "prestador de servicios"],
      [/sin presupuestar/i, "exigencia sin presupuesto"],
      [/aviso de terminación/i, "preaviso"],
      [/aviso de salud/i, "alerta"],
      [/\bconsultas?\b/i, "seguimiento"],
      [/importe mínimo/i, "tarifa mínima"],
      [/se (da|dio) por aceptad/i, "aceptación tácita"],
    ],
  },
  id: {
    catalogues: [id, webId],
    words: [
      [/\bcheck-ins?\b/i, "cek rutin"],
      [/\bbriefs?\b/i, "kerangka kebutuhan"],
      [/\bpenyedia\b(?! layanan)/i, "penyedia layanan"],
      [/\bmilestones?\b/i, "tahapan"],
      [/am[ae]ndemen/i, "adendum"],
      [/tonggak/i, "tahapan"],
      [/buku besar/i, "catatan riwayat"],
      [/jumlah minimum/i, "tarif minimum"],
      [/\b(balasan|membalas|balas)\b.{0,30}\bulasan\b/i, "tanggapan"],
    ],
  },
};

/**
 * A message's own words: its literal text, with every `{argument}` and every `select`/`plural`
 * case name left out but the text of each case kept (a one-word case such as `{Prestador}` is
 * words, not an argument).
 */
function wordsOf(message: string): string {
  const literals = (elements: MessageFormatElement[]): string =>
    elements
      .map((element) => {
        if (element.type === TYPE.literal) return element.value;
        if (element.type === TYPE.tag) return literals(element.children);
        if (element.type === TYPE.plural || element.type === TYPE.select) {
          return Object.values(element.options)
            .map((option) => literals(option.value))
            .join(" | ");
        }
        return " ";
      })
      .join("");
  return literals(parse(message));
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
