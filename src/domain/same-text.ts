/**
 * Whether two short texts a person typed (a title, a reason, a thank-you) say the same thing:
 * spaces around it, letter case and how an accent was typed (one character or a letter and a
 * combining mark) do not count ("Conversion", " conversion "). A second
 * click or a retyped text is caught; a different word is a different text.
 */
export function isSameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(text: string): string {
  return text.normalize("NFC").trim().toLocaleLowerCase("und");
}
