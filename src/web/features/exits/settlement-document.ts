import type { Exit } from "./exit-types";

type Settlement = NonNullable<NonNullable<Exit["settlement"]>["settlement"]>;

/**
 * How the settlement's document reads: `invoices_open` for a positive balance of time and
 * materials, whose settlement counts only what was invoiced, so the balance is what the issued
 * invoices still ask and nothing new is issued (a "final invoice" for it would count again); a
 * time-and-materials settlement always has its `time` line. Otherwise the document's own kind.
 */
export function settlementDocumentWording(
  settlement: Pick<Settlement, "lines" | "document">,
): "final_invoice" | "invoices_open" | "credit_note" | "none" {
  const isTimeAndMaterials = settlement.lines.some((line) => line.kind === "time");
  if (settlement.document.kind === "final_invoice" && isTimeAndMaterials) return "invoices_open";
  return settlement.document.kind;
}
