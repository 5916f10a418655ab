import { FormattedMessage } from "react-intl";
import { DateOnly } from "../../../shared/components/date-only";
import { QueryError } from "../../../shared/components/query-state";
import { useFocusOnOutcome } from "../../../shared/hooks/use-focus-on-outcome";
import { useCheckIns } from "../api/check-ins";
import { openCheckIn } from "../health-view";
import { CheckInForm } from "./check-in-form";

/**
 * The open check-in's form for those who answer for their side (the server's
 * `abilities.health.answerCheckIn`), or where my side's latest answer stands, or that check-ins
 * ended with the work (the engagement's reviews ask instead).
 */
export function CheckInPanel({
  engagementId,
  mySide,
  canAnswer,
}: {
  engagementId: string;
  mySide: "client" | "provider";
  canAnswer: boolean;
}) {
  const checkIns = useCheckIns(engagementId);
  const open = checkIns.data ? openCheckIn(checkIns.data.checkIns) : undefined;
  const answerStatus = useFocusOnOutcome<HTMLParagraphElement>(Boolean(open) && canAnswer);
  if (checkIns.isPending) return null;
  if (checkIns.isError) return <QueryError error={checkIns.error} />;
  const list = checkIns.data.checkIns;
  if (open && !canAnswer) {
    return (
      <p className="muted check-in-status" role="status">
        <FormattedMessage id="checkIn.readOnly" />
      </p>
    );
  }
  if (open) {
    return (
      <CheckInForm
        engagementId={engagementId}
        checkIn={open}
        otherSide={mySide === "client" ? "provider" : "client"}
      />
    );
  }
  const answered = list.find((c) => c.status === "open" && c.myAnswer !== null);
  return (
    <p className="muted check-in-status" role="status" ref={answerStatus} tabIndex={-1}>
      {answered?.myAnswer ? (
        <FormattedMessage
          id="checkIn.answered"
          values={{
            date: <DateOnly key="d" value={answered.myAnswer.answeredAt.slice(0, 10)} />,
            other: answered.hasOtherSideAnswered ? "yes" : "no",
          }}
        />
      ) : (
        <FormattedMessage id={checkIns.data.isWorkComplete ? "checkIn.ended" : "checkIn.none"} />
      )}
    </p>
  );
}
