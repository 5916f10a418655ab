import { useMemo } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { HealthHistoryPoint } from "../../../shared/api/types";
import { LineChart } from "../../../shared/components/line-chart";
import { seriesOf } from "../health-view";

/** Each side keeps its colour, whether or not the other has a score to draw. */
const SIDE_COLORS = { provider: "#2563eb", client: "#c2410c" } as const;

/** Both sides' scores over time, one line each. */
export function ScoreHistoryChart({
  points,
  caption,
}: {
  points: readonly HealthHistoryPoint[];
  caption: React.ReactNode;
}) {
  const intl = useIntl();
  const series = useMemo(
    () =>
      (["provider", "client"] as const)
        .map((side) => ({
          label: intl.formatMessage({ id: "health.chart.side" }, { side }),
          points: seriesOf(points, side),
          color: SIDE_COLORS[side],
        }))
        .filter((s) => s.points.length > 0),
    [points, intl],
  );
  if (series.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="health.chart.empty" />
      </p>
    );
  }
  return <LineChart caption={caption} series={series} />;
}
