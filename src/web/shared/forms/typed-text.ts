import type { AppMessageKey } from "../i18n/messages";
import { parseDecimalInput, parseMoneyInput } from "../lib/money";
import type { IssueLike } from "./issue-message";

/** A problem found while reading what was typed, at the contract's path of the value. */
export interface TypedTextIssue extends IssueLike {
  code: "custom";
  path: (string | number)[];
  input: string;
}

function pathOf(path: string): (string | number)[] {
  return path.split(".").map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

/**
 * Reads numbers as people type them (in their locale's format) into the integers a contract
 * takes, and notes each value it could not read at the contract's path: `lines.0.unitPriceMinor`.
 * An empty text is noted as missing; an unreadable one with `money.invalid` or
 * `form.number.invalid`. A noted value reads as 0, so the rest of the body is still checked.
 */
export class TypedText {
  readonly issues: TypedTextIssue[] = [];

  constructor(readonly locale: string) {}

  private read(path: string, text: string, value: number | null, key: AppMessageKey): number {
    if (text.trim() === "") this.issues.push({ code: "custom", path: pathOf(path), input: "" });
    else if (value === null)
      this.issues.push({ code: "custom", path: pathOf(path), input: text, params: { key } });
    return value ?? 0;
  }

  /** Minor units of an amount of `currency`. */
  amount(path: string, text: string, currency: string): number {
    return this.read(path, text, parseMoneyInput(text, currency, this.locale), "money.invalid");
  }

  /** An integer of `digits` decimal places: a quantity in thousandths, a rate in basis points. */
  decimal(path: string, text: string, digits: number): number {
    return this.read(
      path,
      text,
      parseDecimalInput(text, this.locale, digits),
      "form.number.invalid",
    );
  }

  /** A plain number (hours a week, days). */
  number(path: string, text: string): number {
    const value = Number(text.trim().replace(",", "."));
    return this.read(path, text, Number.isFinite(value) ? value : null, "form.number.invalid");
  }
}
