/** A piece of a message: text, or an address to show as a link. */
export type LinkPart = { text: string; href?: string };

// http(s) addresses up to the next space; trailing punctuation belongs to the sentence.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/g;
const TRAILING = /[.,;:!?)\]}'’”]+$/;

/**
 * Splits a message into text and web addresses, so the addresses can be links. Only http and
 * https count (no `javascript:` or `data:`), and the punctuation that ends a sentence after an
 * address stays text.
 */
export function linkParts(message: string): LinkPart[] {
  const parts: LinkPart[] = [];
  let last = 0;
  for (const match of message.matchAll(URL_PATTERN)) {
    const address = match[0].replace(TRAILING, "");
    if (match.index > last) parts.push({ text: message.slice(last, match.index) });
    parts.push({ text: address, href: address });
    last = match.index + address.length;
  }
  if (last < message.length) parts.push({ text: message.slice(last) });
  return parts;
}

/**
 * `text` when it is an http(s) address, to use as a link's `href`; otherwise null (show it as
 * text). React blocked `javascript:` links; Preact, which the browser build runs, does not.
 */
export function webAddress(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
