import { useEffect, useRef } from "react";

/**
 * For a form that its own outcome replaces once sent (a check-in's answer, a notice to end):
 * when the form leaves the screen with the focus (on the page's body, the form's button gone),
 * the keyboard goes on from the outcome instead of from the top of the page. The element given
 * the returned ref takes the focus; it needs `tabIndex={-1}`. The focus is left alone when it is
 * elsewhere (the form went because the other side acted meanwhile, while the person read on).
 */
export function useFocusOnOutcome<Outcome extends HTMLElement>(isFormShown: boolean) {
  const wasFormShown = useRef(false);
  const outcome = useRef<Outcome>(null);
  useEffect(() => {
    if (isFormShown) {
      wasFormShown.current = true;
      return;
    }
    if (!wasFormShown.current) return;
    wasFormShown.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) outcome.current?.focus();
  }, [isFormShown]);
  return outcome;
}
