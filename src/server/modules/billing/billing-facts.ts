import type { SummaryFactPart } from "../../kernel/summary-facts";

/** The part of an engagement's summary facts a write to its invoices changes (no event says so for a draft). */
export const BILLING_FACTS: ReadonlySet<SummaryFactPart> = new Set(["billing"]);
