import {
  numberSeparators,
  readTypedNumber,
  valueOfTypedNumber,
} from "../../../domain/typed-number";
import type { AppMessageKey } from "../i18n/messages";
import { readDecimalInput, readMoneyInput, type DecimalReading } from "../lib/money";
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
 * `form.number.invalid`; one whose separators another language reads differently ("1,5" in
 * English) with `form.number.ambiguous`, never guessed. A noted value reads as 0, so the rest
 * of the body is still checked.
 */
export class TypedText {
  readonly issues: TypedTextIssue[] = [];

  constructor(readonly locale: string) {}

  private read(path: string, text: string, reading: DecimalReading, key: AppMessageKey): number {
    if (text.trim() === "") this.issues.push({ code: "custom", path: pathOf(path), input: "" });
    else if ("problem" in reading) {
      const params =
        reading.problem === "ambiguous"
          ? { key: "form.number.ambiguous", values: { example: this.example() } }
          : { key };
      this.issues.push({ code: "custom", path: pathOf(path), input: text, params });
    }
    return "value" in reading ? reading.value : 0;
  }

  /** 1234.5 as this locale writes it: "1,234.5", "1 234,5", "1.234,5". */
  private example(): string {
    return new Intl.NumberFormat(this.locale).format(1234.5);
  }

  /** Minor units of an amount of `currency`. */
  amount(path: string, text: string, currency: string): number {
    return this.read(path, text, readMoneyInput(text, currency, this.locale), "money.invalid");
  }

  /** An integer of `digits` decimal places: a quantity in thousandths, a rate in basis points. */
  decimal(path: string, text: string, digits: number): number {
    return this.read(
      path,
      text,
      readDecimalInput(text, this.locale, digits),
      "form.number.invalid",
    );
  }

  /** A plain number (hours a week, days, a goal's baseline), negative ones included. */
  number(path: string, text: string): number {
    const reading = readTypedNumber(text, numberSeparators(this.locale), { allowsNegative: true });
    return this.read(
      path,
      text,
      reading.ok ? { value: valueOfTypedNumber(reading) } : { problem: reading.problem },
      "form.number.invalid",
    );
  }
}
