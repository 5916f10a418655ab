import { francAll } from "franc-min";
import { execAll } from "./compile";
import type { ScreeningLanguage } from "./types";

const FRANC_CODES: Record<string, ScreeningLanguage> = {
  eng: "en",
  fra: "fr",
  deu: "de",
  spa: "es",
  ind: "id",
};
const ONLY = Object.keys(FRANC_CODES);

/**
 * Function words that are frequent in one language and rare in the other four (after
 * normalisation). They decide short texts, where trigram statistics are unreliable, and
 * steady franc on mixed texts such as Indonesian with English loanwords ("review", "refund").
 * Each list holds the informal and chat forms too, which trigram statistics learned from
 * formal text do not know.
 */
const FUNCTION_WORDS: Record<ScreeningLanguage, string> = {
  en: "the you your and will we is of to or my it this not if i me that with be are for have please ll re ve our would now just can what get",
  fr: "le la les vous votre nous et est une des pas je ne sur mon que ou si avec sinon du il elle au aux ce cette sont pour dans par mais donc l j n qu c notre qui ca",
  de:
    "der die das und sie ihre wir nicht ich ist ein eine wenn oder mit sonst werden mein uns auf zu sind dass auch bitte ihr ihnen uber fur noch " +
    // Austrian and Bavarian speech: "nimm des zruck, sonst gibts Ärger, des sag i dir".
    "ned net oida gibts zruck nimmer gell",
  es: "el la los las que usted su y es una no si o por con mi nos te lo para del pero esta muy gracias nuestro le se porque",
  id:
    "saya anda kami dan yang tidak akan ini itu jika kalau atau dengan untuk kamu di ke dari sudah aku tapi bisa kita terima kasih ada juga mau belum " +
    // Informal Jakarta register and chat shorthand: "gue tau rumah lo", "udah", "skrg".
    "gue gw lu lo bikin aja nggak gak ga udah kalo sih deh dong banget yg tdk sdh blm skrg dmn kok gimana nih tuh biar",
};

const WORD_LANGUAGES = new Map<string, ScreeningLanguage[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS) as [ScreeningLanguage, string][]) {
  for (const word of words.split(" "))
    WORD_LANGUAGES.set(word, [...(WORD_LANGUAGES.get(word) ?? []), language]);
}

const WORD = /[a-z]+/g;

function functionWordVotes(normalised: string): Record<ScreeningLanguage, number> {
  const votes: Record<ScreeningLanguage, number> = { en: 0, fr: 0, de: 0, es: 0, id: 0 };
  for (const match of execAll(WORD, normalised)) {
    const languages = WORD_LANGUAGES.get(match[0]);
    if (languages) for (const language of languages) votes[language] += 1 / languages.length;
  }
  return votes;
}

/**
 * The language of a text, always one of the five: franc's trigram scores restricted to them,
 * plus a vote of function words, which alone decides texts too short for trigrams. A text
 * with no clue at all is read as English.
 */
export function identifyLanguage(original: string, normalised: string): ScreeningLanguage {
  const votes = functionWordVotes(normalised);
  const ranked = (Object.keys(votes) as ScreeningLanguage[]).sort((a, b) => votes[b] - votes[a]);
  const [first, second] = [votes[ranked[0]!], votes[ranked[1]!]];
  // A clear lead in function words settles it; trigrams (the slow part) decide the rest.
  if (first >= 3 && first >= 2 * second) return ranked[0]!;
  const scores: Record<ScreeningLanguage, number> = { ...votes };
  const letters = normalised.replace(/[^a-z]/g, "").length;
  if (letters >= 20) {
    // Trigram scores run 0..1 relative to the best; a function word counts for a fifth.
    for (const [code, score] of francAll(original.slice(0, 160), { only: ONLY, minLength: 1 })) {
      const language = FRANC_CODES[code];
      if (language) scores[language] = votes[language] * 0.2 + score * 1.2;
    }
  }
  let best: ScreeningLanguage = first > 0 ? ranked[0]! : "en";
  for (const language of ranked) {
    if (scores[language] > scores[best]) best = language;
  }
  return best;
}
