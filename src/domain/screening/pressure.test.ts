import { describe, expect, it } from "vitest";
import { screenTextWith } from "./screen-text";
import type { ScreeningContext, ScreeningKind } from "./types";

/** The rules alone, so a learned stage cannot stand in for a rule that was lost. */
const kindOf = (text: string, context?: ScreeningContext) =>
  screenTextWith({ text, context }, null).kind;

const AFTER_REVIEW: ScreeningContext = { followsReviewOfSender: true };
const NOT_REVIEWED: ScreeningContext = { followsReviewOfSender: false };

/** Per family: [text, expected kind, context?]; each threat beside a twin with the same words. */
const CASES: Record<string, [string, ScreeningKind, ScreeningContext?][]> = {
  "going over the reader's head": [
    [
      "I sail with your managing director. I might mention how you speak of suppliers.",
      "retaliation",
      AFTER_REVIEW,
    ],
    [
      "I sail with your managing director. I might mention how much we enjoyed the launch!",
      "none",
      AFTER_REVIEW,
    ],
    ["A contractor wrote that he sails with my director and might mention my review.", "none"],
    [
      "Je dîne souvent avec votre gérante. Je lui parlerai de la façon dont vous traitez vos fournisseurs.",
      "retaliation",
      AFTER_REVIEW,
    ],
    [
      "Pourriez-vous me donner le contact de votre gérante ? Je voudrais agrandir la commande.",
      "none",
    ],
    [
      "Ihre Niederlassungsleiterin kenne ich vom Chor. Ich erzähl ihr gern, wie Sie mit Handwerkern umgehen.",
      "retaliation",
      AFTER_REVIEW,
    ],
    [
      "Su gerente y yo jugamos al pádel. Le voy a comentar cómo trata a sus proveedores.",
      "retaliation",
      AFTER_REVIEW,
    ],
    [
      "Atasan Mas itu teman kuliah saya. Nanti saya ceritakan ke beliau soal ulasan Mas.",
      "retaliation",
      AFTER_REVIEW,
    ],
    ["Keluhan soal jadwal sudah saya sampaikan ke atasan Mas, mohon ditindaklanjuti.", "none"],
  ],
  "something the reader needs, kept until the review changes": [
    ["The certificates stay here until your one-star rating is changed.", "retaliation"],
    ["The certificates stay here until the final payment clears, as the contract says.", "none"],
    ["Je conserve les plans jusqu'à ce que votre note soit modifiée.", "retaliation"],
    ["Die Fotos bekommen Sie erst, wenn Ihre Bewertung gelöscht ist.", "retaliation"],
    ["No le entrego los planos hasta que su reseña desaparezca.", "retaliation"],
    ["Dokumen asli saya pegang sampai ulasan Bapak dihapus.", "retaliation"],
    ["Dokumen asli saya pegang sampai pelunasan, sesuai kontrak.", "none"],
  ],
  "the reader's name passed around a trade": [
    [
      "Since your review, your name is doing the rounds among the florists in town.",
      "retaliation",
      AFTER_REVIEW,
    ],
    ["Your name is doing the rounds among the florists in town: they loved your stall!", "none"],
    [
      "Depuis votre avis, votre nom circule chez tous les fleuristes du quartier.",
      "retaliation",
      AFTER_REVIEW,
    ],
    [
      "Nach Ihrer Rezension macht Ihr Name bei allen Floristen die Runde.",
      "retaliation",
      AFTER_REVIEW,
    ],
    [
      "Desde su reseña, su nombre circula entre todas las floristerías.",
      "retaliation",
      AFTER_REVIEW,
    ],
    ["Sejak ulasan Ibu, nama Ibu beredar di semua toko bunga.", "retaliation", AFTER_REVIEW],
  ],
  "legal escalation handed to counsel, with no review": [
    ["The unpaid retainer goes to our solicitor on Monday.", "legal_threat", NOT_REVIEWED],
    ["Ich gebe die offene Rechnung morgen meiner Anwältin.", "legal_threat"],
    ["Tunggakan ini kami serahkan ke firma hukum kami minggu depan.", "legal_threat"],
    ["Ma sœur a attaqué son garagiste en justice, rien à voir avec vous.", "none"],
  ],
  "a long message whose deciding sentence follows an amount": [
    [
      "Halo Pak Andi,\n\nTagihan akhir Rp 3.400.000. Kalau sampai hari Rabu belum lunas, saya kasih bintang satu di Accord.\n\nSalam",
      "retaliation",
    ],
    [
      "Halo Pak Andi,\n\nTagihan akhir Rp 3.400.000. Kalau sudah sampai, mohon dikabari.\n\nSalam",
      "none",
    ],
    [
      "Guten Tag,\n\ndie Rechnung über 2.150 € ist offen. Wenn Sie nicht zahlen, bekommen Sie von mir ein Review mit einem Stern.\n\nGruß",
      "retaliation",
    ],
  ],
};

describe("pressure in plain words (round AQ)", () => {
  it.each(Object.entries(CASES))("reads %s, and its harmless twins", (_family, cases) => {
    for (const [text, kind, context] of cases) {
      expect(kindOf(text, context), text).toBe(kind);
    }
  });
});
