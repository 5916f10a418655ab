import type { Side } from "../engagement/engagement";
import { CLIENT_INPUTS, HEALTH, PROVIDER_INPUTS, type HealthInput } from "./constants";
import type { Cohort } from "./cohort";
import { engagementValueMajor, measureSide, type SideMeasures } from "./engagement-score";
import type { HealthFacts } from "./facts";
import type { Measure } from "./measures";
import { daysBetweenInstants } from "./mechanics";
import { recognitionFromCount, recognitionSignal } from "./recognition-signal";
import { scoreSide, type SideScore } from "./score";

/**
 * An organisation's score kept by sums, so that one event costs one engagement's work.
 *
 * The score combines its engagements with relative weights ω = w / mean(w), where
 * w = 2^(−age/180) · ln(1 + value). Written against a fixed epoch, w = 2^(−now/180) · w*, with
 * w* = 2^(lastActivity/180) · ln(1 + value) fixed once the engagement's last activity is known:
 * the factor of `now` cancels in every ratio, so each combined measure is a ratio of sums of
 * w*-weighted terms (Σ ω·k = N · Σ w*·k / Σ w*). Each engagement's terms are its **share**; an
 * organisation keeps the sums of its engagements' shares, and an event replaces one share (the
 * sums move by the difference). The sums are fixed-point integers (×2³²) in bigint, so adding
 * and taking away is exact: the sums kept one event at a time equal the sums recomputed from
 * all shares at once, to the last bit.
 *
 * A share is taken when its engagement is assessed (on each of its events, and by the daily
 * sweep, since lateness grows with time alone): an organisation's score reads each engagement
 * as of its last assessment.
 */
export type OrgSums = Record<string, bigint>;

export interface OrgShare {
  /** The organisation on the side it is scored on, and the other side's. */
  orgId: string;
  counterpartyOrgId: string;
  /** Inside the 24-month window when it was assessed; outside it adds nothing. */
  isInWindow: boolean;
  sums: OrgSums;
}

/** Fixed-point scale of the weighted terms: 2³². Counts are kept unscaled. */
const SCALE = 2 ** 32;
/** The epoch w* is written against (any fixed instant would do; this keeps w* well above 1). */
const EPOCH = Date.parse("2000-01-01T00:00:00.000Z");
const DAY_MS = 86_400_000;

/** How each input combines across engagements: rates add counts, ratings add weights, values average. */
const KIND: Record<HealthInput, Measure["kind"]> = {
  reliability: "rate",
  quality: "rate",
  responsiveness: "rate",
  costAdherence: "value",
  satisfaction: "rating",
  payment: "value",
  scopeStability: "value",
  feedbackLatency: "value",
  fairDealing: "value",
};

function fixed(x: number): bigint {
  return BigInt(Math.round(x * SCALE));
}

function inputsOf(side: Side): readonly HealthInput[] {
  return side === "provider" ? PROVIDER_INPUTS : CLIENT_INPUTS;
}

/** Each input's names in the sums, made once: a share and a score read them on every event. */
const SUM_KEYS = Object.fromEntries(
  (Object.keys(KIND) as HealthInput[]).map((input) => [
    input,
    {
      k: `${input}.k`,
      n: `${input}.n`,
      sum: `${input}.sum`,
      weight: `${input}.weight`,
      count: `${input}.count`,
      value: `${input}.value`,
    },
  ]),
) as Record<HealthInput, Record<"k" | "n" | "sum" | "weight" | "count" | "value", string>>;

/** An engagement's weight against the epoch; its age is never negative (as `engagementWeight`). */
export function epochWeight(facts: HealthFacts, now: string): number {
  const at = Math.min(Date.parse(facts.lastActivityAt), Date.parse(now));
  return (
    Math.pow(2, (at - EPOCH) / DAY_MS / HEALTH.decayHalfLifeDays) *
    Math.log(1 + Math.max(1, engagementValueMajor(facts)))
  );
}

/** What one engagement adds to its organisation's sums on one side, assessed at `now`. */
export function shareOf(side: Side, facts: HealthFacts, now: string, cohort: Cohort): OrgShare {
  return shareFromMeasures(side, facts, now, () => measureSide(side, facts, now, cohort));
}

/**
 * `shareOf` from the side's measures, measured by the caller (who scores the side from the same
 * measures, so an assessment measures each side once) or only when the engagement is in the window.
 */
