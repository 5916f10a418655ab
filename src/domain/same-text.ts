/**
 * Whether two short texts a person typed (a title, a reason, a thank-you) say the same thing:
 * spaces around them and letter case do not count ("Conversion", " conversion "). A second
 * click or a retyped text is caught; a different word is a different text.
 */
export function isSameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(text: string): string {
  return text.trim().toLocaleLowerCase("und");
}
