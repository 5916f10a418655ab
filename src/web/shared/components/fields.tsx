import {
  useId,
  type InputHTMLAttributes,
  type Ref,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

interface FieldFrameProps {
  /** A fixed id, so that a finding elsewhere on the page can link to this field. */
  id?: string | undefined;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** A box ticked beside its label (`choice`), rather than a label above its control. */
  isChoice?: boolean;
  children: (control: {
    id: string;
    describedBy: string | undefined;
    isInvalid: boolean;
  }) => ReactNode;
}

/** A label, the control, an optional hint and the server's message for this field. */
function FieldFrame({ id: fixedId, label, hint, error, isChoice, children }: FieldFrameProps) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "field field-invalid" : "field"}>
      {isChoice ? (
        <div className="choice">
          {children({ id, describedBy: describedBy || undefined, isInvalid: Boolean(error) })}
          <label htmlFor={id}>{label}</label>
        </div>
      ) : (
        <>
          <label htmlFor={id}>{label}</label>
          {children({ id, describedBy: describedBy || undefined, isInvalid: Boolean(error) })}
        </>
      )}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  id?: string | undefined;
  /** Passed on to the control (React 19 refs are props), so a form library can focus it. */
  ref?: Ref<HTMLInputElement>;
  label: ReactNode;
  name?: string;
  hint?: ReactNode;
  error?: string | undefined;
};

export function TextField({ id, label, hint, error, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {({ id, describedBy, isInvalid }) => (
        <input
          type="text"
          {...input}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
        />
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
  id?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
  label: ReactNode;
  name?: string;
  hint?: ReactNode;
  error?: string | undefined;
};

export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {({ id, describedBy, isInvalid }) => (
        <textarea
          rows={4}
          {...textarea}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
        />
      )}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
  id?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
  label: ReactNode;
  name?: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
};

export function SelectField({ id, label, hint, error, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {({ id, describedBy, isInvalid }) => (
        <select
          {...select}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** A box to tick, its label beside it, with a hint and the server's message like any field. */
export function CheckboxField({ id, label, hint, error, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} isChoice>
      {({ id, describedBy, isInvalid }) => (
        <input
          {...input}
          type="checkbox"
          id={id}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
        />
      )}
    </FieldFrame>
  );
}

/** Reads a text control of a submitted form; absent controls read as an empty string. */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}
