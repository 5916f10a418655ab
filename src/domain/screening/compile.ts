import type { Lexicon } from "./lexicon/lexicon";

export type CompiledLexicon = { [K in keyof Lexicon]: RegExp };

/** One expression per list; a match starts and ends on a word edge of the normalised text. */
function compileList(sources: string[]): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${sources.join("|")})(?![a-z0-9])`, "g");
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const compiled = {} as Record<keyof Lexicon, RegExp>;
  for (const key of Object.keys(lexicon) as (keyof Lexicon)[]) {
    compiled[key] = compileList(lexicon[key]);
  }
  return compiled;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Every match of `pattern` (a global expression) in `text`: what `matchAll` gives, read with
 * `exec` on the expression itself, whose `lastIndex` is put back. `matchAll` copies the
 * expression on every call, and with the lexicons' expressions (kilobytes of source each) the
 * copy cost ten times the search on a short text: most of a message's screening.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError("execAll needs a global expression");
  const found: RegExpExecArray[] = [];
  const from = pattern.lastIndex;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push(match);
      if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern);
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

/** Past an empty match, as `matchAll` steps: one code unit, or a code point in unicode mode. */
function nextIndex(text: string, index: number, pattern: RegExp): number {
  const isUnicode = pattern.unicode || pattern.flags.includes("v");
  if (!isUnicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  const isPair = lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff;
  return isPair ? index + 2 : index + 1;
}

/** Every match of `pattern` (a global expression) in `text`, as spans. */
export function findAll(pattern: RegExp, text: string): Span[] {
  return execAll(pattern, text).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** Whether `pattern` matches anywhere in `text`. */
export function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
