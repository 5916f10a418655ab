import canonicalize from "canonicalize";
import { checkFairTerms, type FairTermsCode, type FloorRate } from "../agreement/fair-terms-check";
import type { AgreementTerms, Deliverable, Milestone, Remuneration } from "../agreement/terms";
import type { Brief } from "../brief/brief";
import type { Finding } from "../findings";
import { goalTitled } from "./goal";
import { checkFeasibility, type FeasibilityCode } from "../proposal/feasibility-check";

/** A goal the next phase aims at: measurable (a target other than its baseline). */
export interface OfferGoal {
  title: string;
  baseline: number;
  target: number;
  unit: string;
  dueDate: string | null;
}

/**
 * The provider's next phase: new goals with targets, deliverables with acceptance criteria,
 * price and plan (milestones), linked to the goals whose results justify it.
 */
export interface NextPhaseOffer {
  title: string;
  summary: string;
  goals: OfferGoal[];
  terms: { deliverables: Deliverable[]; milestones: Milestone[]; remuneration: Remuneration };
  justifiedByGoalIds: string[];
}

export type OfferStatus = "sent" | "accepted" | "declined" | "change_requested" | "superseded";
export type OfferAnswer = "accepted" | "declined" | "change_requested";

/** Only a sent offer is answered; an answered or replaced one stays as it was. */
export function isOfferAnswerable(status: OfferStatus): boolean {
  return status === "sent";
}

/**
 * The first goal of an offer whose title is already taken (compared by `isSameText`, as a goal
 * set by hand is: `goalTitled`): by an earlier goal of the offer itself (`by: "offer"`, a
 * mistake in the request, so told first), else by a goal the engagement has
 * (`by: "engagement"`); null when every title is new. Accepting such an offer would give the
 * engagement two goals of one name, their values split in two.
 */
export function offerGoalTitleTaken(
  setGoals: readonly { title: string }[],
  offerGoals: readonly { title: string }[],
): { index: number; title: string; by: "engagement" | "offer" } | null {
  for (const [index, goal] of offerGoals.entries()) {
    const earlier = goalTitled(offerGoals.slice(0, index), goal.title);
    if (earlier) return { index, title: earlier.title, by: "offer" };
  }
  for (const [index, goal] of offerGoals.entries()) {
    const set = goalTitled(setGoals, goal.title);
    if (set) return { index, title: set.title, by: "engagement" };
  }
  return null;
}

/**
 * The goals an accepted offer brings: those whose title the engagement does not have yet. A
 * goal set under the same title after the offer was sent already measures it, so the offer's
 * is not made again (the offer itself is still accepted).
 */
export function goalsToBring<G extends { title: string }>(
  setGoals: readonly { title: string }[],
  offerGoals: readonly G[],
): G[] {
  const brought: G[] = [];
  for (const goal of offerGoals) {
    if (!goalTitled([...setGoals, ...brought], goal.title)) brought.push(goal);
  }
  return brought;
}

/**
 * The offer still waiting for the client's answer that `offer` repeats word for word, if any:
 * sending it again is what a double click or a retry does, and would replace the waiting offer
 * by its own copy. Once the client answered (a change asked for, say), the same offer is a new
 * proposal and goes out.
 */
export function waitingOfferLike<O extends { status: OfferStatus; offer: NextPhaseOffer }>(
  earlier: readonly O[],
  offer: NextPhaseOffer,
): O | undefined {
  const sameAs = canonicalize(offer);
  return earlier.find((o) => isOfferAnswerable(o.status) && canonicalize(o.offer) === sameAs);
}

/** Offers a new one replaces: the one still waiting and the one the client asked to change. */
export function isOfferReplaceable(status: OfferStatus): boolean {
  return status === "sent" || status === "change_requested";
}

/** A next phase carries no brief of its own: no budget, deadline or must-have to compare. */
const NEXT_PHASE_BRIEF: Brief = {
  title: "",
  goals: [],
  successMeasures: [],
  mustHaves: [],
  niceToHaves: [],
  skillIds: [],
  budget: null,
  clientPeople: [],
  businessModelScope: "",
  constraints: [],
  earliestStart: null,
  deadline: null,
  preferredLanguages: [],
};

function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}

