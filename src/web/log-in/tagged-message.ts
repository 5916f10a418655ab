import type {
  LiteralElement,
  MessageFormatElement,
  TagElement,
} from "@formatjs/icu-messageformat-parser";
import type { CatalogueMessage } from "../shared/i18n/messages";

/** One piece of a catalogue message: plain text, or the text inside one of its tags. */
export type MessagePart = { text: string; tag?: string };

/**
 * Splits a message such as "New to Accord? <link>Create an account</link>" into its text and
 * tagged parts, so the light log-in page can render links without the ICU runtime. Only the
 * simple tags the log-in page's messages use are understood (no nesting, no arguments).
 */
export function splitTags(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  const pattern = /<([a-zA-Z]+)>(.*?)<\/\1>/g;
  let last = 0;
  for (const match of message.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: message.slice(last, match.index) });
    parts.push({ text: match[2] ?? "", tag: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last) });
  return parts;
}

/**
 * The parser's `TYPE` values of the two element kinds the log-in page's messages hold, written
 * here: importing the enum would bring the app's libraries file into the light page.
 */
const LITERAL = 0;
const TAG = 8;

function isLiteral(element: MessageFormatElement): element is LiteralElement {
  return Number(element.type) === LITERAL;
}

function isTag(element: MessageFormatElement): element is TagElement {
  return Number(element.type) === TAG;
}

function textOf(elements: MessageFormatElement[]): string {
  return elements.map((element) => (isLiteral(element) ? element.value : "")).join("");
}

/**
 * The parts of a catalogue message, as written or compiled to its syntax tree by the build
 * (literal text and simple tags; the log-in page's messages have no arguments).
 */
export function messageParts(message: CatalogueMessage): MessagePart[] {
  if (typeof message === "string") return splitTags(message);
  return message.map((element) =>
    isTag(element)
      ? { text: textOf(element.children), tag: element.value }
      : { text: textOf([element]) },
  );
}

/** A catalogue message without arguments as plain text (a tag's text kept, the tag dropped). */
export function plainText(message: CatalogueMessage): string {
  return messageParts(message)
    .map((part) => part.text)
    .join("");
}
