import { toNestErrors } from "@hookform/resolvers";
import { useEffect, useRef, useState, type FormEvent } from "react";
import {
  get,
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormReturn,
} from "react-hook-form";
import { useIntl } from "react-intl";
import type { z } from "zod";
import { isApiError } from "../api/api-client";
import { useLocale } from "../i18n/locale-provider";
import { issueMessage, type FormWords, type IssueMessage } from "./issue-message";
import { TypedText } from "./typed-text";
import { useOneAtATime, type OneAtATime } from "./use-one-at-a-time";

type Schema = z.ZodType<FieldValues, FieldValues>;

export type ContractForm<S extends Schema, Values extends FieldValues = z.input<S>> = UseFormReturn<
  Values,
  unknown,
  z.output<S>
> & {
  /** Props for a `TextField`, `TextAreaField` or `SelectField`: registration and its message. */
  field: (
    name: Path<Values>,
  ) => ReturnType<UseFormReturn<Values>["register"]> & { error: string | undefined };
  /** The message at a contract's path, for fields held by the form without registration. */
  errorOf: (path: string) => string | undefined;
  /** Changes values as a person does: once submitted, the form is checked again. */
  change: (patch: Partial<Values>) => void;
  /**
   * The form's `onSubmit`: checks against the contract, then calls `handler` with the result.
   * A submit while the previous one is still checked or its requests unanswered (a double
   * click, Enter pressed twice) is ignored, so one submit sends one request. A handler that
   * sends in steps (upload, then hand in) returns its promise: the form is sending until it
   * settles. Called without an event, it submits from a button outside the submit (the
   * screening nudge's "send anyway").
   */
  submitWith: (handler: (values: z.output<S>) => unknown) => (event?: FormEvent) => void;
  /**
   * The form's own guard, for a button beside it that sends without checking the form (publish
   * what is saved): it waits for the form's submit, and the submit for it (`useOneAtATime`).
   */
  oneAtATime: OneAtATime;
  /** Puts the server's field messages next to their fields and focuses the first. */
  showServerErrors: (error: unknown) => void;
};

export interface ContractFormOptions<S extends Schema, Values extends FieldValues> {
  defaultValues: DefaultValues<Values>;
  words?: FormWords;
  /**
   * For a form that holds what people type (amounts, decimals) rather than the contract's
   * body: builds the body, reading typed numbers with `text`, whose problems land at the
   * contract's paths, the same paths the server names.
   */
  read?: (values: Values, text: TypedText) => z.input<S>;
}

const INVALID_CONTROL =
  '[aria-invalid="true"], .field-invalid input, .field-invalid select, .field-invalid textarea';

export interface FormProblem {
  path: string;
  message: IssueMessage;
}

/**
 * Checks a form's values with the contract, read into its body first when the form holds
 * typed text: the problems in human words, one per field (what could not be read before what
 * the contract says of the 0 read in its place), at the contract's paths.
 */
export async function checkForm<S extends Schema, Values extends FieldValues>(
  schema: S,
  values: Values,
  options: Pick<ContractFormOptions<S, Values>, "read" | "words">,
  locale: string,
): Promise<{ data: z.output<S>; problems: [] } | { data: null; problems: FormProblem[] }> {
  const text = new TypedText(locale);
  const body = options.read ? options.read(values, text) : values;
  // Each issue carries its words as its message; a contract's limit stated in another unit
  // (`inUnit`) keeps the unit as its message, which wins over the parse's: worded below.
  const result = await schema.safeParseAsync(body, {
    reportInput: true,
    error: (issue) => JSON.stringify(issueMessage(issue, options.words)),
  });
  const issues = [...text.issues, ...(result.success ? [] : result.error.issues)];
  if (result.success && issues.length === 0) return { data: result.data, problems: [] };
  const problems = new Map<string, IssueMessage>();
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    if (problems.has(path)) continue;
    const isWorded = issue.message?.startsWith("{") ?? false;
    problems.set(
      path,
      isWorded
        ? (JSON.parse(issue.message ?? "") as IssueMessage)
        : issueMessage(issue, options.words),
    );
  }
  return { data: null, problems: [...problems].map(([path, message]) => ({ path, message })) };
}

