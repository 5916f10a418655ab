import { useEffect, useRef, type ReactNode } from "react";
import { useIntl } from "react-intl";
import type uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { timeAxisRange, timeTickFormat } from "../lib/time-axis";

export interface ChartPoint {
  /** When the value was measured: an ISO timestamp or a YYYY-MM-DD day. */
  at: string;
  value: number;
}

export interface ChartSeries {
  label: string;
  points: readonly ChartPoint[];
  /** A CSS colour; the chart picks from its palette when absent. */
  color?: string;
}

interface LineChartProps {
  /** Names the chart for screen readers and as its visible caption. */
  caption: ReactNode;
  series: readonly ChartSeries[];
  /** How a value reads on the axis and in the table ("2.6%", "€1,200.00", "72"). */
  formatValue?: (value: number) => string;
  height?: number;
}

const PALETTE = ["#2563eb", "#c2410c", "#15803d", "#7e22ce"];

function epochSeconds(at: string): number {
  return Date.parse(at.length === 10 ? `${at}T00:00:00Z` : at) / 1000;
}

/** One x axis for every series: the union of their times, with gaps where a series has none. */
function alignedData(series: readonly ChartSeries[]): uPlot.AlignedData {
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => epochSeconds(p.at))))].sort(
    (a, b) => a - b,
  );
  const columns = series.map((s) => {
    const byTime = new Map(s.points.map((p) => [epochSeconds(p.at), p.value]));
    return times.map((t) => byTime.get(t) ?? null);
  });
  return [times, ...columns];
}

/**
 * A line chart over time, drawn by uPlot (loaded on first use, so pages without charts never
 * download it), with the same numbers as a table for screen readers and for anyone who would
 * rather read than look.
 */
export function LineChart({ caption, series, formatValue, height = 220 }: LineChartProps) {
  const intl = useIntl();
  const target = useRef<HTMLDivElement>(null);
  const format = formatValue ?? ((value: number) => intl.formatNumber(value));
  // Read through a ref, so a new formatter each render does not redraw the chart.
  const formatRef = useRef(format);
  formatRef.current = format;
  const intlRef = useRef(intl);
  intlRef.current = intl;

  useEffect(() => {
    const element = target.current;
    if (!element || series.every((s) => s.points.length === 0)) return undefined;
    let chart: uPlot | undefined;
    let cancelled = false;
    const resize = new ResizeObserver(() => {
      chart?.setSize({ width: element.clientWidth, height });
    });
    void import("uplot").then(({ default: UPlot }) => {
      if (cancelled) return;
      chart = new UPlot(
        {
          width: element.clientWidth,
          height,
          legend: { show: series.length > 1 },
          scales: {
            x: {
              time: true,
              range: (chart: uPlot, min: number, max: number) =>
                timeAxisRange(chart.data[0], min, max),
            },
          },
          series: [
            {
              label: intlRef.current.formatMessage({ id: "app.chart.date" }),
              value: (_: uPlot, seconds: number | null) =>
                seconds === null
                  ? "–"
                  : intlRef.current.formatDate(seconds * 1000, { dateStyle: "medium" }),
            },
            ...series.map((s, index) => ({
              label: s.label,
              stroke: s.color ?? PALETTE[index % PALETTE.length],
              width: 2,
              spanGaps: true,
              value: (_: uPlot, value: number | null) =>
                value === null ? "–" : formatRef.current(value),
            })),
          ],
          axes: [
            {
              // Room for the longest tick ("15 janv.", "Sept. 2027") so that none overlap.
              space: 90,
              values: (_: uPlot, ticks: number[], _axis: number, _space: number, step: number) =>
                ticks.map((tick) => intlRef.current.formatDate(tick * 1000, timeTickFormat(step))),
            },
            {
              values: (_: uPlot, ticks: number[]) => ticks.map((tick) => formatRef.current(tick)),
              size: 64,
            },
          ],
        },
        alignedData(series),
        element,
      );
      resize.observe(element);
    });
    return () => {
      cancelled = true;
      resize.disconnect();
      chart?.destroy();
    };
  }, [series, height]);

  return (
    <figure className="line-chart">
      <figcaption>{caption}</figcaption>
      <div ref={target} aria-hidden="true" style={{ minHeight: height }} />
      {/* A table keeps its content's width whatever its own: the box around it hides it. */}
      <div className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <tbody>
            {series.flatMap((s, index) =>
              // Keyed by position: two series may share a label while their words load.
              s.points.map((point) => (
                <tr key={`${index}-${point.at}`}>
                  <th scope="row">
                    {s.label},{" "}
                    {intl.formatDate(
                      point.at.length === 10 ? `${point.at}T00:00:00Z` : point.at,
                      point.at.length === 10
                        ? { dateStyle: "medium", timeZone: "UTC" }
                        : { dateStyle: "medium" },
                    )}
                  </th>
                  <td>{format(point.value)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
