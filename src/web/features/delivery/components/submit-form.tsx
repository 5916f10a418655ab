import { useId, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import type { DeliverableProgress, SubmitBody as SubmitRequest } from "../../../shared/api/types";
import { TextAreaField } from "../../../shared/components/fields";
import { fieldError, FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { SubmitBody } from "../../../../contracts/delivery";
import { useSubmitDeliverable } from "../api/submit-deliverable";
import { useUploadFiles } from "../api/upload-files";
import { SUBMIT_BLOCKED_LABELS } from "../delivery-labels";
import {
  ACCEPT_ATTRIBUTE,
  ALLOWED_EXTENSIONS,
  MAX_FILE_BYTES,
  MAX_FILES_PER_UPLOAD,
  addFiles,
  type FileProblem,
} from "../file-checks";
import { MAX_LINKS, SUBMIT_WORDS, readSubmitBody, type SubmitValues } from "../submit-form-state";
import { useFormatFileSize } from "./file-size";

/**
 * The provider hands in a round: what was done, where to see it, and files. Files are checked
 * here against the server's own limits, uploaded first, then named by the submission. When the
 * provider cannot hand in a round, the button is disabled with the reason.
 */
export function SubmitForm({
  engagementId,
  deliverable,
}: {
  engagementId: string;
  deliverable: DeliverableProgress;
}) {
  const intl = useIntl();
  const reasonId = useId();
  const upload = useUploadFiles(engagementId);
  const submit = useSubmitDeliverable(engagementId);
  const form = useContractForm<typeof SubmitBody, SubmitValues>(SubmitBody, {
    defaultValues: { description: "", links: "" },
    words: SUBMIT_WORDS,
    read: readSubmitBody,
  });
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [submitted, setSubmitted] = useState<number | null>(null);
  const formatSize = useFormatFileSize();
  const round = deliverable.submissions.length + 1;
  const blockedBy = deliverable.submitBlockedBy;
  const isBusy = upload.isPending || submit.isPending;
  const error = upload.error ?? submit.error;

  const problemText = (problem: FileProblem) =>
    problem.kind === "type"
      ? intl.formatMessage(
          { id: "delivery.files.typeNotAllowed" },
          { name: problem.name, allowed: ALLOWED_EXTENSIONS.join(", ") },
        )
      : problem.kind === "size"
        ? intl.formatMessage(
            { id: "delivery.files.tooLarge" },
            { name: problem.name, limit: formatSize(MAX_FILE_BYTES) },
          )
        : intl.formatMessage({ id: "delivery.files.tooMany" }, { limit: MAX_FILES_PER_UPLOAD });
  // Links are typed one per line: each line's problem is said with its number.
  const linkErrors = [
    form.errorOf("links"),
    ...Array.from({ length: MAX_LINKS }, (_, line) => {
      const message = form.errorOf(`links.${line}`);
      return message
        ? intl.formatMessage({ id: "delivery.submit.links.lineError" }, { line: line + 1, message })
        : undefined;
    }),
  ].filter(Boolean);
  const filesError =
    [...problems.map(problemText), fieldError(upload.error ?? submit.error, "fileIds")]
      .filter(Boolean)
      .join(" ") || undefined;

  async function handIn(checked: Omit<SubmitRequest, "fileIds">) {
    upload.reset();
    submit.reset();
    setSubmitted(null);
    try {
      const fileIds =
        files.length > 0 ? (await upload.mutateAsync(files)).files.map((f) => f.id) : [];
      const submission = await submit.mutateAsync({
        deliverableId: deliverable.id,
        body: { ...checked, fileIds },
      });
      form.reset();
      setFiles([]);
      setProblems([]);
      setSubmitted(submission.round);
    } catch (error) {
      // The mutation keeps the error for the form alert; its fields go next to theirs.
      form.showServerErrors(error);
    }
  }

  return (
    // Named after its deliverable: with several deliverables, several of these regions show.
    <section
      className="stack-sm submit-round"
      aria-label={intl.formatMessage(
        { id: "delivery.submit.region" },
        { title: deliverable.title },
      )}
    >
      <h4>
        <FormattedMessage id="delivery.submit.title" />
      </h4>
      <div aria-live="polite" className="form-alert-region">
        {submitted !== null ? (
          <p className="alert alert-success">
            <FormattedMessage id="delivery.submit.done" values={{ round: submitted }} />
          </p>
        ) : null}
      </div>
      {blockedBy ? (
        <div className="stack-sm">
          <button type="button" className="align-start" disabled aria-describedby={reasonId}>
            <FormattedMessage id="delivery.submit.button" values={{ round }} />
          </button>
          <p className="field-hint" id={reasonId}>
            <FormattedMessage
              id={SUBMIT_BLOCKED_LABELS[blockedBy]}
              values={{ limit: deliverable.revisionLimit ?? 0 }}
            />
          </p>
          {blockedBy === "revision_limit_reached" ? (
            <Link
              className="button-link button-link-secondary align-start"
              to={`/engagements/${engagementId}/changes?deliverable=${encodeURIComponent(deliverable.id)}&rounds=1`}
            >
              <FormattedMessage id="delivery.submit.proposeChange" />
            </Link>
          ) : null}
        </div>
      ) : (
        <form noValidate className="stack" onSubmit={form.submitWith(handIn)}>
          <FormAlert error={error} />
          <TextAreaField
            label={<FormattedMessage id="delivery.submit.description" />}
            hint={<FormattedMessage id="delivery.submit.description.hint" />}
            required
            maxLength={10_000}
            {...form.field("description")}
          />
          <TextAreaField
            label={<FormattedMessage id="delivery.submit.links" />}
            hint={<FormattedMessage id="delivery.submit.links.hint" />}
            rows={3}
            {...form.field("links")}
            error={linkErrors.length > 0 ? linkErrors.join(" ") : undefined}
          />
          <FilePicker
            files={files}
            error={filesError}
            onPick={(picked) => {
              const added = addFiles(files, picked);
              setFiles(added.files);
              setProblems(added.problems);
            }}
            onRemove={(index) => {
              setFiles(files.filter((_, i) => i !== index));
              setProblems([]);
            }}
          />
          <button type="submit" disabled={isBusy}>
            <FormattedMessage
              id={upload.isPending ? "delivery.submit.uploading" : "delivery.submit.button"}
              values={{ round }}
            />
          </button>
        </form>
      )}
    </section>
  );
}

function FilePicker({
  files,
  error,
  onPick,
  onRemove,
}: {
  files: File[];
  error: string | undefined;
  onPick: (files: File[]) => void;
  onRemove: (index: number) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const formatSize = useFormatFileSize();
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        <FormattedMessage id="delivery.submit.files" />
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onPick(Array.from(event.target.files ?? []));
          // Cleared, so the same file can be picked again after it was removed.
          event.target.value = "";
        }}
      />
      <p className="field-hint" id={`${id}-hint`}>
        <FormattedMessage
          id="delivery.submit.files.hint"
          values={{
            count: MAX_FILES_PER_UPLOAD,
            size: formatSize(MAX_FILE_BYTES),
            types: ALLOWED_EXTENSIONS.join(", "),
          }}
        />
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {files.length > 0 ? (
        <ul
          className="plain-list stack-sm"
          aria-label={intl.formatMessage({ id: "delivery.submit.files.chosen" })}
        >
          {files.map((file, index) => (
            <li key={`${file.name}-${file.size}`} className="list-line">
              <span>
                {file.name} <span className="muted">({formatSize(file.size)})</span>
              </span>
              <button
                type="button"
                className="button-secondary button-small"
                aria-label={intl.formatMessage({ id: "list.remove.label" }, { item: file.name })}
                onClick={() => onRemove(index)}
              >
                <FormattedMessage id="list.remove" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
