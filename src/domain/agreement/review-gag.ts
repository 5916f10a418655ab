import { foldText } from "../findings";

/**
 * Phrases that restrict, penalise or take rights in honest reviews, in the five interface
 * languages, matched on folded text (lower case, no accents). Each pattern needs a restriction
 * *and* a public-review object, so "the client reviews each deliverable within 5 days" — an
 * evaluation, not a public review — is not caught.
 */
const GAG_PATTERNS: { language: string; pattern: RegExp }[] = [
  // English
  {
    language: "en",
    pattern:
      /\bnon[- ]?disparage?ment\b|\bshall not disparage\b|\b(not|never|refrain from)\b.{0,40}\bdisparag/,
  },
  {
    language: "en",
    pattern:
      /\b(shall|will|may|must) not\b.{0,60}\b(post|publish|write|leave|share|submit)\b.{0,40}\b(review|rating|testimonial)s?\b/,
  },
  {
    language: "en",
    pattern:
      /\b(negative|unfavou?rable|critical|bad) (online )?(review|rating|feedback|comment)s?\b.{0,80}\b(prohibited|forbidden|not permitted|penalt|fine|fee|liable|damages|breach)/,
  },
  {
    language: "en",
    pattern: /\b(remove|delete|withdraw|take down)\b.{0,40}\b(review|rating|testimonial)s?\b/,
  },
  {
    language: "en",
    pattern:
      /\b(assign|transfer)s?\b.{0,60}\b(copyright|rights?)\b.{0,40}\b(review|rating|testimonial)s?\b/,
  },
  // French
  {
    language: "fr",
    pattern:
      /\bnon[- ]denigrement\b|\bs'abstenir de (tout )?denigr|\bne (pas |jamais )?denigrer\b|\bclause de denigrement\b/,
  },
  {
    language: "fr",
    pattern:
      /\b(ne|n')\s?(pas|jamais|aucun)?.{0,40}\b(publier|poster|laisser|rediger|diffuser)\b.{0,40}\b(avis|evaluation)s?\b/,
  },
  {
    language: "fr",
    pattern:
      /\b(avis|commentaire|evaluation)s? (negatifs?|defavorables?)\b.{0,80}\b(interdit|penalite|amende|indemnit|dommages)/,
  },
  { language: "fr", pattern: /\b(retirer|supprimer)\b.{0,40}\b(avis|commentaire|evaluation)s?\b/ },
  // German
  {
    language: "de",
    pattern:
      /\bverunglimpf|\bherabsetz|\bnicht (oeffentlich |offentlich )?(schlecht|negativ) (zu )?(aeussern|aussern|uber|ueber)/,
  },
  {
    language: "de",
    pattern:
      /\bkeine\b.{0,40}\b(negativen?|schlechten?|oeffentlichen?|offentlichen?)?\s?(bewertung|rezension|erfahrungsbericht|kommentar)en?\b.{0,60}\b(veroffentlich|veroeffentlich|abgeben|posten|schreiben|verfassen)/,
  },
  {
    language: "de",
    pattern:
      /\b(negative|schlechte) (bewertung|rezension)en?\b.{0,80}\b(untersagt|verboten|vertragsstrafe|schadensersatz|unzulassig)/,
  },
  {
    language: "de",
    pattern: /\b(bewertung|rezension)en?\b.{0,40}\b(loschen|loeschen|zuruckziehen|entfernen)\b/,
  },
  // Spanish
  {
    language: "es",
    pattern:
      /\bno (menospreciar|desprestigiar|denigrar)|\bclausula de no (denigracion|menosprecio)|\bno denigracion\b/,
  },
  {
    language: "es",
    pattern:
      /\bno\b.{0,40}\b(publicar|escribir|dejar|compartir|difundir)\b.{0,40}\b(resenas?|opiniones?|valoraciones?|calificaciones?)\b/,
  },
  {
    language: "es",
    pattern:
      /\b(resenas?|opiniones?|valoraciones?) (negativas?|desfavorables?)\b.{0,80}\b(prohibid|penalizac|multa|indemniz|danos)/,
  },
  {
    language: "es",
    pattern: /\b(retirar|eliminar|borrar)\b.{0,40}\b(resenas?|opiniones?|valoraciones?)\b/,
  },
  // Indonesian
  {
    language: "id",
    pattern:
      /\b(tidak|dilarang|tidak boleh|tidak akan)\b.{0,40}\b(menjelekkan|merendahkan|mencemarkan)/,
  },
  {
    language: "id",
    pattern:
      /\b(tidak boleh|dilarang|tidak akan|tidak diperbolehkan)\b.{0,40}\b(memberikan|menulis|memposting|mempublikasikan|menerbitkan|membagikan)\b.{0,40}\b(ulasan|review|penilaian|testimoni)\b/,
  },
  {
    language: "id",
    pattern: /\bulasan (negatif|buruk)\b.{0,80}\b(dilarang|denda|sanksi|ganti rugi|penalti)/,
  },
  {
    language: "id",
    pattern: /\b(menghapus|mencabut|menarik)\b.{0,40}\b(ulasan|review|penilaian|testimoni)\b/,
  },
];

/** The language of the first gag pattern a clause matches, or undefined for a fair clause. */
export function detectReviewGag(text: string): string | undefined {
  const folded = foldText(text);
  return GAG_PATTERNS.find(({ pattern }) => pattern.test(folded))?.language;
}
