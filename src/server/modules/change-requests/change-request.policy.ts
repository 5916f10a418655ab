import type { z } from "zod";
import type { ChangeRequestAbilities } from "../../../contracts/abilities";
import {
  transitionChangeRequest,
  type ChangeRequestStatus,
} from "../../../domain/change/change-request";
import type { Side } from "../../../domain/engagement/engagement";
import { can, READ, WRITE, type AccessTableOf, type Participants } from "../../kernel/access";
import type { Actor } from "../../platform/actor";

/**
 * Who does what with changes: anyone on the engagement reads them, and either side's owners and
 * members propose and answer (which side answers which step is the change request's own rule).
 * Once the exit has ended the engagement no new change is proposed (`endsWithExit`).
 */
export const CHANGE_REQUEST_ACCESS = {
  view: READ,
  propose: { ...WRITE, endsWithExit: true },
  answer: WRITE,
} as const satisfies AccessTableOf<"changeRequests">;

/**
 * What the actor may do with one change request now: the part's rule (`answer`) and then the
 * request's own (`transitionChangeRequest`), the same two checks `lockChangeFor` makes.
 */
export function changeRequestAbilities(
  actor: Actor,
  engagement: Participants,
  change: { status: ChangeRequestStatus; proposedSide: Side },
): z.infer<typeof ChangeRequestAbilities> {
  const decided = can(actor, engagement, CHANGE_REQUEST_ACCESS.answer);
  const side = decided.decision === "allowed" ? decided.side : null;
  const may = (action: "price" | "approve" | "decline" | "withdraw") =>
    side !== null && transitionChangeRequest(change, action, side).ok;
  return {
    price: may("price"),
    approve: may("approve"),
    decline: may("decline"),
    withdraw: may("withdraw"),
  };
}
