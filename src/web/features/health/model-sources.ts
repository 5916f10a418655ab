import type { AppMessageKey } from "../../shared/i18n/messages";

/**
 * The published work each part of the model leans on (HEALTH.md, "Sources to lean on"). The
 * citation is the work's own name, never translated; what Accord takes from it is.
 */
export const MODEL_SOURCES: readonly { citation: string; takes: AppMessageKey }[] = [
  {
    citation: "Parasuraman, Zeithaml & Berry (1988), SERVQUAL",
    takes: "model.source.servqual",
  },
  {
    citation:
      "Morgan & Hunt (1994); Crosby, Evans & Cowles (1990); Palmatier, Dant, Grewal & Evans (2006)",
    takes: "model.source.relationshipQuality",
  },
  { citation: "ERPNext Supplier Scorecard", takes: "model.source.scorecard" },
  {
    citation:
      "Fradkin, Grewal & Holtz (2021), Marketing Science; Filippas, Horton & Golden; Nosko & Tadelis",
    takes: "model.source.reviews",
  },
  { citation: "Upwork Job Success Score", takes: "model.source.upwork" },
  { citation: "Directive 2011/7/EU", takes: "model.source.latePayment" },
  {
    citation: "Consumer Review Fairness Act (2016); 16 CFR 465 (2024); Directive (EU) 2019/2161",
    takes: "model.source.retaliation",
  },
];
