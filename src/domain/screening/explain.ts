import type { Evidence, EvidenceRole, ScreeningKind } from "./types";

/** A decision and the evidence behind it, before it is put into words. */
export interface Finding {
  kind: ScreeningKind;
  evidence: Evidence[];
  /** Read by the learned scorer: the threat phrases are the highest-weight phrases it found. */
  learned?: boolean;
  /** Read by the signal model: the phrases are the weak signals that fired together. */
  combined?: boolean;
}

/** One English sentence naming the phrases and the review link behind a finding. */
export function explain(finding: Finding): string {
  const list = (role: EvidenceRole) =>
    finding.evidence.filter((e) => e.role === role).map((e) => `"${e.phrase}"`);
  const threat = [
    ...list("legal-threat").map((p) => `legal threat ${p}`),
    ...list("intimidation").map((p) => `intimidation ${p}`),
    ...list("sanction").map((p) => `sanction ${p}`),
    ...list("review-leverage").map((p) => `review used as leverage ${p}`),
  ].join(", ");
  const condition = list("ultimatum");
  const link = [
    ...finding.evidence.filter((e) => e.role === "context-link").map((e) => `context ${e.phrase}`),
    ...list("removal-demand").map((p) => `removal demand ${p}`),
    ...list("review-mention").map((p) => `review named ${p}`),
  ];
  const by = finding.combined
    ? " (weak signals combined)"
    : finding.learned
      ? " (learned scorer, highest-weight phrases)"
      : "";
  const when = condition.length > 0 ? ` under the condition ${condition.join(", ")}` : "";
  switch (finding.kind) {
    case "retaliation":
      return `Retaliation${by}: ${threat}${when}${link.length > 0 ? `, linked to a review by ${link.join(", ")}` : ""}.`;
    case "legal_threat":
      return `Legal threat${by}: ${threat}${when}; no link to a review.`;
    case "none": {
      if (finding.evidence.length === 0)
        return "No threat: no legal, intimidating or leverage phrase.";
      const why = finding.evidence.map((e) => `"${e.phrase}" (${e.role.replace("-ignored", "")})`);
      return `No threat: ${why.join(", ")} did not count.`;
    }
  }
}
