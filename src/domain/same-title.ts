/**
 * Whether two titles a person typed name the same thing: spaces around them and letter case
 * do not count ("Conversion", " conversion "). A second click or a retyped title is caught;
 * a different word is a different title.
 */
export function isSameTitle(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(title: string): string {
  return title.trim().toLocaleLowerCase("und");
}