export function shareFromMeasures(
  side: Side,
  facts: HealthFacts,
  now: string,
  measure: SideMeasures | (() => SideMeasures),
): OrgShare {
  const orgId = side === "client" ? facts.clientOrgId : facts.providerOrgId;
  const counterpartyOrgId = side === "client" ? facts.providerOrgId : facts.clientOrgId;
  const isInWindow = daysBetweenInstants(facts.lastActivityAt, now) <= HEALTH.windowDays;
  if (!isInWindow) return { orgId, counterpartyOrgId, isInWindow, sums: {} };
  const w = epochWeight(facts, now);
  const measured = typeof measure === "function" ? measure() : measure;
  const sums: OrgSums = { engagements: 1n, weight: fixed(w) };
  for (const input of inputsOf(side)) {
    const measure = measured.measures[input];
    if (!measure) continue;
    const keys = SUM_KEYS[input];
    if (measure.kind === "rate") {
      putNonZero(sums, keys.k, fixed(w * measure.k));
      putNonZero(sums, keys.n, fixed(w * measure.n));
    } else if (measure.kind === "rating") {
      putNonZero(sums, keys.sum, fixed(w * measure.sum));
      putNonZero(sums, keys.weight, fixed(w * measure.weight));
      putNonZero(sums, keys.count, BigInt(measure.count));
    } else if (measure.value !== null && Number.isFinite(measure.value)) {
      putNonZero(sums, keys.value, fixed(w * measure.value));
      putNonZero(sums, keys.weight, fixed(w));
    }
  }
  putNonZero(sums, "threat", measured.flags.hasVerifiedThreat ? 1n : 0n);
  putNonZero(sums, "invoiceOver60Days", measured.flags.hasInvoiceOver60Days ? 1n : 0n);
  putNonZero(sums, "longPaymentTerms", measured.flags.hasLongPaymentTerms ? 1n : 0n);
  // Counted at the assessment, like every input: the daily sweep moves the window on.
  putNonZero(
    sums,
    "recognitions",
    BigInt(recognitionSignal(measured.recognisedAt, new Date(now)).count),
  );
  return { orgId, counterpartyOrgId, isInWindow, sums };
}

/** A term of a share, which keeps no zero (a function, not a closure per share: two an event). */
function putNonZero(sums: OrgSums, key: string, value: bigint): void {
  if (value !== 0n) sums[key] = value;
}

/** `a + sign · b`, key by key; keys that reach zero are dropped. */
export function addSums(a: OrgSums, b: OrgSums, sign: 1n | -1n = 1n): OrgSums {
  return addSumsInto({ ...a }, b, sign);
}

/** `addSums` into `into` itself (a running total the caller owns), which it returns. */
export function addSumsInto(into: OrgSums, b: OrgSums, sign: 1n | -1n = 1n): OrgSums {
  for (const key in b) {
    const term = b[key] ?? 0n;
    const next = sign === 1n ? (into[key] ?? 0n) + term : (into[key] ?? 0n) - term;
    if (next === 0n) delete into[key];
    else into[key] = next;
  }
  return into;
}

/** Sums as JSON-safe decimal strings, keys sorted (so equal sums have equal text). */
export function sumsToRecord(sums: OrgSums): Record<string, string> {
  // A loop, not entries and a map: this runs three times per event and per rescored engagement.
  const record: Record<string, string> = {};
  for (const key of Object.keys(sums).sort()) record[key] = String(sums[key]);
  return record;
}

export function sumsFromRecord(record: Readonly<Record<string, string>>): OrgSums {
  const sums: OrgSums = {};
  for (const [key, value] of Object.entries(record)) sums[key] = BigInt(value);
  return sums;
}

export function sumsToJson(sums: OrgSums): string {
  return JSON.stringify(sumsToRecord(sums));
}

export function sumsFromJson(text: string): OrgSums {
  return sumsFromRecord(JSON.parse(text || "{}") as Record<string, string>);
}

export interface OrganisationScore extends SideScore {
  orgId: string;
  engagementCount: number;
  counterpartyCount: number;
  /** Below 3 engagements with 2 counterparties the score is "new": shown to no one outside. */
  isNew: boolean;
}

/**
 * An organisation's score on one side from its sums and its number of distinct counterparties
 * (both over the engagements inside the window). Evidence stays on each engagement's page: an
 * organisation's inputs list none (they would name other engagements' items to every reader).
 */
