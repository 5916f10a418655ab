import { describe, expect, it } from "vitest";
import { hasBlockingFinding } from "../findings";
import { checkFairTerms } from "./fair-terms-check";
import { detectReviewGag, findReviewGag, normaliseClause } from "./review-gag";
import { LABELLED_CLAUSES, scoreGagDetector } from "./review-gag.corpus";
import { GAG_LANGUAGES } from "./review-gag-lexicons";

describe("review gag detection", () => {
  it.each([
    ["en", "The Client agrees to a mutual non-disparagement obligation for 5 years."],
    [
      "en",
      "The Client shall not post or publish any negative review of the Provider on any platform.",
    ],
    [
      "en",
      "Any negative online review by the Client will incur a fee of USD 500 as liquidated damages.",
    ],
    ["en", "The Client must remove any review of the Provider within 48 hours of request."],
    [
      "en",
      "The Client assigns all copyright in any review or testimonial about the Provider to the Provider.",
    ],
    ["fr", "Le client s’engage à ne publier aucun avis négatif sur le prestataire."],
    ["fr", "Clause de non-dénigrement : le client s’abstient de tout dénigrement du prestataire."],
    ["fr", "Tout avis négatif publié par le client entraînera une pénalité de 1 000 €."],
    [
      "de",
      "Der Kunde verpflichtet sich, keine negativen Bewertungen über den Dienstleister zu veröffentlichen.",
    ],
    ["de", "Negative Bewertungen im Internet sind untersagt und lösen eine Vertragsstrafe aus."],
    ["de", "Der Kunde wird den Dienstleister nicht verunglimpfen."],
    [
      "es",
      "El cliente se compromete a no publicar reseñas negativas sobre el prestador de servicios.",
    ],
    ["es", "Cláusula de no denigración: el cliente no denigrará al prestador."],
    ["es", "Las opiniones negativas están prohibidas y darán lugar a una multa."],
    [
      "id",
      "Klien tidak boleh memberikan ulasan negatif tentang penyedia layanan di platform mana pun.",
    ],
    ["id", "Klien dilarang menjelekkan penyedia layanan di media sosial."],
    ["id", "Ulasan negatif dari klien akan dikenakan denda sebesar Rp 5.000.000."],
  ])("flags a gag clause written in %s", (language, clause) => {
    expect(detectReviewGag(clause)).toBe(language);
  });

  it.each([
    "The Client will review each deliverable within 5 working days against its acceptance criteria.",
    "Both parties may publish an honest review of the engagement once it ends.",
    "The Provider shall not publish the Client's source code or confidential data.",
    "Le client évalue chaque livrable dans un délai de 5 jours ouvrés et donne son avis par écrit.",
    "Der Kunde prüft jede Lieferung innerhalb von 5 Arbeitstagen (Bewertung der Lieferung).",
    "El cliente revisará cada entregable y podrá dejar su opinión honesta al final del encargo.",
    "Klien akan meninjau setiap hasil kerja dalam 5 hari kerja sesuai kriteria penerimaan.",
  ])("leaves a harmless clause alone: %s", (clause) => {
    expect(detectReviewGag(clause)).toBeUndefined();
  });

  it.each([
    ["fr", "Le client s’interdit de publier tout avis négatif sur le prestataire."],
    ["fr", "Le client ne publiera aucun avis sur le prestataire."],
    ["fr", "Il est interdit au client de laisser un commentaire sur le prestataire."],
    ["de", "Es ist dem Kunden untersagt, Bewertungen über den Dienstleister abzugeben."],
    ["es", "Queda prohibido al cliente publicar reseñas sobre el prestador."],
    ["id", "Klien dilarang memberikan ulasan tentang penyedia layanan."],
    [
      "en",
      "The Client shall obtain the Provider's prior written approval of any review, testimonial or public statement about the Provider.",
    ],
  ])(
    "flags reflexive, impersonal and future prohibitions and pre-approval (%s)",
    (language, clause) => {
      expect(detectReviewGag(clause)).toBe(language);
    },
  );

  it("explains a finding by the phrases it matched, after normalising elisions", () => {
    expect(normaliseClause("Le client s’interdit d’écrire l’avis")).toBe(
      "le client se interdit de ecrire le avis",
    );
    expect(findReviewGag("Le client s'interdit de publier tout avis négatif.")).toEqual({
      language: "fr",
      kind: "review_restriction",
      phrases: ["interdit", "avis"],
    });
    expect(findReviewGag("Le client ne publiera aucun avis.")).toMatchObject({
      phrases: ["ne", "publiera", "avis"],
    });
    expect(findReviewGag("The Client must delete any review on request.")).toMatchObject({
      kind: "review_removal",
      phrases: ["delete", "review"],
    });
  });

  it("tells a story about a review from a clause against reviews", () => {
    const story =
      "Il y a eu une histoire à propos d'un client qui a publié un avis négatif sur un produit et qui a été menacé d'une lettre de «cesser et de s'abstenir» du fournisseur.";
    expect(findReviewGag(story)).toBeUndefined();
  });

  it("reaches full precision and recall on the labelled clauses, at least 30 in each language", () => {
    expect(LABELLED_CLAUSES.length).toBeGreaterThanOrEqual(150);
    const scores = scoreGagDetector(LABELLED_CLAUSES, (text) => findReviewGag(text) !== undefined);
    expect(scores.map((s) => s.language).sort()).toEqual([...GAG_LANGUAGES].sort());
    for (const score of scores) {
      expect(score.clauses).toBeGreaterThanOrEqual(30);
      expect(score.misses).toEqual([]);
      expect(score.precision).toBe(1);
      expect(score.recall).toBe(1);
    }
  });

  it("keeps a fair confidentiality clause signable in every language", () => {
    const clauses = [
      "The Provider shall not disclose the Client's trade secrets to any third party.",
      "Le prestataire s’interdit de divulguer les secrets d’affaires et les données personnelles du client.",
      "Es ist dem Dienstleister untersagt, Geschäftsgeheimnisse des Kunden an Dritte weiterzugeben.",
      "Queda prohibido al prestador divulgar los secretos comerciales del cliente.",
      "Penyedia layanan dilarang mengungkapkan rahasia dagang klien kepada pihak ketiga.",
    ];
    for (const text of clauses) {
      const findings = checkFairTerms(
        {
          scope: "Shop",
          deliverables: [
            {
              id: "d1",
              title: "Shop",
              description: "",
              criteria: [{ id: "c1", statement: "Pays", verification: "Test purchase" }],
              revisionLimit: 2,
              milestoneId: "m1",
              coversMustHaveIds: [],
            },
          ],
          milestones: [{ id: "m1", title: "Launch", dueDate: "2027-02-15", amountMinor: 100_000 }],
          clientResponsibilities: [{ id: "r1", what: "Photos", dueDate: null }],
          providerResponsibilities: [],
          methodology: "",
          cadence: { checkInEveryDays: 7, channels: [] },
          responseTimes: { clientHours: 48, providerHours: 48 },
          remuneration: {
            model: "fixed",
            currency: "EUR",
            amountMinor: 100_000,
            rateMinor: null,
            estimatedEffort: null,
            retainerPeriod: null,
          },
          paymentTermsDays: 30,
          statutoryLateInterest: true,
          changeControl: { isAmendmentRequired: true, acknowledgementBelowMinor: null },
          reviewWindowDays: 10,
          hasDeemedAcceptance: true,
          noticePeriodDays: 30,
          handOverDuties: [],
          disputeLadder: ["negotiation", "mediation"],
          additionalClauses: [{ id: "x", text }],
          isFloorWaived: false,
        },
        null,
      );
      expect(findings.map((f) => f.code)).not.toContain("review_gag_clause");
      expect(hasBlockingFinding(findings)).toBe(false);
    }
  });
});
