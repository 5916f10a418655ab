import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { ConfirmedStep } from "../../../shared/components/confirmed-step";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { GiveRecognitionBody, RequestRecognitionBody } from "../../../../contracts/growth";
import {
  useAnswerRecognition,
  useGiveRecognition,
  useRequestRecognition,
  useWithdrawRecognitionConsent,
} from "../api/growth-queries";
import type { Goal, Recognition, RecognitionList } from "../growth-types";
import { readGiveRecognition, type GiveRecognitionValues } from "../growth-form-state";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

type Kind = Recognition["kind"];
const KINDS: Kind[] = ["kudos", "introduction", "testimonial", "case_study"];
const REASONS = ["fast_feedback", "clear_briefs", "on_time_payment"] as const;

/** Kudos, an introduction, a testimonial or a case study for the other side. */
function GiveForm({
  engagementId,
  goals,
  mySide,
}: {
  engagementId: string;
  goals: readonly Goal[];
  mySide: "client" | "provider";
}) {
  const give = useGiveRecognition(engagementId);
  const empty: GiveRecognitionValues = {
    kind: "kudos",
    reason: "",
    goal: "",
    people: "",
    text: "",
    introducedOrg: "",
  };
  const form = useContractForm<typeof GiveRecognitionBody, GiveRecognitionValues>(
    GiveRecognitionBody,
    { defaultValues: empty, read: readGiveRecognition },
  );
  const kind = form.watch("kind");
  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="give-recognition-title"
      onSubmit={form.submitWith((body) =>
        give.mutate(body, {
          onSuccess: () => form.reset(empty),
          onError: form.showServerErrors,
        }),
      )}
    >
      <h3 id="give-recognition-title" className="h-small">
        <FormattedMessage id="growth.recognition.giveTitle" />
      </h3>
      <FormAlert error={give.error} />
      <SelectField
        label={<FormattedMessage id="growth.recognition.kind" />}
        {...form.field("kind")}
      >
        {KINDS.map((k) => (
          <FormattedMessage key={k} id="growth.recognition.kindName" values={{ kind: k }}>
            {(label) => <option value={k}>{label}</option>}
          </FormattedMessage>
        ))}
      </SelectField>
      {mySide === "provider" ? (
        <SelectField
          label={<FormattedMessage id="growth.recognition.reason" />}
          {...form.field("reason")}
        >
          <FormattedMessage id="growth.recognition.noReason">
            {(label) => <option value="">{label}</option>}
          </FormattedMessage>
          {REASONS.map((r) => (
            <FormattedMessage key={r} id="growth.recognition.reasonName" values={{ reason: r }}>
              {(label) => <option value={r}>{label}</option>}
            </FormattedMessage>
          ))}
        </SelectField>
      ) : null}
      {goals.length > 0 ? (
        <SelectField
          label={<FormattedMessage id="growth.recognition.goal" />}
          {...form.field("goal")}
          error={form.errorOf("subject.id")}
        >
          <FormattedMessage id="growth.recognition.noGoal">
            {(label) => <option value="">{label}</option>}
          </FormattedMessage>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        label={<FormattedMessage id="growth.recognition.people" />}
        hint={<FormattedMessage id="growth.recognition.peopleHint" />}
        {...form.field("people")}
      />
      {kind === "introduction" ? (
        <TextField
          required
          label={<FormattedMessage id="growth.recognition.introducedOrg" />}
          {...form.field("introducedOrg")}
        />
      ) : null}
      <TextAreaField
        required
        label={<FormattedMessage id="growth.recognition.text" />}
        {...form.field("text")}
      />
      <button type="submit" disabled={give.isPending}>
        <FormattedMessage id="growth.recognition.give" />
      </button>
    </form>
  );
}

/** Asks the other side to approve a testimonial or case study drafted about our work. */
function RequestForm({ engagementId }: { engagementId: string }) {
  const request = useRequestRecognition(engagementId);
  const empty = { kind: "testimonial" as const, text: "" };
  const form = useContractForm(RequestRecognitionBody, { defaultValues: empty });
  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="request-recognition-title"
      onSubmit={form.submitWith((body) =>
        request.mutate(body, {
          onSuccess: () => form.reset(empty),
          onError: form.showServerErrors,
        }),
      )}
    >
      <h3 id="request-recognition-title" className="h-small">
        <FormattedMessage id="growth.recognition.requestTitle" />
      </h3>
      <FormAlert error={request.error} />
      <SelectField
        label={<FormattedMessage id="growth.recognition.kind" />}
        {...form.field("kind")}
      >
        {(["testimonial", "case_study"] as const).map((k) => (
          <FormattedMessage key={k} id="growth.recognition.kindName" values={{ kind: k }}>
            {(label) => <option value={k}>{label}</option>}
          </FormattedMessage>
        ))}
      </SelectField>
      <TextAreaField
        required
        label={<FormattedMessage id="growth.recognition.draft" />}
        {...form.field("text")}
      />
      <button type="submit" disabled={request.isPending}>
        <FormattedMessage id="growth.recognition.request" />
      </button>
    </form>
  );
}

