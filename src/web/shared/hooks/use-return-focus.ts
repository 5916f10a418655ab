import { useEffect, useRef, useState } from "react";

/**
 * For a button that a form replaces in place (pricing a change, opening a dispute): once the form
 * closes, the keyboard goes back to the button that opened it, not to the page's body.
 * `buttonRef(key)` marks a button and `openForm(key)` shows its form (`open` says which one is
 * shown); `close()` hides it and returns the focus, together, so no form closes without it.
 */
export function useReturnFocus<Key extends string>() {
  const buttons = useRef(new Map<Key, HTMLButtonElement>());
  const [open, setOpen] = useState<Key | null>(null);
  const [pending, setPending] = useState<Key | null>(null);
  useEffect(() => {
    if (pending === null) return;
    buttons.current.get(pending)?.focus();
    setPending(null);
  }, [pending]);
  return {
    buttonRef: (key: Key) => (button: HTMLButtonElement | null) => {
      if (button) buttons.current.set(key, button);
      else buttons.current.delete(key);
    },
    open,
    openForm: setOpen,
    close: () => {
      setPending(open);
      setOpen(null);
    },
  };
}
