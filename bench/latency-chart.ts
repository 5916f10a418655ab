import type { RunReport } from "./report";

export interface ChartPoint {
  series: string;
  engagements: number;
  ms: number;
}

const WIDTH = 720;
const HEIGHT = 420;
const MARGIN = { top: 30, right: 200, bottom: 50, left: 60 };
const COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"];

/** Every engagement case's p99, per database, against the run's data size (one point per size). */
export function chartPoints(reports: readonly RunReport[]): ChartPoint[] {
  return reports.flatMap((report) =>
    report.databases.flatMap((database) =>
      database.data === null
        ? []
        : database.cases
            .filter(
              (c) => c.failure === null && c.latencySamples > 0 && !c.name.startsWith("matches"),
            )
            .map((c) => ({
              series: `${c.name} (${database.dialect})`,
              engagements: database.data?.engagements ?? 0,
              ms: c.p99Ms,
            })),
    ),
  );
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * p99 latency (ms) against the number of engagements, both axes logarithmic when the sizes
 * span more than a factor of ten, one line per case and database. A plain SVG, no dependency.
 */
export function latencyChartSvg(points: readonly ChartPoint[]): string {
  const sizes = points.map((p) => p.engagements);
  const values = points.map((p) => Math.max(p.ms, 0.1));
  const minX = Math.min(...sizes, Infinity);
  const maxX = Math.max(...sizes, -Infinity);
  const isLogX = maxX / Math.max(1, minX) > 10;
  const fx = (x: number) => (isLogX ? Math.log10(x) : x);
  const x0 = fx(minX === maxX ? minX / 2 : minX);
  const x1 = fx(minX === maxX ? maxX * 2 : maxX);
  const y1 = Math.max(1, ...values) * 1.1;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number) => MARGIN.left + ((fx(x) - x0) / (x1 - x0 || 1)) * plotW;
  const py = (ms: number) => MARGIN.top + plotH - (Math.max(ms, 0.1) / y1) * plotH;
  const series = [...new Set(points.map((p) => p.series))].sort();
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<title>p99 latency against data size</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top + plotH}" x2="${MARGIN.left + plotW}" y2="${MARGIN.top + plotH}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${MARGIN.top + plotH}" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 12}" text-anchor="middle">engagements${isLogX ? " (log scale)" : ""}</text>`,
    `<text x="16" y="${MARGIN.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 16 ${MARGIN.top + plotH / 2})">p99 latency (ms)</text>`,
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const ms = y1 * tick;
    parts.push(
      `<text x="${MARGIN.left - 6}" y="${py(ms) + 4}" text-anchor="end">${ms.toFixed(ms < 10 ? 1 : 0)}</text>`,
    );
  }
  for (const size of [...new Set(sizes)].sort((a, b) => a - b)) {
    parts.push(
      `<text x="${px(size)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${size.toLocaleString("en")}</text>`,
    );
  }
  series.forEach((name, index) => {
    const colour = COLOURS[index % COLOURS.length] ?? "#000";
    const own = points
      .filter((p) => p.series === name)
      .sort((a, b) => a.engagements - b.engagements);
    const path = own.map((p) => `${px(p.engagements).toFixed(1)},${py(p.ms).toFixed(1)}`).join(" ");
    if (own.length > 1) {
      parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    }
    for (const p of own) {
      parts.push(
        `<circle cx="${px(p.engagements).toFixed(1)}" cy="${py(p.ms).toFixed(1)}" r="3.5" fill="${colour}"><title>${escape(name)}: ${p.ms.toFixed(1)} ms at ${p.engagements} engagements</title></circle>`,
      );
    }
    const ly = MARGIN.top + 14 + index * 16;
    parts.push(
      `<rect x="${WIDTH - MARGIN.right + 12}" y="${ly - 9}" width="10" height="10" fill="${colour}"/>`,
      `<text x="${WIDTH - MARGIN.right + 28}" y="${ly}">${escape(name)}</text>`,
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
