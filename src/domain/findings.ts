/**
 * A finding of one of the checks (brief clarity, proposal feasibility, fair terms): a stable
 * code, how serious it is, where it points, and the values its localised message needs.
 * The message and its cited reason live in the catalogues under the code.
 */
export interface Finding<Code extends string = string> {
  code: Code;
  /**
   * `blocking` stops the action (publish, send, sign); `serious` lets it go on but must be
   * seen, and sometimes acknowledged, first; `warning` advises.
   */
  severity: "blocking" | "serious" | "warning";
  /** Dotted path of the field concerned, e.g. `deliverables.0.criteria.1`; empty for the whole. */
  path: string;
  values?: Record<string, string | number>;
}

export function hasBlockingFinding(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "blocking");
}

/** Lower-cases and strips accents, so rules match "Dénigrement" and "denigrement" alike. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