/**
 * One way to build a form: react-hook-form checking with the very Zod contract the server
 * validates the request with, in human words (`issueMessage`). Messages sit next to their
 * field, clear as soon as the field is fixed (checked again on every change after the first
 * submit), and focus moves to the first field in error on the page, the browser's or the
 * server's. A form holding typed numbers gives `read` to build the body from them.
 */
export function useContractForm<S extends Schema, Values extends FieldValues = z.input<S>>(
  schema: S,
  options: ContractFormOptions<S, Values>,
): ContractForm<S, Values> {
  const intl = useIntl();
  const { locale } = useLocale();
  const resolver: Resolver<Values, unknown, z.output<S>> = async (values, _context, resolve) => {
    const checked = await checkForm(schema, values, options, locale);
    if (checked.data !== null) return { values: checked.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const { path, message } of checked.problems)
      errors[path] = {
        type: "contract",
        message: intl.formatMessage({ id: message.key }, message.values),
      };
    return { values: {}, errors: toNestErrors(errors, resolve) };
  };
  const form = useForm<Values, unknown, z.output<S>>({
    resolver,
    defaultValues: options.defaultValues,
    mode: "onSubmit",
    // After the first submit every change checks the whole form again (below): a field held
    // under another name than its contract path (typed amounts, nested terms) would keep a
    // fixed message if only the changed field's name were checked.
    reValidateMode: "onSubmit",
    // Focus follows the page's order (below), not the order fields were registered in.
    shouldFocusError: false,
  });
  const oneAtATime = useOneAtATime();
  const formElement = useRef<HTMLFormElement | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const isFocusPending = useRef(false);
  // Read while rendering, so the form renders again when a submit ends. The focus waits for it:
  // a render the focus request causes before the submit's errors are published still shows the
  // previous messages, and would move the focus to a field that was fixed since.
  const isSubmitting = form.formState.isSubmitting;
  useEffect(() => {
    if (!isFocusPending.current || isSubmitting) return;
    const first = formElement.current?.querySelector<HTMLElement>(INVALID_CONTROL);
    if (!first) return;
    isFocusPending.current = false;
    first.focus();
  });
  const requestFocus = () => {
    isFocusPending.current = true;
    setFocusRequest(focusRequest + 1);
  };
  useEffect(() => {
    const subscription = form.watch((_values, { type }) => {
      if (type === "change" && form.formState.isSubmitted) void form.trigger();
    });
    return () => subscription.unsubscribe();
  }, [form]);
  const errorOf = (path: string) => {
    const problem: { message?: string } | undefined = get(form.formState.errors, path);
    return problem?.message;
  };

  return {
    ...form,
    field: (name) => ({ ...form.register(name), error: errorOf(name) }),
    errorOf,
    change: (patch) => {
      for (const [name, value] of Object.entries(patch))
        form.setValue(name as Path<Values>, value as PathValue<Values, Path<Values>>, {
          shouldDirty: true,
        });
      if (form.formState.isSubmitted) void form.trigger();
    },
    oneAtATime,
    submitWith: (handler) => (event) => {
      // Also a button outside the submit (save and publish) checks its own form.
      if (event) formElement.current = (event.currentTarget as HTMLElement).closest("form");
      const isStarted = oneAtATime(() => form.handleSubmit(handler, requestFocus)(event));
      if (!isStarted) event?.preventDefault();
    },
    showServerErrors: (error) => {
      if (!isApiError(error)) return;
      for (const problem of error.fields)
        form.setError(problem.path as Path<Values>, { type: "server", message: problem.message });
      requestFocus();
    },
  };
}
