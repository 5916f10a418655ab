import { describe, expect, it } from "vitest";
import { screenText } from "./screen-text";
import type { ScreeningContext, ScreeningKind } from "./types";

const kindOf = (text: string, context?: ScreeningContext) => screenText({ text, context }).kind;

/** Per language: [text, expected kind, context?]. Texts differ from the labelled set. */
const HARD_CASES: Record<string, [string, ScreeningKind, ScreeningContext?][]> = {
  en: [
    ["Pull your review or you will regret it.", "retaliation"],
    ["Give me a full refund, otherwise I'll leave a one-star review everywhere.", "retaliation"],
    ["Our lawyers will contact you shortly.", "retaliation", { followsReviewOfSender: true }],
    ["Our lawyers will contact you shortly.", "legal_threat"],
    ["We have no intention of suing you over your review.", "none"],
    ["She told me that they would sue her for the review.", "none"],
    ["Could a vendor sue me for a bad review?", "none"],
    ["I'll post an honest review once the work is delivered.", "none"],
  ],
  fr: [
    ["Si vous ne supprimez pas ce commentaire, notre avocat s'en chargera.", "retaliation"],
    ["Remboursez-moi, sinon je laisse une étoile sur Google.", "retaliation"],
    ["Nous ne porterons pas plainte, soyez rassuré.", "none"],
    ["Il a menacé de nous poursuivre en justice, mais rien n'est arrivé.", "none"],
    ["À mon avis, la facture est correcte.", "none"],
    ["Sans règlement sous quinze jours, nous engagerons une procédure judiciaire.", "legal_threat"],
  ],
  de: [
    ["Nehmen Sie die Bewertung zurück, sonst sehen wir uns vor Gericht.", "retaliation"],
    ["Erstatten Sie den Betrag, sonst gibt es eine Ein-Stern-Bewertung.", "retaliation"],
    ["Wir verklagen Sie nicht.", "none"],
    ["Er drohte mit einer Klage, weil die Bewertung schlecht war.", "none"],
    ["Ohne Zahlung binnen 14 Tagen übergeben wir die Sache an ein Inkassobüro.", "legal_threat"],
  ],
  es: [
    ["Elimine su reseña o nos veremos en los tribunales.", "retaliation"],
    ["Hágame un descuento o dejaré una reseña negativa en Google.", "retaliation"],
    ["No vamos a demandar a nadie por una reseña.", "none"],
    ["Dijo que nos demandaría por una opinión.", "none"],
    ["Si no paga en diez días, iniciaremos acciones legales.", "legal_threat"],
  ],
  id: [
    ["Hapus ulasan itu atau kami laporkan Anda ke polisi.", "retaliation"],
    ["Kembalikan uang saya, kalau tidak saya kasih bintang satu.", "retaliation"],
    ["Kami tidak akan membawa masalah ini ke pengadilan.", "none"],
    ["Dia bilang akan menggugat kami karena ulasan itu.", "none"],
    ["Jika tagihan tidak dibayar dalam 7 hari, kami akan menempuh jalur hukum.", "legal_threat"],
  ],
};

describe("screening the hard cases", () => {
  for (const [language, cases] of Object.entries(HARD_CASES)) {
    it(`reads threats, negations, reported speech and questions in ${language}`, () => {
      for (const [text, expected, context] of cases) {
        const result = screenText({ text, context });
        expect(result.language, text).toBe(language);
        expect(result.kind, `${text}\n${result.explanation}`).toBe(expected);
      }
    });
  }

  it("explains a retaliation with the threat and the review link, in the sender's words", () => {
    const result = screenText({ text: "Retirez votre avis, sinon nous porterons plainte." });
    expect(result.evidence).toEqual(
      expect.arrayContaining([
        { phrase: "porterons plainte", role: "legal-threat" },
        { phrase: "Retirez", role: "removal-demand" },
        { phrase: "avis", role: "review-mention" },
      ]),
    );
    expect(result.explanation).toContain('"porterons plainte"');
  });

  it("reads a removal demand under an alternative as coercion, and a courteous request as none", () => {
    expect(kindOf("Take that review down or we'll see.")).toBe("retaliation");
    expect(kindOf("Enlevez votre note, sinon on en reparlera.")).toBe("retaliation");
    expect(kindOf("Löschen Sie die Rezension. Sonst sprechen wir uns noch.")).toBe("retaliation");
    expect(kindOf("Quite esa reseña o ya hablaremos.")).toBe("retaliation");
    expect(kindOf("Hapus ulasan itu, kalau tidak kita lihat nanti.")).toBe("retaliation");
    expect(kindOf("Remove the duplicate review, or I can do it for you if you prefer.")).toBe(
      "none",
    );
    expect(kindOf("Retirez votre avis si vous le souhaitez, sinon aucun souci.")).toBe("none");
    expect(kindOf("If you want to change your review, you can edit it in your settings.")).toBe(
      "none",
    );
    expect(kindOf("Kalau tidak keberatan, tolong ubah rating Anda.")).toBe("none");
  });

  it("says why a cue did not count", () => {
    const result = screenText({ text: "We will not take legal action." });
    expect(result.evidence).toEqual([{ phrase: "legal action", role: "negated-ignored" }]);
  });

  it("links a threat to a review only through the context when the text names none", () => {
    expect(kindOf("See you in court.", { reviewId: "r-9" })).toBe("retaliation");
    expect(kindOf("See you in court.")).toBe("legal_threat");
    expect(kindOf("Thanks, see you next week!", { followsReviewOfSender: true })).toBe("none");
  });

  it("does not flag quotations of the seed essay", () => {
    expect(
      kindOf(
        "Il semble ridicule qu'une entreprise poursuive ses clients payants, car les clients paient les factures.",
      ),
    ).toBe("none");
  });
});
