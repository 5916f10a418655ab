/**
 * A finding of one of the checks (brief clarity, proposal feasibility, fair terms): a stable
 * code, how serious it is, where it points, and the values its localised message needs.
 * The message and its cited reason live in the catalogues under the code.
 */
export interface Finding<Code extends string = string> {
  code: Code;
  /**
   * `blocking` stops the action (publish, send, sign); `serious` lets it go on but must be
   * seen, and sometimes acknowledged, first; `warning` advises.
   */
  severity: "blocking" | "serious" | "warning";
  /** Dotted path of the field concerned, e.g. `deliverables.0.criteria.1`; empty for the whole. */
  path: string;
  values?: Record<string, MessageValue>;
}

/** An amount in minor units of its currency; a reader sees it as money in their language. */
export interface MoneyValue {
  minor: number;
  currency: string;
}

/** A calendar day (YYYY-MM-DD); a reader sees it as a date in their language. */
export interface DayValue {
  day: string;
}

/** A moment (ISO 8601, UTC); a reader sees its day and time in their language, in UTC. */
export interface InstantValue {
  instant: string;
}

/** A language (BCP 47 code); a reader sees its name in their language. */
export interface LanguageValue {
  language: string;
}

/** A share in basis points (1050 = 10.5 %); a reader sees it as a percentage. */
export interface ShareValue {
  basisPoints: number;
}

/** A size in bytes; a reader sees it in the largest unit that keeps it at 1 or more. */
export interface SizeValue {
  bytes: number;
}

/** A measured quantity in its unit ("%" or a word such as "orders"), as a goal measures it. */
export interface MeasureValue {
  measure: number;
  unit: string;
}

/**
 * A value a message shows. Money, days, languages, shares, sizes and measures say what they
 * are, so whoever puts the message into words (the HTTP edge, an e-mail, a PDF) formats them
 * by type, never by the value's name.
 */
export type MessageValue =
  | string
  | number
  | MoneyValue
  | DayValue
  | InstantValue
  | LanguageValue
  | ShareValue
  | SizeValue
  | MeasureValue;

export function money(minor: number, currency: string): MoneyValue {
  return { minor, currency };
}

export function day(isoDate: string): DayValue {
  return { day: isoDate };
}

export function instant(at: Date): InstantValue {
  return { instant: at.toISOString() };
}

export function language(code: string): LanguageValue {
  return { language: code };
}

export function share(basisPoints: number): ShareValue {
  return { basisPoints };
}

export function size(bytes: number): SizeValue {
  return { bytes };
}

export function measure(quantity: number, unit: string): MeasureValue {
  return { measure: quantity, unit };
}

export function hasBlockingFinding(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "blocking");
}

/** Lower-cases and strips accents, so rules match "Dénigrement" and "denigrement" alike. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
