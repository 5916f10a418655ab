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

/** Every match of `pattern` in `text`, as spans. */
export function findAll(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return spans;
}

/** Whether `pattern` matches anywhere in `text`. */
export function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
