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
