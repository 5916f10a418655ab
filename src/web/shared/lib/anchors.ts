/**
 * Checks name the field they concern by a dotted path (`deliverables.0.criteria.1`). Editors give
 * their fields ids built from the same paths, so a finding can link to its field.
 */
export function anchorFor(scope: string, path: string): string {
  // Findings name paths in the request body (`terms.deliverables.0`); a terms editor's fields
  // are named inside the terms.
  const inForm = path.replace(/^terms(\.|$)/, "");
  return inForm ? `${scope}-${inForm.replace(/\./g, "-")}` : scope;
}

const FOCUSABLE = "input, select, textarea, button, [tabindex]";

/**
 * The element for a path, or for the nearest enclosing path that has one (a criterion's
 * verification inside a deliverable that is shown without it, for instance).
 */
export function findAnchor(scope: string, path: string): HTMLElement | null {
  const parts = path.split(".").filter(Boolean);
  for (let length = parts.length; length >= 0; length -= 1) {
    const element = document.getElementById(anchorFor(scope, parts.slice(0, length).join(".")));
    if (element) return element;
  }
  return null;
}

/** Moves focus to the field a finding names, so keyboard users land where the fix is. */
export function focusAnchor(scope: string, path: string): void {
  const element = findAnchor(scope, path);
  if (!element) return;
  const target = element.matches(FOCUSABLE)
    ? element
    : (element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
  if (target === element && !element.matches(FOCUSABLE)) element.tabIndex = -1;
  element.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}