function sumOrNull(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/**
 * The remuneration once the next phase joins: with the same model, a fixed price and a time
 * and materials cap add up (the rate becomes the offer's) and estimates add; a retainer's fee
 * becomes the offer's; another model replaces the remuneration, as the new phase is priced.
 */
function mergeRemuneration(current: Remuneration, offer: Remuneration): Remuneration {
  if (current.model !== offer.model || current.model === "retainer") return offer;
  const effort =
    current.estimatedEffort &&
    offer.estimatedEffort &&
    current.estimatedEffort.unit === offer.estimatedEffort.unit
      ? {
          unit: offer.estimatedEffort.unit,
          quantity: current.estimatedEffort.quantity + offer.estimatedEffort.quantity,
        }
      : null;
  return {
    ...offer,
    amountMinor: sumOrNull(current.amountMinor, offer.amountMinor),
    estimatedEffort: effort,
  };
}

/**
 * The agreement with the next phase in it: its deliverables and milestones appended (an id
 * already used gets a suffix, and the deliverables follow their milestone's new id), its price
 * merged, and the scope saying what the phase is. The version in force is not touched.
 */
export function applyOfferToTerms(terms: AgreementTerms, offer: NextPhaseOffer): AgreementTerms {
  const milestoneIds = new Set(terms.milestones.map((m) => m.id));
  const renamed = new Map<string, string>();
  const milestones = offer.terms.milestones.map((m) => {
    const id = uniqueId(m.id, milestoneIds);
    renamed.set(m.id, id);
    return { ...m, id };
  });
  const deliverableIds = new Set(terms.deliverables.map((d) => d.id));
  const deliverables = offer.terms.deliverables.map((d) => ({
    ...d,
    id: uniqueId(d.id, deliverableIds),
    milestoneId: d.milestoneId === null ? null : (renamed.get(d.milestoneId) ?? d.milestoneId),
  }));
  const phase = [offer.title, offer.summary].filter((s) => s.trim() !== "").join("\n");
  return {
    ...terms,
    scope: terms.scope.trim() === "" ? phase : `${terms.scope}\n\n${phase}`,
    deliverables: [...terms.deliverables, ...deliverables],
    milestones: [...terms.milestones, ...milestones],
    remuneration: mergeRemuneration(terms.remuneration, offer.terms.remuneration),
  };
}

export interface OfferFindings {
  /** Is the phase measurable and possible: the proposal's feasibility check. */
  feasibility: Finding<FeasibilityCode>[];
  /** What the phase would bring into the agreement: the fair-terms check of the amendment. */
  fairTerms: Finding<FairTermsCode>[];
}

/** A path into the merged terms pointed back into the offer; null when it is not the offer's. */
function offerPath(path: string, terms: AgreementTerms): string | null {
  const match = /^(deliverables|milestones)\.(\d+)(.*)$/.exec(path);
  if (!match) return path;
  const [, list = "", index = "0", rest = ""] = match;
  const before = list === "deliverables" ? terms.deliverables.length : terms.milestones.length;
  const own = Number(index) - before;
  return own < 0 ? null : `${list}.${own}${rest}`;
}

/**
 * Runs a next phase through the checks a proposal and an amendment go through. Feasibility
 * reads the phase alone (a deliverable without criteria blocks, as does a paid milestone with
 * no deliverable). Fair terms read the agreement with the phase in it against the version in
 * force (a gag clause, a price under the floor, a pay cut without scope cut), keeping only the
 * findings the phase brings: those the agreement in force already had are not the offer's, and
 * those feasibility already names are not repeated. Paths point into the offer's `terms`.
 */
export function checkNextPhaseOffer(
  offer: NextPhaseOffer,
  inForce: AgreementTerms,
  floor: FloorRate | null,
  today: string,
): OfferFindings {
  const feasibility = checkFeasibility(
    {
      ...offer.terms,
      methodology: inForce.methodology,
      cadence: inForce.cadence,
      clientResponsibilities: inForce.clientResponsibilities,
      providerResponsibilities: inForce.providerResponsibilities,
      paymentTermsDays: inForce.paymentTermsDays,
      summary: offer.summary,
    },
    NEXT_PHASE_BRIEF,
    today,
  );
  const key = (f: Finding) => `${f.code}@${f.path}`;
  const already = new Set(checkFairTerms(inForce, floor).map(key));
  const named = new Set(feasibility.map(key));
  const fairTerms = checkFairTerms(applyOfferToTerms(inForce, offer), floor, inForce).flatMap(
    (finding) => {
      if (already.has(key(finding))) return [];
      const path = offerPath(finding.path, inForce);
      if (path === null) return [];
      const own = { ...finding, path };
      return named.has(key(own)) ? [] : [own];
    },
  );
  return { feasibility, fairTerms };
}
