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

  it("reads the structures added after held-out sets K and L", () => {
    const F = { followsReviewOfSender: true };
    // A removal of "it" after a sentence that names the review, under a bare "or" with an actor.
    expect(kindOf("That review is unfair. Delete it or I'll make sure nobody hires you.")).toBe(
      "retaliation",
    );
    expect(kindOf("Please remove or correct the review, the dates are wrong.")).toBe("none");
    // A sanction carried from the sentence that gives the review as its cause.
    expect(
      kindOf("Because of your rating we are ending our support; your open orders are cancelled."),
    ).toBe("retaliation");
    // A bargain on the review with no alternative word, and an honest review left whatever happens.
    expect(kindOf("Take 20% off the invoice and my review stays at five stars.")).toBe(
      "retaliation",
    );
    expect(
      kindOf(
        "If the refund doesn't come I'll be disappointed, but I will still write a fair review.",
      ),
    ).toBe("none");
    // A final demand after an imperative removal.
    expect(kindOf("Borre esa reseña. Es el último aviso.")).toBe("retaliation");
    // A privative negates its noun, not the threat beyond it.
    expect(kindOf("Si usáis nuestro logo sin permiso os denunciamos.")).toBe("legal_threat");
    // Ordinary news to every customer after a review, an apology and a report to the platform.
    expect(
      kindOf("Thanks for the review! We will tell all our customers about the new menu.", F),
    ).toBe("none");
    expect(kindOf("Kami sangat menyesal atas keterlambatannya, ulasan Anda adil.", F)).toBe("none");
    expect(kindOf("Quiero denunciar esta reseña porque contiene datos personales.")).toBe("none");
  });
  it("reads the structures added after held-out sets N and O", () => {
    const F = { followsReviewOfSender: true };
    // After the review, an intimidation with no pronoun is addressed to the reviewer by its form.
    expect(kindOf("Hati-hati aja mulai sekarang.", F)).toBe("retaliation");
    expect(kindOf("Hati-hati di jalan ya, semoga paketnya sampai.", F)).toBe("none");
    // A sanction whose condition is the review's fate, and one drawn from it onto the reader.
    expect(
      kindOf("You reviewed me badly? Your invoice isn't getting paid until that comes down."),
    ).toBe("retaliation");
    expect(kindOf("Su reseña sigue publicada, así que su garantía se acaba.")).toBe("retaliation");
    expect(
      kindOf("Thanks for your review, so we've cancelled the duplicate order as you asked.", F),
    ).toBe("none");
    // A threat in the form of a question about the reader's review, not about a policy.
    expect(kindOf("Wollen Sie wirklich wissen, was mein Anwalt von Ihrer Bewertung hält?")).toBe(
      "retaliation",
    );
    expect(kindOf("Do you want to know what our lawyer thinks of the new review policy?")).toBe(
      "none",
    );
    // A condition on the review's fate directs a threat with no pronoun.
    expect(kindOf("Des poursuites suivront si l'avis reste en ligne.")).toBe("retaliation");
    // A reluctant change of one's own review beside a demand is a bargain.
    expect(
      kindOf("Me sabría mal tener que cambiar mi reseña. Un reembolso parcial lo evitaría."),
    ).toBe("retaliation");
    // A reporting frame after the cue, and a comparison that is no condition.
    expect(kindOf("Die Betreibung hat er selbst eingeleitet, erzählte er.")).toBe("none");
    expect(kindOf("I'm giving one star because the job took twice as long as quoted.")).toBe(
      "none",
    );
    // A cost or a connection is a threat only when it is the point of the sentence.
    expect(kindOf("Cette critique mensongère vous coûtera cher, croyez-moi.", F)).toBe(
      "retaliation",
    );
    expect(kindOf("L'envoi express vous coûtera cher si vous dépassez le quota.", F)).toBe("none");
    expect(
      kindOf(
        "Word of advice: edit the stars before Monday. I have friends at the licensing board.",
      ),
    ).toBe("retaliation");
    expect(kindOf("I have friends at the chamber of commerce who loved your catering.")).toBe(
      "none",
    );
  });
});

describe("round U's structures", () => {
  const F = { followsReviewOfSender: true };

  it("reads a review returned in kind about the reader as a counter-review, not one returned with praise", () => {
    expect(kindOf("Fine. I'll leave my own review too, about how you pay late.", F)).toBe(
      "retaliation",
    );
    expect(kindOf("Ich schreibe auch eine Bewertung, wie ihr mit Rechnungen umgeht.", F)).toBe(
      "retaliation",
    );
    expect(kindOf("I'll leave a review about how you run projects too, it was great.", F)).toBe(
      "none",
    );
  });

  it("reads a favour granted once a review is removed as leverage, and a refund after a return as business", () => {
    expect(kindOf("Happy to refund you in full as soon as the review is deleted.")).toBe(
      "retaliation",
    );
    expect(kindOf("Kami refund penuh setelah ulasannya dihapus ya.")).toBe("retaliation");
    expect(kindOf("We'll refund the deposit once the courier confirms the return.")).toBe("none");
  });

  it("keeps 'your choice' after a threat in the ultimatum, and as courtesy after a request", () => {
    expect(
      kindOf("Saw the 1 star. Wow. Delete it or I'm emailing all your clients. Your choice."),
    ).toBe("retaliation");
    expect(kindOf("Remove the old review or keep it, your choice.")).toBe("none");
  });

  it("reads a lawyer consulted or sending paperwork as news, and one sent in as a threat", () => {
    expect(
      kindOf("J'ai consulté un avocat pour la création de la société, tout est en ordre."),
    ).toBe("none");
    expect(kindOf("Our lawyer will send you the signed contract tomorrow.")).toBe("none");
    expect(kindOf("Our lawyer will send you a formal notice tomorrow.")).toBe("legal_threat");
    expect(kindOf("Dernier avertissement avant huissier : réglez le solde.")).toBe("legal_threat");
  });
});

