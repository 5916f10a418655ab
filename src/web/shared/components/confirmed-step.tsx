import { useState, type ReactNode } from "react";
import { ConfirmDialog } from "./confirm-dialog";
import { FormAlert } from "./form-alert";
import { useOneAtATime } from "../forms/use-one-at-a-time";

/**
 * A step that cannot be undone, taken behind a confirmation: its button, the dialog saying what
 * follows, and the server's refusal above them. The step is sent once however often it is
 * confirmed; `isOffered` false leaves only a refusal still to be read.
 */
export function ConfirmedStep({
  isOffered,
  label,
  title,
  consequence,
  error,
  isPending,
  onConfirm,
}: {
  isOffered: boolean;
  label: ReactNode;
  title: ReactNode;
  consequence: ReactNode;
  error: unknown;
  isPending: boolean;
  onConfirm: () => void;
}) {
  const oneAtATime = useOneAtATime();
  const [isConfirming, setIsConfirming] = useState(false);
  if (!isOffered) return <FormAlert error={error} />;
  return (
    <div className="stack-sm">
      <FormAlert error={error} />
      <button
        type="button"
        className="button-secondary align-start"
        disabled={isPending}
        onClick={() => setIsConfirming(true)}
      >
        {label}
      </button>
      <ConfirmDialog
        isOpen={isConfirming}
        isDanger
        title={title}
        consequence={consequence}
        confirmLabel={label}
        onConfirm={() => {
          setIsConfirming(false);
          oneAtATime(onConfirm);
        }}
        onCancel={() => setIsConfirming(false)}
      />
    </div>
  );
}
