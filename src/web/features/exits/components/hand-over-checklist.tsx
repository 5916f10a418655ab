import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { DateOnly } from "../../../shared/components/date-only";
import { FormAlert } from "../../../shared/components/form-alert";
import type { AppMessageKey } from "../../../shared/i18n/messages";
import { useTickHandOverItem } from "../api/change-exit";
import type { Exit, HandOverItem } from "../exit-types";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

const STANDARD_DUTIES: Record<string, AppMessageKey> = {
  "exit.handover.access_removed": "exit.handover.access_removed",
  "exit.handover.credentials_rotated": "exit.handover.credentials_rotated",
};

/** A duty in the reader's words: the agreement's own text, or a standard item's message. */
function useDutyText() {
  const intl = useIntl();
  return (item: HandOverItem) => {
    const key = item.isStandard ? STANDARD_DUTIES[item.duty] : undefined;
    return key ? intl.formatMessage({ id: key }) : item.duty;
  };
}

/**
 * The hand-over checklist: each item with its responsible side and due date; the responsible
 * side ticks its own items (the server refuses the other side's), which cannot be unticked.
 */
export function HandOverChecklist({
  engagementId,
  exit,
  mySide,
  canAct,
}: {
  engagementId: string;
  exit: Exit;
  mySide: "client" | "provider";
  canAct: boolean;
}) {
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const tick = useTickHandOverItem(engagementId);
  const dutyText = useDutyText();
  const [confirming, setConfirming] = useState<HandOverItem | null>(null);
  return (
    <section className="card stack-sm" aria-labelledby="exit-handover-title">
      <h2 id="exit-handover-title">
        <FormattedMessage id="exit.handover.title" />
      </h2>
      {exit.isHandOverComplete ? (
        <p className="alert alert-success">
          <FormattedMessage id="exit.handover.complete" />
        </p>
      ) : null}
      <FormAlert error={tick.error} />
      <ul className="stack-sm handover-list">
        {exit.handOver.map((item) => {
          const text = dutyText(item);
          const isMine = canAct && item.responsibleSide === mySide;
          return (
            <li key={item.id} className="handover-item">
              <span className={item.doneAt ? "handover-done" : undefined}>{text}</span>{" "}
              <span className="badge">
                <FormattedMessage id="exit.handover.side" values={{ side: item.responsibleSide }} />
              </span>{" "}
              <span className="muted">
                {item.doneAt ? (
                  <FormattedMessage
                    id="exit.handover.done"
                    values={{
                      date: <FormattedDate key="d" value={item.doneAt} dateStyle="long" />,
                    }}
                  />
                ) : (
                  <FormattedMessage
                    id="exit.handover.due"
                    values={{ date: <DateOnly key="d" value={item.dueDate} /> }}
                  />
                )}
              </span>
              {isMine && !item.doneAt ? (
                <>
                  {" "}
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={tick.isPending}
                    aria-label={intl.formatMessage({ id: "exit.handover.tick" }, { duty: text })}
                    onClick={() => setConfirming(item)}
                  >
                    <FormattedMessage id="exit.handover.tick.short" />
                  </button>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        isOpen={confirming !== null}
        title={
          <FormattedMessage
            id="confirm.tickHandOver.title"
            values={{ duty: confirming ? dutyText(confirming) : "" }}
          />
        }
        consequence={<FormattedMessage id="confirm.tickHandOver.body" />}
        confirmLabel={<FormattedMessage id="exit.handover.tick.short" />}
        onConfirm={() => {
          if (confirming) oneAtATime(() => tick.mutate(confirming.id));
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