export function scoreFromSums(
  side: Side,
  orgId: string,
  sums: OrgSums,
  counterpartyCount: number,
  cohort: Cohort,
): OrganisationScore {
  const count = Number(sums.engagements ?? 0n);
  const weight = Number(sums.weight ?? 0n);
  const measures: Partial<Record<HealthInput, Measure>> = {};
  for (const input of inputsOf(side)) {
    const kind = KIND[input];
    const keys = SUM_KEYS[input];
    if (count === 0 || weight <= 0) {
      measures[input] = { kind: "value", value: null, evidence: [] };
    } else if (kind === "rate") {
      measures[input] = {
        kind,
        k: relative(sums, keys.k, count, weight),
        n: relative(sums, keys.n, count, weight),
        evidence: [],
      };
    } else if (kind === "rating") {
      measures[input] = {
        kind,
        sum: relative(sums, keys.sum, count, weight),
        weight: relative(sums, keys.weight, count, weight),
        count: Number(sums[keys.count] ?? 0n),
        evidence: [],
      };
    } else {
      const valueWeight = Number(sums[keys.weight] ?? 0n);
      measures[input] = {
        kind,
        value: valueWeight > 0 ? Number(sums[keys.value] ?? 0n) / valueWeight : null,
        evidence: [],
      };
    }
  }
  const flags = {
    hasVerifiedThreat: (sums.threat ?? 0n) > 0n,
    hasInvoiceOver60Days: (sums.invoiceOver60Days ?? 0n) > 0n,
    hasLongPaymentTerms: (sums.longPaymentTerms ?? 0n) > 0n,
  };
  const scored = scoreSide(
    side,
    measures,
    cohort,
    flags,
    recognitionFromCount(Number(sums.recognitions ?? 0n)),
  );
  // Field by field, in `scoreSide`'s order (the stored explanation's text): see `emptyFacts`.
  return {
    side: scored.side,
    score: scored.score,
    uncapped: scored.uncapped,
    cap: scored.cap,
    inputs: scored.inputs,
    recognition: scored.recognition,
    orgId,
    engagementCount: count,
    counterpartyCount,
    isNew: count < HEALTH.minEngagements || counterpartyCount < HEALTH.minCounterparties,
  };
}

/** Σ ω·x = N · Σ w*·x / Σ w*: the scale and the epoch's factor cancel. */
function relative(sums: OrgSums, key: string, count: number, weight: number): number {
  return (count * Number(sums[key] ?? 0n)) / weight;
}

/**
 * The full recomputation: an organisation's score on one side from all its engagements' facts
 * at `now`, through the same shares and sums the incremental path keeps.
 */
export function scoreOrganisation(
  side: Side,
  orgId: string,
  engagements: readonly HealthFacts[],
  now: string,
  cohort: Cohort,
): OrganisationScore {
  let sums: OrgSums = {};
  const counterparties = new Set<string>();
  for (const facts of engagements) {
    const share = shareOf(side, facts, now, cohort);
    if (share.orgId !== orgId || !share.isInWindow) continue;
    sums = addSums(sums, share.sums);
    counterparties.add(share.counterpartyOrgId);
  }
  return scoreFromSums(side, orgId, sums, counterparties.size, cohort);
}

/** An engagement's shares of its two organisations' sums, as stored beside its assessment. */
export type EngagementShares = Record<Side, OrgShare>;

export function sharesOf(facts: HealthFacts, now: string, cohort: Cohort): EngagementShares {
  return {
    client: shareOf("client", facts, now, cohort),
    provider: shareOf("provider", facts, now, cohort),
  };
}

type StoredShare = Omit<OrgShare, "sums"> & { sums: Record<string, string> };

export function sharesToJson(shares: EngagementShares): string {
  const stored = (share: OrgShare): StoredShare => ({ ...share, sums: sumsToRecord(share.sums) });
  return JSON.stringify({ client: stored(shares.client), provider: stored(shares.provider) });
}

/** The stored shares, or null for an engagement assessed before shares were kept. */
export function sharesFromJson(text: string): EngagementShares | null {
  const parsed = JSON.parse(text || "{}") as Partial<Record<Side, StoredShare>>;
  if (!parsed.client || !parsed.provider) return null;
  const share = (stored: StoredShare): OrgShare => ({
    ...stored,
    sums: sumsFromRecord(stored.sums),
  });
  return { client: share(parsed.client), provider: share(parsed.provider) };
}

/**
 * What replacing an engagement's share (`previous`, null if it had none) by `next` does to its
 * organisation: the sums move by the difference, and its pair with the counterparty gains or
 * loses an engagement inside the window when the engagement enters or leaves it.
 */
export function shareChange(
  previous: OrgShare | null,
  next: OrgShare,
): { sums: OrgSums; pairChange: -1 | 0 | 1 } {
  const wasIn = previous?.isInWindow ?? false;
  return {
    sums: addSums(next.sums, previous?.sums ?? {}, -1n),
    pairChange: wasIn === next.isInWindow ? 0 : next.isInWindow ? 1 : -1,
  };
}
