import type { FormEvent } from "react";
import { AnswerOfferBody, SendOfferBody } from "../../../../contracts/growth";
import { FormattedMessage, useIntl } from "react-intl";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { formatMoney } from "../../../shared/lib/money";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useAnswerOffer, useSendOffer } from "../api/growth-queries";
import {
  ANSWER_OFFER_WORDS,
  OFFER_PATHS,
  readSendOffer,
  SEND_OFFER_WORDS,
  type AnswerOfferValues,
  type SendOfferValues,
} from "../growth-form-state";
import type { Goal, NextPhaseOffer, NextPhaseOfferList } from "../growth-types";
import { formatGoalValue } from "../growth-view";

/**
 * The provider's next phase as one goal, one deliverable with its acceptance criterion, a
 * milestone and a fixed price, linked to the goals whose results justify it. The form checks
 * the contract; the server then runs the proposal's and the amendment's checks and names what
 * blocks it, at the same fields.
 */
function SendOfferForm({
  engagementId,
  goals,
  currency,
  reviewId,
}: {
  engagementId: string;
  goals: readonly Goal[];
  currency: string;
  reviewId: string | null;
}) {
  const send = useSendOffer(engagementId);
  const form = useContractForm<typeof SendOfferBody, SendOfferValues>(SendOfferBody, {
    defaultValues: {
      title: "",
      summary: "",
      justifiedByGoalIds: goals.map((g) => g.id),
      goalTitle: "",
      goalBaseline: "",
      goalTarget: "",
      goalUnit: "",
      deliverable: "",
      criterion: "",
      verification: "",
      dueDate: "",
      price: "",
    },
    words: SEND_OFFER_WORDS,
    read: readSendOffer(currency, reviewId),
  });
  const justifiedBy = form.watch("justifiedByGoalIds");
  /** The message of a field the form holds under another name than the contract's path. */
  const at = (...paths: string[]) =>
    paths.map((path) => form.errorOf(path)).find((message) => message !== undefined);
  return (
    <form
      noValidate
      className="card stack"
      aria-labelledby="send-offer-title"
      onSubmit={form.submitWith((body) => send.mutate(body, { onError: form.showServerErrors }))}
    >
      <h3 id="send-offer-title" className="h-small">
        <FormattedMessage id="growth.offer.sendTitle" />
      </h3>
      <FormAlert error={send.error} />
      <TextField label={<FormattedMessage id="growth.offer.title" />} {...form.field("title")} />
      <TextAreaField
        label={<FormattedMessage id="growth.offer.summary" />}
        {...form.field("summary")}
      />
      {goals.length > 0 ? (
        <fieldset className="field">
          <legend>
            <FormattedMessage id="growth.offer.justifiedBy" />
          </legend>
          {goals.map((g) => (
            <label key={g.id} className="choice-row">
              <input
                type="checkbox"
                checked={justifiedBy.includes(g.id)}
                onChange={(event) =>
                  form.change({
                    justifiedByGoalIds: event.target.checked
                      ? [...justifiedBy, g.id]
                      : justifiedBy.filter((id) => id !== g.id),
                  })
                }
              />
              {g.trajectory.sentence}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="inline-fields">
        <TextField
          label={<FormattedMessage id="growth.offer.goal" />}
          {...form.register("goalTitle")}
          error={at(OFFER_PATHS.goalTitle)}
        />
        <TextField
          label={<FormattedMessage id="growth.goal.baseline" />}
          inputMode="decimal"
          {...form.register("goalBaseline")}
          error={at(OFFER_PATHS.goalBaseline)}
        />
        <TextField
          label={<FormattedMessage id="growth.goal.target" />}
          inputMode="decimal"
          {...form.register("goalTarget")}
          error={at(OFFER_PATHS.goalTarget)}
        />
        <TextField
          label={<FormattedMessage id="growth.goal.unit" />}
          {...form.register("goalUnit")}
          error={at(OFFER_PATHS.goalUnit)}
        />
      </div>
      <TextField
        label={<FormattedMessage id="growth.offer.deliverable" />}
        {...form.register("deliverable")}
        error={at(OFFER_PATHS.deliverable, OFFER_PATHS.milestoneTitle)}
      />
      <div className="inline-fields">
        <TextField
          label={<FormattedMessage id="growth.offer.criterion" />}
          {...form.register("criterion")}
          error={at(OFFER_PATHS.criterion, "terms.deliverables.0.criteria")}
        />
        <TextField
          label={<FormattedMessage id="growth.offer.verification" />}
          {...form.register("verification")}
          error={at(OFFER_PATHS.verification)}
        />
      </div>
      <div className="inline-fields">
        <TextField
          type="date"
          label={<FormattedMessage id="growth.offer.dueDate" />}
          {...form.register("dueDate")}
          error={at(OFFER_PATHS.dueDate)}
        />
        <TextField
          inputMode="decimal"
          autoComplete="off"
          label={<FormattedMessage id="growth.offer.price" values={{ currency }} />}
          {...form.register("price")}
          error={at(OFFER_PATHS.price, "terms.remuneration.amountMinor", "terms.remuneration")}
        />
      </div>
      <button type="submit" disabled={send.isPending}>
        <FormattedMessage id="growth.offer.send" />
      </button>
    </form>
  );
}

/** The client accepts (into an amendment), declines with a reason, or asks for a change. */
function AnswerOfferForm({ engagementId, offer }: { engagementId: string; offer: NextPhaseOffer }) {
  const answer = useAnswerOffer(engagementId, offer.id);
  const form = useContractForm<typeof AnswerOfferBody, AnswerOfferValues>(AnswerOfferBody, {
    defaultValues: { outcome: "accepted", note: "" },
    words: ANSWER_OFFER_WORDS,
  });
  // Each button answers with its outcome: the note is checked against that outcome's rule.
  const answerWith = (outcome: AnswerOfferValues["outcome"]) => (event: FormEvent) => {
    form.setValue("outcome", outcome);
    form.submitWith((body) => answer.mutate(body, { onError: form.showServerErrors }))(event);
  };
  return (
    <form noValidate className="stack-sm" onSubmit={answerWith("accepted")}>
      <FormAlert error={answer.error} />
      <TextAreaField label={<FormattedMessage id="growth.offer.note" />} {...form.field("note")} />
      <div className="button-row">
        <button type="submit" disabled={answer.isPending}>
          <FormattedMessage id="growth.offer.accept" />
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={answer.isPending}
          onClick={answerWith("change_requested")}
        >
          <FormattedMessage id="growth.offer.askChange" />
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={answer.isPending}
          onClick={answerWith("declined")}
        >
          <FormattedMessage id="growth.offer.decline" />
        </button>
      </div>
    </form>
  );
}

function OfferView({
  engagementId,
  offer,
  mayAnswer,
}: {
  engagementId: string;
  offer: NextPhaseOffer;
  mayAnswer: boolean;
}) {
  const intl = useIntl();
  const r = offer.terms.remuneration;
  const findings = [...offer.findings.feasibility, ...offer.findings.fairTerms];
  return (
    <article className="stack" data-offer={offer.id}>
      <h3 className="h-small">{offer.title}</h3>
      <p>
        <FormattedMessage id="growth.offer.status" values={{ status: offer.status }} />
        {offer.agreementVersion !== null ? (
          <>
            {" "}
            <FormattedMessage
              id="growth.offer.amendment"
              values={{ version: offer.agreementVersion }}
            />
          </>
        ) : null}
      </p>
      {offer.summary ? <p>{offer.summary}</p> : null}
      {offer.justification.length > 0 ? (
        <div>
          <FormattedMessage id="growth.offer.justifiedBy" />
          <ul>
            {offer.justification.map((j) => (
              <li key={j.goalId}>{j.sentence}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul>
        {offer.goals.map((g) => (
          <li key={g.title}>
            <FormattedMessage
              id="growth.offer.goalLine"
              values={{
                title: g.title,
                baseline: formatGoalValue(intl.locale, g.baseline, g.unit),
                target: formatGoalValue(intl.locale, g.target, g.unit),
              }}
            />
          </li>
        ))}
        {offer.terms.deliverables.map((d) => (
          <li key={d.id}>
            {d.title}: {d.criteria.map((c) => c.statement).join("; ")}
          </li>
        ))}
        {offer.terms.milestones.map((m) => (
          <li key={m.id}>
            {m.title}: {m.dueDate}
          </li>
        ))}
      </ul>
      {r.amountMinor !== null ? (
        <p>
          <FormattedMessage
            id="growth.offer.priceLine"
            values={{ amount: formatMoney(r.amountMinor, r.currency, intl.locale) }}
          />
        </p>
      ) : null}
      {findings.length > 0 ? (
        <ul className="muted">
          {findings.map((f) => (
            <li key={`${f.code}-${f.path}`}>{f.message}</li>
          ))}
        </ul>
      ) : null}
      {offer.answerNote ? <p className="muted">{offer.answerNote}</p> : null}
      {mayAnswer && offer.status === "sent" ? (
        <AnswerOfferForm engagementId={engagementId} offer={offer} />
      ) : null}
    </article>
  );
}

export function NextPhaseOfferPanel({
  engagementId,
  data,
  goals,
  currency,
  reviewId,
}: {
  engagementId: string;
  data: NextPhaseOfferList;
  goals: readonly Goal[];
  currency: string | null;
  reviewId: string | null;
}) {
  return (
    <section className="card stack" aria-labelledby="offers-title">
      <h2 id="offers-title">
        <FormattedMessage id="growth.offer.heading" />
      </h2>
      {data.offers.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="growth.offer.none" />
        </p>
      ) : null}
      {data.offers.map((offer) => (
        <OfferView
          key={offer.id}
          engagementId={engagementId}
          offer={offer}
          mayAnswer={data.abilities.answerOffer}
        />
      ))}
      {data.abilities.offer && currency ? (
        <SendOfferForm
          engagementId={engagementId}
          goals={goals}
          currency={currency}
          reviewId={reviewId}
        />
      ) : null}
    </section>
  );
}
