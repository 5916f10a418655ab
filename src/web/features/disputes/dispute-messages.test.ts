import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { webDe } from "../../i18n/messages/de";
import { webEn } from "../../i18n/messages/en";
import { webEs } from "../../i18n/messages/es";
import { webFr } from "../../i18n/messages/fr";
import { webId } from "../../i18n/messages/id";

const CATALOGUES = { en: webEn, fr: webFr, de: webDe, es: webEs, id: webId };

function format(locale: keyof typeof CATALOGUES, key: keyof typeof webEn, values: object) {
  return String(new IntlMessageFormat(CATALOGUES[locale][key], locale).format(values));
}

/** A settlement line of a disputed milestone: how many of its agreed criteria were met. */
function criteriaLine(locale: keyof typeof CATALOGUES, met: number, total: number) {
  return format(locale, "disputes.settlement.line", {
    kind: "criteria_met",
    title: "Shop",
    met,
    total,
    number: 0,
  });
}

describe("a dispute's partial settlement counts criteria in each language's plural", () => {
  it.each([
    [
      "en",
      ["Shop: 0 of 1 criterion met", "Shop: 1 of 2 criteria met", "Shop: 5 of 5 criteria met"],
    ],
    [
      "fr",
      [
        "Shop : 0 critère rempli sur 1",
        "Shop : 1 critère rempli sur 2",
        "Shop : 5 critères remplis sur 5",
      ],
    ],
    [
      "de",
      [
        "Shop: 0 von 1 Kriterium erfüllt",
        "Shop: 1 von 2 Kriterien erfüllt",
        "Shop: 5 von 5 Kriterien erfüllt",
      ],
    ],
    [
      "es",
      [
        "Shop: 0 de 1 criterio cumplido",
        "Shop: 1 de 2 criterios cumplidos",
        "Shop: 5 de 5 criterios cumplidos",
      ],
    ],
    [
      "id",
      [
        "Shop: 0 dari 1 kriteria terpenuhi",
        "Shop: 1 dari 2 kriteria terpenuhi",
        "Shop: 5 dari 5 kriteria terpenuhi",
      ],
    ],
  ] as const)("%s", (locale, expected) => {
    expect([
      criteriaLine(locale, 0, 1),
      criteriaLine(locale, 1, 2),
      criteriaLine(locale, 5, 5),
    ]).toEqual(expected);
  });
});

describe("a settled dispute names its credit notes, one or several", () => {
  it.each([
    ["en", "(credit note KCN-1).", "(credit notes KCN-1 and KCN-2)."],
    ["fr", "(avoir KCN-1).", "(avoirs KCN-1 et KCN-2)."],
    ["de", "(Gutschrift KCN-1).", "(Gutschriften KCN-1 und KCN-2)."],
    ["es", "(nota de crédito KCN-1).", "(notas de crédito KCN-1 y KCN-2)."],
    ["id", "(nota kredit KCN-1).", "(nota kredit KCN-1 dan KCN-2)."],
  ] as const)("%s", (locale, one, two) => {
    const settled = (creditNotes: string[]) =>
      format(locale, "disputes.outcome.settled", {
        count: creditNotes.length,
        creditNotes: new Intl.ListFormat(locale, { type: "conjunction" }).format(creditNotes),
      });
    expect(settled(["KCN-1"])).toContain(one);
    expect(settled(["KCN-1", "KCN-2"])).toContain(two);
    expect(settled([])).not.toContain("(");
  });
});

describe("a dispute's title in French", () => {
  it("says différend, as the rest of the page, with French spacing before each colon", () => {
    const subject = format("fr", "disputes.item.subjectNamed", {
      kind: format("fr", "disputes.subject.kind", { kind: "evaluation" }),
      name: "Boutique",
    });
    expect(format("fr", "disputes.item.title", { number: 1, subject })).toBe(
      "Différend n° 1 : Une évaluation : Boutique",
    );
    expect(
      format("en", "disputes.item.subjectNamed", { kind: "An evaluation", name: "Shop" }),
    ).toBe("An evaluation: Shop");
  });
});