function RecognitionItem({ engagementId, item }: { engagementId: string; item: Recognition }) {
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const answer = useAnswerRecognition(engagementId, item.id);
  const withdrawConsent = useWithdrawRecognitionConsent(engagementId, item.id);
  const [text, setText] = useState(item.text);
  const isTextStep = item.status === "awaiting_text_approval";
  return (
    <li className="stack-sm" data-recognition={item.id}>
      <strong>
        <FormattedMessage
          id="growth.recognition.line"
          values={{ kind: item.kind, from: item.from.name, to: item.to.name }}
        />
      </strong>
      {item.subject ? <span className="muted">{item.subject.title}</span> : null}
      {item.reason ? (
        <span className="muted">
          {intl.formatMessage({ id: "growth.recognition.reasonName" }, { reason: item.reason })}
        </span>
      ) : null}
      {item.people.length > 0 ? <span>{item.people.join(", ")}</span> : null}
      {item.introducedOrg ? (
        <span>
          <FormattedMessage
            id="growth.recognition.introduces"
            values={{ org: item.introducedOrg }}
          />
        </span>
      ) : null}
      <blockquote>{item.text}</blockquote>
      <span className="muted">
        <FormattedMessage id="growth.recognition.status" values={{ status: item.status }} />
      </span>
      <FormAlert error={answer.error} />
      {item.canAnswer ? (
        <div className="stack-sm">
          {isTextStep ? (
            <TextAreaField
              name="approvedText"
              value={text}
              onChange={(event) => setText(event.target.value)}
              label={<FormattedMessage id="growth.recognition.approveText" />}
            />
          ) : null}
          <div className="button-row">
            <button
              type="button"
              onClick={() =>
                oneAtATime(() =>
                  answer.mutate(isTextStep ? { isApproved: true, text } : { isApproved: true }),
                )
              }
            >
              <FormattedMessage id="growth.recognition.approve" values={{ isTextStep }} />
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => oneAtATime(() => answer.mutate({ isApproved: false }))}
            >
              <FormattedMessage id="growth.recognition.decline" />
            </button>
          </div>
        </div>
      ) : null}
      <ConfirmedStep
        isOffered={item.canWithdrawConsent}
        label={<FormattedMessage id="growth.recognition.withdrawConsent" />}
        title={<FormattedMessage id="growth.recognition.withdrawConsentTitle" />}
        consequence={<FormattedMessage id="growth.recognition.withdrawConsentBody" />}
        error={withdrawConsent.error}
        isPending={withdrawConsent.isPending}
        onConfirm={() => withdrawConsent.mutate()}
      />
    </li>
  );
}

/**
 * Recognition beyond money, both ways: what was given and asked for on this engagement, what
 * waits for the reader's consent or approval, and the forms to give or ask for more.
 */
export function RecognitionPanel({
  engagementId,
  data,
  goals,
  mySide,
}: {
  engagementId: string;
  data: RecognitionList;
  goals: readonly Goal[];
  mySide: "client" | "provider";
}) {
  return (
    <section className="card stack" aria-labelledby="recognition-title">
      <h2 id="recognition-title">
        <FormattedMessage id="growth.recognition.heading" />
      </h2>
      <p className="muted">
        <FormattedMessage id="growth.recognition.intro" />
      </p>
      {data.recognitions.length > 0 ? (
        <ul className="plain-list stack">
          {data.recognitions.map((item) => (
            <RecognitionItem key={item.id} engagementId={engagementId} item={item} />
          ))}
        </ul>
      ) : null}
      {data.abilities.recognise ? (
        <>
          <GiveForm engagementId={engagementId} goals={goals} mySide={mySide} />
          <RequestForm engagementId={engagementId} />
        </>
      ) : null}
    </section>
  );
}
