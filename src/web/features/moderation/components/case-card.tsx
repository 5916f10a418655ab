import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import type { AppMessageKey } from "../../../shared/i18n/messages";
import { readEvidence } from "../case-evidence";
import type { ModerationCase } from "../moderation-types";
import { AppealForm, DecideAppealForm, DecideForm, RespondForm } from "./case-forms";
import { HideReviewForm } from "./hide-review-form";

const EVIDENCE_ROLE_LABELS: Record<string, AppMessageKey> = {
  "legal-threat": "moderation.evidence.legalThreat",
  intimidation: "moderation.evidence.intimidation",
  sanction: "moderation.evidence.sanction",
  "review-leverage": "moderation.evidence.reviewLeverage",
  "review-mention": "moderation.evidence.reviewMention",
  "removal-demand": "moderation.evidence.removalDemand",
  ultimatum: "moderation.evidence.ultimatum",
};

/** Context links name fields and ids, not words of the text: they show as one sentence. */
const CONTEXT_LINK = "context-link";

/**
 * One case as its reader may see it: what it is about and the evidence, the notice and the
 * accused's answer, the decision with its reason, and the one appeal. Each step's form shows to
 * whom it falls: the accused answers, a moderator decides, a party appeals, another moderator
 * rules on the appeal (the server refuses the one who decided).
 */
export function CaseCard({ item }: { item: ModerationCase }) {
  const intl = useIntl();
  const evidence = readEvidence(item.evidence);
  const phrases = evidence.phrases.filter((p) => p.role !== CONTEXT_LINK);
  const isLinkedByContext = evidence.phrases.some((p) => p.role === CONTEXT_LINK);
  const titleId = `case-${item.id}-title`;
  const date = (value: string) => <FormattedDate key="date" value={value} dateStyle="long" />;
  const isModerator = item.viewerRole === "moderator";
  const isParty = !isModerator;
  return (
    <article className="card stack" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 id={titleId}>
          <FormattedMessage
            id="moderation.case.title"
            values={{ subject: item.subject.kind, accused: item.accusedOrgName }}
          />
        </h2>
        <span className="badge">
          <FormattedMessage id="moderation.case.status" values={{ status: item.status }} />
        </span>
      </div>
      <p className="muted">
        <FormattedMessage
          id="moderation.case.opened"
          values={{ source: item.source, date: date(item.createdAt) }}
        />
        {item.complainantOrgName ? (
          <>
            {" "}
            <FormattedMessage
              id="moderation.case.complainant"
              values={{ org: item.complainantOrgName }}
            />
          </>
        ) : null}
      </p>
      {item.subject.text !== null ? (
        <blockquote className="prewrap">{item.subject.text}</blockquote>
      ) : (
        <p className="muted">
          <FormattedMessage id="moderation.case.textUnavailable" />
        </p>
      )}
      <section className="stack-sm" aria-labelledby={`${titleId}-evidence`}>
        <h3 id={`${titleId}-evidence`}>
          <FormattedMessage id="moderation.case.evidence" />
        </h3>
        <p className="prewrap">{item.reason}</p>
        {phrases.length > 0 || isLinkedByContext ? (
          <ul>
            {phrases.map((p, index) => {
              const label = EVIDENCE_ROLE_LABELS[p.role];
              return (
                <li key={`${index}-${p.phrase}`}>
                  <FormattedMessage
                    id="moderation.evidence.phrase"
                    values={{
                      phrase: p.phrase,
                      role: label ? intl.formatMessage({ id: label }) : p.role,
                    }}
                  />
                </li>
              );
            })}
            {isLinkedByContext ? (
              <li>
                <FormattedMessage id="moderation.evidence.contextLink" />
              </li>
            ) : null}
          </ul>
        ) : null}
      </section>
      <section className="stack-sm" aria-labelledby={`${titleId}-notice`}>
        <h3 id={`${titleId}-notice`}>
          <FormattedMessage id="moderation.case.notice" />
        </h3>
        <p>
          <FormattedMessage
            id="moderation.case.noticeSent"
            values={{ org: item.accusedOrgName, date: date(item.notice.responseDueAt) }}
          />
        </p>
        {item.notice.response && item.notice.respondedAt ? (
          <>
            <p>
              <FormattedMessage
                id="moderation.case.answered"
                values={{ org: item.accusedOrgName, date: date(item.notice.respondedAt) }}
              />
            </p>
            <p className="prewrap">{item.notice.response}</p>
          </>
        ) : item.notice.isWindowOpen ? (
          <p className="muted">
            <FormattedMessage id="moderation.case.noAnswer" />
          </p>
        ) : (
          <p className="muted">
            <FormattedMessage
              id="moderation.case.windowClosed"
              values={{ date: date(item.notice.responseDueAt) }}
            />
          </p>
        )}
        {item.viewerRole === "accused" &&
        item.status === "open" &&
        !item.notice.response &&
        item.notice.isWindowOpen ? (
          <RespondForm item={item} />
        ) : null}
      </section>
      <section className="stack-sm" aria-labelledby={`${titleId}-decision`}>
        <h3 id={`${titleId}-decision`}>
          <FormattedMessage id="moderation.case.decision" />
        </h3>
        {item.decision ? (
          <>
            <p>
              <strong>
                <FormattedMessage
                  id="moderation.case.decided"
                  values={{
                    decision: item.decision.decision,
                    days: item.decision.suspensionDays ?? 0,
                    date: date(item.decision.decidedAt),
                  }}
                />
              </strong>
            </p>
            <p className="prewrap">{item.decision.reason}</p>
          </>
        ) : (
          <p className="muted">
            <FormattedMessage id="moderation.case.undecided" />
          </p>
        )}
        {isModerator && item.status === "open" ? <DecideForm item={item} /> : null}
        {isModerator &&
        item.subject.kind === "review" &&
        item.engagementId !== null &&
        item.subject.text !== null ? (
          <HideReviewForm reviewId={item.subject.id} engagementId={item.engagementId} />
        ) : null}
      </section>
      {item.appeal || (isParty && item.status === "decided") ? (
        <section className="stack-sm" aria-labelledby={`${titleId}-appeal`}>
          <h3 id={`${titleId}-appeal`}>
            <FormattedMessage id="moderation.case.appeal" />
          </h3>
          {item.appeal ? (
            <>
              <p>
                <FormattedMessage
                  id="moderation.case.appealed"
                  values={{ date: date(item.appeal.appealedAt) }}
                />
              </p>
              <p className="prewrap">{item.appeal.reason}</p>
              {item.appeal.outcome && item.appeal.decidedAt ? (
                <>
                  <p>
                    <strong>
                      <FormattedMessage
                        id="moderation.case.appealDecided"
                        values={{
                          outcome: item.appeal.outcome,
                          date: date(item.appeal.decidedAt),
                        }}
                      />
                    </strong>
                  </p>
                  <p className="prewrap">{item.appeal.outcomeReason}</p>
                </>
              ) : null}
            </>
          ) : null}
          {isParty && item.status === "decided" && !item.appeal ? <AppealForm item={item} /> : null}
          {isModerator && item.status === "appealed" ? <DecideAppealForm item={item} /> : null}
        </section>
      ) : null}
      {isParty && item.engagementId ? (
        <Link to={`/engagements/${item.engagementId}`} className="align-start">
          <FormattedMessage id="moderation.case.engagementLink" />
        </Link>
      ) : null}
    </article>
  );
}
