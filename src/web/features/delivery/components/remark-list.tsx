import { useId } from "react";
import { FormattedDate, FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { Remark } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { useProposeChange } from "../../change-requests/api/change-change-request";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

const TITLE_LENGTH = 120;

/** A change's title from a remark: its first line, shortened to fit a title. */
export function titleFromRemark(text: string): string {
  const firstLine = text.split(/\r?\n/)[0]?.trim() ?? "";
  return firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH - 1)}…` : firstLine;
}

/**
 * Remarks the client made outside the agreed criteria: kept beside the verdicts, never
 * blocking. The client turns one into a change request in one step; a converted remark links
 * to its change.
 */
export function RemarkList({
  engagementId,
  deliverableId,
  remarks,
  canConvert,
}: {
  engagementId: string;
  deliverableId: string;
  remarks: Remark[];
  canConvert: boolean;
}) {
  return (
    <div className="stack-sm remarks">
      <h5>
        <FormattedMessage id="delivery.remarks.title" />
      </h5>
      <p className="field-hint">
        <FormattedMessage id="delivery.remarks.explain" />
      </p>
      <ul className="plain-list stack-sm">
        {remarks.map((remark) => (
          <RemarkItem
            key={remark.id}
            engagementId={engagementId}
            deliverableId={deliverableId}
            remark={remark}
            canConvert={canConvert}
          />
        ))}
      </ul>
    </div>
  );
}

function RemarkItem({
  engagementId,
  deliverableId,
  remark,
  canConvert,
}: {
  engagementId: string;
  deliverableId: string;
  remark: Remark;
  canConvert: boolean;
}) {
  const oneAtATime = useOneAtATime();
  const propose = useProposeChange(engagementId);
  const textId = useId();
  const changesPath = `/engagements/${engagementId}/changes`;
  const number = remark.changeRequestNumber ?? propose.data?.number ?? null;
  return (
    <li className="remark stack-sm">
      <p className="prewrap" id={textId}>
        {remark.text}
      </p>
      <p className="muted">
        <FormattedMessage
          id="delivery.remarks.by"
          values={{
            name: remark.author.name,
            date: <FormattedDate key="date" value={remark.createdAt} dateStyle="long" />,
          }}
        />{" "}
        <span className="badge badge-remark">
          <FormattedMessage id="delivery.remarks.notBlocking" />
        </span>
      </p>
      <div aria-live="polite" className="stack-sm">
        {number !== null ? (
          <p>
            <Link to={`${changesPath}#change-${number}`}>
              <FormattedMessage
                id={
                  propose.isSuccess
                    ? "delivery.remarks.converted.now"
                    : "delivery.remarks.converted"
                }
                values={{ number }}
              />
            </Link>
          </p>
        ) : null}
      </div>
      {number === null && canConvert ? (
        <>
          <button
            type="button"
            className="button-secondary button-small align-start"
            disabled={propose.isPending}
            aria-describedby={textId}
            onClick={() =>
              oneAtATime(() =>
                propose.mutate({
                  title: titleFromRemark(remark.text),
                  reason: remark.text,
                  deliverableIds: [deliverableId],
                  additionalRevisions: 0,
                  fromRemarkId: remark.id,
                }),
              )
            }
          >
            <FormattedMessage id="delivery.remarks.convert" />
          </button>
          <FormAlert error={propose.error} />
        </>
      ) : null}
    </li>
  );
}