describe("round W's structures", () => {
  const F = { followsReviewOfSender: true };

  it("reads a review made to depend on a discount as leverage, in the sentence or the one before", () => {
    expect(kindOf("Whether my rating is good will depend on the discount you offer.")).toBe(
      "retaliation",
    );
    expect(
      kindOf("Iba a dejarte cinco estrellas... pero eso depende del descuento en la factura."),
    ).toBe("retaliation");
    expect(kindOf("Meine Bewertung hängt nicht von einem Rabatt ab, keine Sorge.")).toBe("none");
    expect(
      kindOf("Thanks for the review! The price of phase two depends on the discount.", F),
    ).toBe("none");
  });

  it("keeps a threat after 'don't be surprised' and lets a plain warning about an invoice pass", () => {
    expect(
      kindOf(
        "If the review is still up on Monday, don't be surprised when things get ugly for you.",
      ),
    ).toBe("retaliation");
    expect(kindOf("Jangan kaget kalau tagihannya naik sedikit, ada tambahan halaman.", F)).toBe(
      "none",
    );
  });

  it("reads 'according to the contract' as no report, and 'according to my lawyer' as one", () => {
    expect(kindOf("Si no entregan según el contrato, presentaremos una demanda.")).toBe(
      "legal_threat",
    );
    expect(kindOf("Según mi abogado, no pasa nada si esperamos una semana.")).toBe("none");
  });

  it("reads a debt held by a law firm as a legal threat, and a contract there as news", () => {
    expect(kindOf("Die offene Forderung liegt ab heute bei unserer Kanzlei.")).toBe("legal_threat");
    expect(kindOf("Der Vertragsentwurf liegt gerade bei unserer Kanzlei zur Prüfung.")).toBe(
      "none",
    );
  });
});

describe("round W's deadlines", () => {
  it("reads a deadline set on an imperative removal of a review as an ultimatum, in every language", () => {
    expect(kindOf("Take the review down. You have until Friday.")).toBe("retaliation");
    expect(kindOf("Retirez cet avis. Vous avez jusqu'à vendredi.")).toBe("retaliation");
    expect(kindOf("Löschen Sie das bis heute Abend, danach reden wir.", { reviewId: "r1" })).toBe(
      "retaliation",
    );
    expect(kindOf("Borre la reseña. Tiene hasta el viernes.")).toBe("retaliation");
    expect(kindOf("Hapus ulasannya. Saya kasih waktu sampai Jumat.")).toBe("retaliation");
  });

  it("lets a polite deadline, a deadline on another object and an editing window pass", () => {
    expect(kindOf("Please remove the duplicate review by Friday.")).toBe("none");
    expect(
      kindOf("Thanks for the review! Delete the test account by Friday, we're closing it.", {
        followsReviewOfSender: true,
      }),
    ).toBe("none");
    expect(kindOf("Puede editar su reseña hasta el viernes.")).toBe("none");
  });
});

describe("round AJ's structures", () => {
  it("reads a polite or scheduling 'if' beside legal words as no condition", () => {
    expect(kindOf("Our lawyer went through the lease; let me know if you're happy with it.")).toBe(
      "none",
    );
    expect(
      kindOf("Mi audiencia en el juzgado es el lunes, nos vemos el martes si le viene bien."),
    ).toBe("none");
    expect(
      kindOf("Si la factura no se paga el viernes, nuestro abogado presentará la demanda."),
    ).toBe("legal_threat");
  });

  it("reads something held until a review is removed as a sanction, and a plain handover as none", () => {
    expect(kindOf("You'll get the spare keys once that review is removed.")).toBe("retaliation");
    expect(kindOf("You'll get the spare keys once the inspection is done.")).toBe("none");
    expect(
      kindOf("Die Ersatzschlüssel schicke ich Ihnen, sobald die Bewertung gelöscht ist."),
    ).toBe("retaliation");
  });

  it("reads a dare the speaker backs as a threat, and a question of choice as none", () => {
    expect(
      kindOf("Would you rather pay this week, or receive court papers from my solicitor?"),
    ).toBe("legal_threat");
    expect(kindOf("Would you rather meet on Monday or on Tuesday?")).toBe("none");
    expect(
      kindOf("¿De verdad quieres llevar a tu vecino a juicio por un árbol? Yo lo dejaría."),
    ).toBe("none");
  });

  it("reads the speaker's own threat withdrawn as none, and one repeated as a threat", () => {
    expect(kindOf("I said I'd sue you last week. I take that back, I was angry.")).toBe("none");
    expect(kindOf("I said I'd sue you, and I repeat it: pay the balance by Friday.")).toBe(
      "legal_threat",
    );
  });

  it("reads the small world after a review as a veiled threat, unless the text thanks", () => {
    expect(kindOf("Saw your review. The trade is small round here, everyone knows everyone.")).toBe(
      "retaliation",
    );
    expect(
      kindOf("Thanks for the review! Everyone knows everyone here, see you at the fair.", {
        followsReviewOfSender: true,
      }),
    ).toBe("none");
  });
});
