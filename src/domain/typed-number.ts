/**
 * Numbers as people type them, read in the format of the language they typed in: "1,000.50"
 * in English, "1 000,50" in French, "1.000,50" in German. Pure (Intl is no I/O).
 */

export interface NumberSeparators {
  decimal: string;
  group: string;
}

/** The locale's decimal and grouping characters, e.g. "," and "." in German. */
export function numberSeparators(locale: string): NumberSeparators {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
    group: parts.find((part) => part.type === "group")?.value ?? ",",
  };
}

/**
 * What a typed number says, as digit strings (no floating point on the way), or why it says
 * nothing: `unreadable` (not a number) or `ambiguous` (separators another language reads
 * differently, such as "1,5" in English or "1.5" in French, which a person may well have meant
 * as one and a half): refused rather than guessed.
 */
export type TypedNumber =
  | { ok: true; isNegative: boolean; whole: string; fraction: string }
  | { ok: false; problem: "unreadable" | "ambiguous" };

/** Every kind of space, which some locales group digits with and people type as ordinary ones. */
const SPACES = /[\s\u00a0\u202f]/g;
/** Characters some language uses to group digits or to mark decimals. */
const SEPARATORS = new Set([",", ".", "'", "\u2019", "\u066b", "\u066c"]);

/**
 * Reads `text` by the locale's separators: the decimal one at most once; the grouping one, or
 * spaces of any kind, only between groups of three digits after a first group of one to three
 * that does not start with zero ("0,500" is no five hundred). Any other separator, or the
 * grouping one in the wrong place, is `ambiguous`; a space in the wrong place ("1 5") is
 * `unreadable`; a leading minus (or "−") is read when `allowsNegative`.
 */
export function readTypedNumber(
  text: string,
  separators: NumberSeparators,
  options: { allowsNegative: boolean },
): TypedNumber {
  let rest = text.replace(SPACES, " ").trim();
  const sign = /^[-\u2212]/.exec(rest);
  if (sign) {
    if (!options.allowsNegative) return { ok: false, problem: "unreadable" };
    rest = rest.slice(1).trimStart();
  }
  const { decimal } = separators;
  const group = separators.group.replace(SPACES, " ");
  let hasForeignSeparator = false;
  for (const char of rest) {
    if (/\d/.test(char) || char === decimal || char === group || char === " ") continue;
    if (!SEPARATORS.has(char)) return { ok: false, problem: "unreadable" };
    hasForeignSeparator = true;
  }
  if (!/\d/.test(rest)) return { ok: false, problem: "unreadable" };
  if (hasForeignSeparator) return { ok: false, problem: "ambiguous" };
  const [whole = "", fraction = "", ...more] = rest.split(decimal);
  if (more.length > 0) return { ok: false, problem: "ambiguous" };
  if (fraction.includes(" ")) return { ok: false, problem: "unreadable" };
  if (group !== "" && fraction.includes(group)) return { ok: false, problem: "ambiguous" };
  const hasSpaces = whole.includes(" ");
  const hasGroups = group !== " " && group !== "" && whole.includes(group);
  if (hasSpaces && (hasGroups || !isGroupedBy(whole, " "))) {
    return { ok: false, problem: "unreadable" };
  }
  if (hasGroups && !isGroupedBy(whole, group)) return { ok: false, problem: "ambiguous" };
  const digits = whole.split(hasSpaces ? " " : group).join("");
  if (!/^\d*$/.test(digits) || !/^\d*$/.test(fraction)) return { ok: false, problem: "unreadable" };
  return { ok: true, isNegative: sign !== null, whole: digits, fraction };
}

/** "1,000" or "12 345 678": groups of three after a first group that is a number's start. */
function isGroupedBy(whole: string, group: string): boolean {
  return new RegExp(`^[1-9]\\d{0,2}(?:${escaped(group)}\\d{3})+$`).test(whole);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A typed number's value (`readTypedNumber`'s `ok` reading) as a JavaScript number. */
export function valueOfTypedNumber(reading: {
  isNegative: boolean;
  whole: string;
  fraction: string;
}): number {
  const value = Number(`${reading.whole || "0"}.${reading.fraction || "0"}`);
  return reading.isNegative ? -value : value;
}
