import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { de } from "../../../i18n/messages/de";
import { en } from "../../../i18n/messages/en";
import { es } from "../../../i18n/messages/es";
import { fr } from "../../../i18n/messages/fr";
import { id } from "../../../i18n/messages/id";
import { webDe } from "./de";
import { webEn } from "./en";
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
      [/nicht bepreiste[nr]? (Forderung|Anforderung)/i, "unbepreiste Forderung"],
      [/Mindestbetrag/, "Mindestsatz"],
      [/Honorar/i, "Vergütung"],
      [/\bProtokoll/, "Verlauf"],
    ],
  },
  es: {
    catalogues: [es, webEs],
    words: [
      [/enmienda/i, "adenda"],
      [/\bprestador(a|es|as)?\b(?! de servicios)/i, "prestador de servicios"],
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

type Translated = "fr" | "de" | "es" | "id";
/**
 * Concepts whose English word is never used for anything else: wherever an English message names
 * one, its translation names it with the glossary's word (inflected as the language does).
 */
const CONCEPTS: { concept: string; english: RegExp; glossary: Record<Translated, RegExp> }[] = [
  {
    concept: "provider",
    english: /\bproviders?\b/i,
    glossary: {
      fr: /prestataire/i,
      de: /Dienstleister/i,
      es: /prestador(a|es|as)? de servicios/i,
      id: /penyedia layanan/i,
    },
  },
  {
    concept: "engagement",
    english: /\bengagements?\b/i,
    glossary: {
      // Words, not parts of others: "soumission" holds "mission", "Auftraggeber" is the client
      // (compounds such as "Auftragsarchiv" are the engagement's), "lama kerja sama" is tenure.
      fr: /(?<![\p{L}])missions?\b/iu,
      de: /\bAuftr[aä]g(?!geber)/iu,
      es: /\bencargos?\b/iu,
      id: /(?<!lama )\bkerja sama/iu,
    },
  },
  {
    concept: "amendment",
    english: /\bamendments?\b/i,
    glossary: { fr: /avenant/i, de: /nachtr[aä]g/i, es: /adenda/i, id: /adendum/i },
  },
  {
    concept: "deliverable",
    english: /\bdeliverables?\b/i,
    glossary: {
      fr: /livrable/i,
      de: /Liefergegenst[aä]nd/i,
      es: /entregable/i,
      id: /hasil kerja/i,
    },
  },
  {
    concept: "evaluation",
    english: /\bevaluations?\b/i,
    glossary: {
      fr: /évaluation/i,
      de: /Bewertung(en)? der Lieferung/,
      es: /evaluaci[oó]n/i,
      id: /evaluasi/i,
    },
  },
  {
    concept: "milestone",
    english: /\bmilestones?\b/i,
    glossary: { fr: /jalon/i, de: /Meilenstein/i, es: /\bhitos?\b/i, id: /tahapan/i },
  },
  {
    concept: "remuneration",
    english: /remunerat/i,
    glossary: { fr: /rémunér/i, de: /Vergütung/i, es: /remunera/i, id: /remunerasi/i },
  },
  {
    concept: "check-in",
    english: /\bcheck-ins?\b/i,
    glossary: {
      fr: /points? d’étape/i,
      de: /Stimmungsabfrage/i,
      es: /seguimiento/i,
      id: /cek rutin/i,
    },
  },
  {
    concept: "tenure",
    english: /\btenure\b/i,
    glossary: {
      fr: /ancienneté/i,
      de: /Dauer der Zusammenarbeit/i,
      es: /antigüedad/i,
      id: /lama kerja sama/i,
    },
  },
  {
    concept: "retaliation",
    english: /retaliat/i,
    glossary: { fr: /représailles/i, de: /Vergeltung/i, es: /represalia/i, id: /pembalasan/i },
  },
  {
    concept: "suspension",
    english: /\bsuspen/i,
    glossary: { fr: /suspen/i, de: /sperr/i, es: /suspen/i, id: /penangguhan|ditangguhkan/i },
  },
  {
    concept: "hand-over",
    english: /\bhand-over\b/i,
    glossary: { fr: /passation/i, de: /Übergabe/i, es: /traspaso/i, id: /serah terima/i },
  },
  {
    concept: "ended amicably",
    english: /amicabl/i,
    glossary: { fr: /amiable/i, de: /einvernehmlich/i, es: /mutuo acuerdo/i, id: /baik-baik/i },
  },
  {
    concept: "ledger",
    english: /\bledger\b/i,
    glossary: { fr: /registre/i, de: /Verlauf/i, es: /registro/i, id: /catatan riwayat/i },
  },
];
const BY_LOCALE: Record<Translated, [Record<string, string>, Record<string, string>][]> = {
  fr: [
    [en, fr],
    [webEn, webFr],
  ],
  de: [
    [en, de],
    [webEn, webDe],
  ],
  es: [
    [en, es],
    [webEn, webEs],
  ],
  id: [
    [en, id],
    [webEn, webId],
  ],
};

describe("where English names a concept, the translation names it with the glossary's word", () => {
  it.each(Object.keys(BY_LOCALE) as Translated[])("in %s", (locale) => {
    const missing = BY_LOCALE[locale].flatMap(([english, translated]) =>
      Object.entries(english).flatMap(([key, message]) =>
        CONCEPTS.filter(
          ({ english: word, glossary }) =>
            word.test(wordsOf(message)) && !glossary[locale].test(wordsOf(translated[key] ?? "")),
        ).map(({ concept }) => `${key}: ${concept}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});
