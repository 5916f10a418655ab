import { describe, expect, it } from "vitest";
import { detectReviewGag } from "./review-gag";

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
});
