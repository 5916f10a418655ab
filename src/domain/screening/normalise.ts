/**
 * A normalised copy of a text for matching: lower case, accents and umlauts folded (ß as ss),
 * typographic quotes and apostrophes unified, and elisions split ("l'avis" → "l avis",
 * "won't" → "won t") so lexicons match whole words. `origin[i]` is the index in the original
 * text of normalised character i, so evidence can quote the sender's own words.
 */
export interface NormalisedText {
  text: string;
  origin: number[];
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = new Set(["'", "’", "ʼ", "‘", "`", "´"]);
const DOUBLE_QUOTES = new Set(["«", "»", "“", "”", "„", "‟", "〝", "〞"]);

/** Memo of single-character foldings: most texts reuse a few dozen characters. */
const folded = new Map<string, string>();

function foldChar(char: string): string {
  let result = folded.get(char);
  if (result === undefined) {
    if (APOSTROPHES.has(char)) result = " ";
    else if (DOUBLE_QUOTES.has(char)) result = '"';
    else if (char === "ß") result = "ss";
    else if (char === "\u00a0" || char === "\t") result = " ";
    else if (char === "–" || char === "—" || char === "-") result = " ";
    else result = char.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
    folded.set(char, result);
  }
  return result;
}

export function normaliseText(original: string): NormalisedText {
  let text = "";
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const piece = foldChar(original[i]!);
    text += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  return { text, origin };
}

/** The original words behind a normalised span [start, end). */
export function originalSpan(original: string, norm: NormalisedText, start: number, end: number) {
  const from = norm.origin[start] ?? 0;
  const to = norm.origin[Math.max(start, end - 1)] ?? original.length - 1;
  return original.slice(from, to + 1).trim();
}
