import { FormattedDate, FormattedMessage } from "react-intl";
import { useTestClockAhead } from "../api/get-test-clock";

/** Says plainly, on every page, that this sandbox lives in the future of a test clock. */
export function TestClockBanner() {
  const clock = useTestClockAhead();
  if (!clock) return null;
  const days = Math.floor(clock.offsetSeconds / 86_400);
  const hours = Math.floor((clock.offsetSeconds % 86_400) / 3_600);
  return (
    <div className="alert alert-info test-clock-banner" role="status">
      <FormattedMessage
        id="testClock.banner"
        values={{
          now: <FormattedDate key="now" value={clock.now} dateStyle="long" timeStyle="short" />,
          days,
          hours,
        }}
      />
    </div>
  );
}
