/**
 * The HTML part of an e-mail, made from its plain text so the two say the same: paragraphs
 * where the text leaves a blank line, line breaks where it breaks, and each web address a
 * link. Everything the text holds (people's names, quoted messages) is escaped.
 */
export function mailHtmlOf(text: string, locale: string, subject: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split("\n").map(linkedLine).join("<br>\n")}</p>`);
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(locale)}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5">',
    ...paragraphs,
    "</body>",
    "</html>",
  ].join("\n");
}

// An address ends where whitespace or a closing quotation mark or bracket starts.
const WEB_ADDRESS = /https?:\/\/[^\s<>"”»)]+/g;

function linkedLine(line: string): string {
  let html = "";
  let at = 0;
  for (const match of line.matchAll(WEB_ADDRESS)) {
    // A sentence's full stop or comma after an address is not part of it.
    const address = match[0].replace(/[.,;:!?]+$/, "");
    html += escapeHtml(line.slice(at, match.index));
    html += `<a href="${escapeHtml(address)}">${escapeHtml(address)}</a>`;
    at = match.index + address.length;
  }
  return html + escapeHtml(line.slice(at));
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
