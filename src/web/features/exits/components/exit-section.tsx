import { FormattedDate, FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { Engagement } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useFocusOnOutcome } from "../../../shared/hooks/use-focus-on-outcome";
import { useAgreement } from "../../agreements/api/get-agreement";
import { useExit } from "../api/get-exit";
import { noticeOffer } from "../exit-form-state";
import type { Exit } from "../exit-types";
import { ExitFeedback } from "./exit-feedback";
import { FinalSettlement } from "./final-settlement";
import { GiveNoticeForm } from "./give-notice-form";
import { HandOverChecklist } from "./hand-over-checklist";

/**
 * Parting ways: notice with the exit date, the final settlement line by line before anything
 * is issued, the hand-over ticked by each responsible side, exit feedback, and "ended amicably".
 */
export function ExitSection({ engagement }: { engagement: Engagement }) {
  const exit = useExit(engagement.id);
  const agreement = useAgreement(engagement.id);
  const canAct = engagement.abilities.exits.act === true;
  const summaryTitle = useFocusOnOutcome<HTMLHeadingElement>(exit.data === null && canAct);
  if (exit.isPending || agreement.isPending) return <Loading />;
  if (exit.isError) return <QueryError error={exit.error} onRetry={() => void exit.refetch()} />;
  if (agreement.isError)
    return <QueryError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  const offer = noticeOffer({ canAct, isAgreementInForce: agreement.data.inForce !== null });
  return (
    <div className="stack-lg">
      <p className="lead">
        <FormattedMessage id="exit.intro" />
      </p>
      {exit.data === null ? (
        <>
          <p className="muted">
            <FormattedMessage id="exit.none" />
          </p>
          {offer === "form" ? <GiveNoticeForm engagementId={engagement.id} /> : null}
          {offer === "no_agreement" ? (
            <p className="alert alert-info">
              <FormattedMessage id="exit.noAgreement" />{" "}
              <Link to={`/engagements/${engagement.id}/agreement`}>
                <FormattedMessage id="delivery.noAgreement.link" />
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <ExitSummary exit={exit.data} titleRef={summaryTitle} />
          <FinalSettlement
            exit={exit.data}
            refundsHref={
              engagement.abilities.billing.recordRefund
                ? `/engagements/${engagement.id}/invoices`
                : null
            }
          />
          <HandOverChecklist
            engagementId={engagement.id}
            exit={exit.data}
            mySide={engagement.mySide}
            canAct={canAct}
          />
          <ExitFeedback
            engagementId={engagement.id}
            exit={exit.data}
            mySide={engagement.mySide}
            canAct={canAct}
          />
        </>
      )}
    </div>
  );
}

function ExitSummary({
  exit,
  titleRef,
}: {
  exit: Exit;
  /** Takes the focus once notice is given from this page (`useFocusOnOutcome`). */
  titleRef: React.Ref<HTMLHeadingElement>;
}) {
  return (
    <section className="card stack-sm" aria-labelledby="exit-summary-title">
      <h2 id="exit-summary-title" ref={titleRef} tabIndex={-1}>
        <FormattedMessage id="exit.summary.title" />
      </h2>
      {exit.endedAmicablyAt ? (
        <p className="alert alert-success" role="status">
          <FormattedMessage
            id="exit.amicable"
            values={{
              date: <FormattedDate key="date" value={exit.endedAmicablyAt} dateStyle="long" />,
            }}
          />
          {exit.isDoorOpen ? (
            <>
              {" "}
              <FormattedMessage id="exit.doorOpen" />
            </>
          ) : null}
        </p>
      ) : null}
      <p>
        <FormattedMessage
          id="exit.reason"
          values={{
            reason: exit.reason,
            side: exit.givenSide,
            date: <DateOnly key="date" value={exit.givenOn} />,
          }}
        />
      </p>
      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="exit.date" />
          </dt>
          <dd>
            <DateOnly value={exit.exitDate} />
          </dd>
        </div>
        {exit.cureBy ? (
          <div>
            <dt>
              <FormattedMessage id="exit.cureBy" />
            </dt>
            <dd>
              <DateOnly value={exit.cureBy} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>
            <FormattedMessage id="exit.remaining" />
          </dt>
          <dd>
            <FormattedMessage
              id="exit.remaining.value"
              values={{
                items: exit.handOver.filter((item) => item.doneAt === null).length,
                isSettled: exit.isSettled ? "yes" : "no",
              }}
            />
          </dd>
        </div>
      </dl>
      {exit.isNoticeWaived ? (
        <p className="alert alert-info">
          <FormattedMessage id="exit.noticeWaived" />
        </p>
      ) : null}
      {exit.note ? <p className="prewrap muted">{exit.note}</p> : null}
    </section>
  );
}
