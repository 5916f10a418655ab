/** The dispute shapes the web reads and sends, inferred from the API contracts. */
import type { z } from "zod";
import type * as Disputes from "../../../contracts/disputes";

export type Dispute = z.infer<typeof Disputes.Dispute>;
export type DisputeList = z.infer<typeof Disputes.DisputeList>;
export type DisputeOffer = z.infer<typeof Disputes.DisputeOffer>;
export type AmendsItem = z.infer<typeof Disputes.AmendsItem>;
export type DisputeSettlement = z.infer<typeof Disputes.DisputeSettlement>;
export type OpenDisputeBody = z.input<typeof Disputes.OpenDisputeBody>;
export type OfferAmendsBody = z.input<typeof Disputes.OfferAmendsBody>;
export type DisputeSubjectKind = Dispute["subject"]["kind"];
export type Mediation = z.infer<typeof Disputes.Mediation>;
export type MediationList = z.infer<typeof Disputes.MediationList>;
