import { zodResolver } from "@hookform/resolvers/zod";
import type { FormEvent } from "react";
import {
  get,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from "react-hook-form";
import { useIntl } from "react-intl";
import type { z } from "zod";
import { isApiError } from "../api/api-client";
import { issueMessage, type FormWords } from "./issue-message";

export type ContractForm<Schema extends z.ZodType<FieldValues, FieldValues>> = UseFormReturn<
  z.input<Schema>,
  unknown,
  z.output<Schema>
> & {
  /** Props for a `TextField`, `TextAreaField` or `SelectField`: registration and its message. */
  field: (
    name: Path<z.input<Schema>>,
  ) => ReturnType<UseFormReturn<z.input<Schema>>["register"]> & { error: string | undefined };
  /** The form's `onSubmit`: checks against the contract, then calls `handler` with the result. */
  submitWith: (handler: (values: z.output<Schema>) => void) => (event: FormEvent) => void;
  /** Puts the server's field messages next to their fields and focuses the first. */
  showServerErrors: (error: unknown) => void;
};

/**
 * One way to build a form: react-hook-form checking with the very Zod contract the server
 * validates the request with, in human words (`issueMessage`). Messages sit next to their
 * field, clear as soon as the field is fixed (checked again on every change after the first
 * submit), and focus moves to the first field in error, the browser's or the server's.
 */
export function useContractForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  options: { defaultValues: DefaultValues<z.input<Schema>>; words?: FormWords },
): ContractForm<Schema> {
  const intl = useIntl();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema, {
      error: (issue) => {
        const message = issueMessage(issue, options.words);
        return intl.formatMessage({ id: message.key }, message.values);
      },
    }),
    defaultValues: options.defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: true,
  });
  return {
    ...form,
    field: (name) => {
      const problem: { message?: string } | undefined = get(form.formState.errors, name);
      return { ...form.register(name), error: problem?.message };
    },
    submitWith: (handler) => (event) => void form.handleSubmit(handler)(event),
    showServerErrors: (error) => {
      if (!isApiError(error)) return;
      error.fields.forEach((problem, index) => {
        form.setError(
          problem.path as Path<z.input<Schema>>,
          { type: "server", message: problem.message },
          { shouldFocus: index === 0 },
        );
      });
    },
  };
}
