import type { MessageValue } from "../../domain/findings";
import { formatMessageValues } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import type { MessageKey } from "../../i18n/messages/en";
import { translate } from "../../i18n/translate";

/**
 * A message a use-case means, not yet in anyone's language: its catalogue key and its values,
 * typed (money as `{ minor, currency }`, days as `{ day }`…). Use-cases put these where a
 * response carries text; the HTTP edge (`sendResult`) puts every one into the reader's
 * language once, as it does a failure's message.
 */
export class Wording {
  constructor(
    readonly key: MessageKey,
    readonly values: Readonly<Record<string, MessageValue | Date>> = {},
  ) {}
}

export function wording(
  key: MessageKey,
  values?: Readonly<Record<string, MessageValue | Date>>,
): Wording {
  return new Wording(key, values);
}

/**
 * A value with every `Wording` in it replaced by the text it becomes: what `wordAll` makes of
 * a use-case's value, and so what leaves through the contract's schema.
 */
export type Worded<T> = T extends Wording
  ? string
  : T extends Date | Buffer
    ? T
    : T extends object
      ? { [K in keyof T]: Worded<T[K]> }
      : T;

/**
 * `T` as a use-case answers it: the text fields named `K`, at any depth, may carry a `Wording`
 * until the edge words them; every other field (ids, codes) keeps its type.
 */
export type Unworded<T, K extends string> = T extends Date | Buffer
  ? T
  : T extends object
    ? { [P in keyof T]: P extends K ? T[P] | Wording : Unworded<T[P], K> }
    : T;

/** One message in the reader's language. */
export function wordOne(locale: Locale, message: Wording): string {
  return translate(locale, message.key, formatMessageValues(locale, message.values));
}

/**
 * The response with every `Wording` in it put into the reader's language. Only arrays and
 * plain objects are walked, and they are copied only where something changed.
 */
export function wordAll<T>(locale: Locale, value: T): Worded<T> {
  return wordValue(locale, value) as Worded<T>;
}

/** Shared values built without any `Wording`, left unwalked by `wordAll`. */
const WORDLESS = new WeakSet<object>();

/**
 * Marks a frozen value that holds no `Wording`, so `wordAll` skips it: a value shared by many
 * replies (an engagement's abilities, the same object on every row of a list page), or a reply
 * whose contract has no message text at all (the engagement list), frozen at its top.
 */
export function markWordless<T extends object>(value: Readonly<T>): Readonly<T> {
  if (!Object.isFrozen(value))
    throw new Error("only a frozen value can be known to hold no wording");
  WORDLESS.add(value);
  return value;
}

// Plain loops: this walks every reply, and a list page is thousands of values.
function wordValue(locale: Locale, value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Wording) return wordOne(locale, value);
  if (WORDLESS.has(value)) return value;
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    let copy: unknown[] | undefined;
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      const worded = wordValue(locale, item);
      if (worded !== item) (copy ??= [...items])[index] = worded;
    }
    return copy ?? value;
  }
  if (isPlainObject(value)) {
    let copy: Record<string, unknown> | undefined;
    for (const name in value) {
      if (!Object.hasOwn(value, name)) continue;
      const item = value[name];
      const worded = wordValue(locale, item);
      if (worded !== item) (copy ??= { ...value })[name] = worded;
    }
    return copy ?? value;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
