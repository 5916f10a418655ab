import { useEffect, useId, useRef, type ReactNode } from "react";
import { FormattedMessage } from "react-intl";

/**
 * Asks before a step that cannot be undone (issuing an invoice, signing, voiding, declining),
 * saying what cannot be undone. A native modal <dialog>: focus moves into it and stays there,
 * Escape cancels, and focus returns to the button that opened it.
 */
export function ConfirmDialog({
  isOpen,
  title,
  consequence,
  confirmLabel,
  isDanger = false,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: ReactNode;
  /** What cannot be undone, in plain words. */
  consequence: ReactNode;
  confirmLabel: ReactNode;
  isDanger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const goBack = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) {
      element.showModal();
      // React keeps `autoFocus` to itself (it focuses on mount, while the dialog is still
      // closed), so showModal() focused the first button, the irreversible one: Enter confirmed.
      goBack.current?.focus();
    }
    if (!isOpen && element.open) element.close();
  }, [isOpen]);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={bodyId}>{consequence}</p>
      <div className="button-row">
        <button
          type="button"
          className={isDanger ? "button-danger" : undefined}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" ref={goBack} onClick={onCancel}>
          <FormattedMessage id="confirm.cancel" />
        </button>
      </div>
    </dialog>
  );
}
