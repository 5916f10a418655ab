import { describe, expect, it } from "vitest";
import { screenTextWith } from "./screen-text";
import type { ScreeningContext, ScreeningKind } from "./types";

/** The rules alone, so a learned stage cannot stand in for a rule that was lost. */
const kindOf = (text: string, context?: ScreeningContext) =>
  screenTextWith({ text, context }, null).kind;

const AFTER_REVIEW: ScreeningContext = { followsReviewOfSender: true };

/** Per family: [text, expected kind, context?]; each threat beside a twin with the same words. */
const CASES: Record<string, [string, ScreeningKind, ScreeningContext?][]> = {
  "a review tied to money in a polite or casual tone": [
    [
      "About the packing surcharge: the review we post will obviously reflect how it gets sorted out.",
      "retaliation",
    ],
    ["Our review will reflect the whole renovation, thanks again for everything!", "none"],
    [
      "die Extrakosten fürs Material versteh ich nicht. die Sterne sind ja noch offen, oder?",
      "retaliation",
    ],
    ["Die Sterne sind noch offen, ich bewerte, wenn alles fertig ist.", "none"],
    [
      "el recargo del envío no me parece. ya tenía la reseña de 5 estrellas, ahora no sé",
      "retaliation",
    ],
  ],
  "a third party placed to hear about the reader's review": [
    [
      "Mon frère dirige les achats chez votre plus gros client. Il sera curieux de lire ce que vous écrivez sur vos clients.",
      "retaliation",
      AFTER_REVIEW,
    ],
    [
      "Mon frère dirige les achats chez Lumex et cherche un traiteur. Je peux lui donner votre numéro ?",
      "none",
    ],
  ],
  "a service reconsidered right after the reader's review": [
    [
      "Ulasan Ibu sudah diteruskan ke manajemen. Jadwal servis untuk rumah Ibu sedang ditinjau ulang.",
      "retaliation",
    ],
    ["Jadwal servis untuk rumah Ibu sedang ditinjau ulang karena teknisi kami cuti.", "none"],
    [
      "We read your review and we're sorry. Our delivery process is being reviewed so it doesn't happen again.",
      "none",
    ],
  ],
  "sarcasm about the reader's review, then a harm": [
    [
      "Qué bonita tu reseña. Lástima que tu perfil vaya a cambiar cuando tus antiguos clientes empiecen a opinar.",
      "retaliation",
      AFTER_REVIEW,
    ],
    ["Qué bonita tu reseña, ¡muchas gracias! Nos alegró el día.", "none", AFTER_REVIEW],
  ],
  "legal escalation made indirectly": [
    [
      "I've cc'd our solicitor, Ms. Reyes, on the unpaid balance for the extension.",
      "legal_threat",
    ],
    ["I've cc'd our solicitor, Ms. Reyes, who is drafting the new lease.", "none"],
    [
      "Die Beschwerde bei der Schlichtungsstelle ist schon geschrieben. Abgeschickt ist sie noch nicht, das hängt von Ihnen ab.",
      "legal_threat",
    ],
    [
      "Den Förderantrag habe ich schon ausgefüllt, abgeschickt ist er noch nicht, das hängt von Ihrem Angebot ab.",
      "none",
    ],
    [
      "Unsere Anwältin bereitet gerade die Vertragsübernahme vor, bitte unterschreiben Sie, wenn sie kommt.",
      "none",
    ],
  ],
};

describe("threats left implied (round AM)", () => {
  it.each(Object.entries(CASES))("reads %s, and its harmless twins", (_family, cases) => {
    for (const [text, kind, context] of cases) {
      expect(kindOf(text, context), text).toBe(kind);
    }
  });
});
