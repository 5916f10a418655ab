import { useIntl } from "react-intl";
import { fieldError } from "../components/form-alert";

/**
 * A field's message: the form's own check (an amount it could not read) first, else the
 * server's message for that path.
 */
export function useFieldErrors(
  serverError: unknown,
  invalidAmounts: ReadonlySet<string>,
): (path: string) => string | undefined {
  const intl = useIntl();
  return (path: string) =>
    invalidAmounts.has(path)
      ? intl.formatMessage({ id: "money.invalid" })
      : fieldError(serverError, path);
}

/** Collects the paths of amounts that could not be read while a form is converted. */
export class AmountReader {
  readonly invalid = new Set<string>();

  constructor(private readonly parse: (text: string, currency: string) => number | null) {}

  /** Minor units of a required amount; records the path and answers 0 when unreadable. */
  required(path: string, text: string, currency: string): number {
    const minor = this.parse(text, currency);
    if (minor === null) this.invalid.add(path);
    return minor ?? 0;
  }

  /** Minor units, or null for an empty field. */
  optional(path: string, text: string, currency: string): number | null {
    return text.trim() === "" ? null : this.required(path, text, currency);
  }
}
