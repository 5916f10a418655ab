import { HOURS_PER_DAY } from "../agreement/terms";
import { plannedStartOf, type Brief } from "../brief/brief";
import type { ProviderProfile, TrackRecord } from "./provider-profile";
import {
  MATCH_WEIGHTS,
  NEW_PROVIDER_HEALTH,
  scoreProvider,
  trackRecordScore,
  type ProviderMatch,
} from "./rank-providers";

const DAY_MS = 24 * 60 * 60 * 1000;
const NO_DATE = Number.NaN;
const INITIAL_SLOTS = 1024;

export interface RankOptions {
  limit: number;
  /** Computed from engagement history; providers absent from it have none. */
  trackRecords: ReadonlyMap<string, TrackRecord>;
  emptyTrackRecord: TrackRecord;
  /** Organisations that must not be matched (expelled by a moderation decision). */
  excluded: ReadonlySet<string>;
}

function dayRatesOf(offered: ProviderProfile["rates"]): { currency: string; rate: number }[] {
  const rates: { currency: string; rate: number }[] = [];
  for (const currency of new Set(offered.map((r) => r.currency))) {
    const rate =
      offered.find((r) => r.unit === "day" && r.currency === currency) ??
      offered.find((r) => r.unit === "hour" && r.currency === currency);
    if (rate) {
      const perDay = rate.unit === "day" ? rate.amountMinor : rate.amountMinor * HOURS_PER_DAY;
      rates.push({ currency, rate: perDay });
    }
  }
  return rates;
}

const midnightMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The provider market kept in memory for matching: per skill, the providers offering it. `rank`
 * gives exactly what `rankProviders` gives for the same profiles, but scores each candidate as
 * plain numbers and builds the explained `ProviderMatch` (through `scoreProvider` itself) for
 * the top page only.
 *
 * A provider is a slot: an index into one column per field, with no object of its own, and its
 * lists (skills, languages, rates) and dates are shared with every provider declaring the same.
 * Held as 100,000 profile objects, the market took about 80 MB of heap; as columns, about a
 * quarter of that.
 */
export class CandidateIndex {
  private readonly orgIds: string[] = [];
  private readonly names: string[] = [];
  /** Each slot's skills, without repeats. */
  private readonly skills: (readonly string[])[] = [];
  private readonly languages: (readonly string[])[] = [];
  /** The rates as JSON text, parsed again for the top page's explanations only. */
  private readonly ratesText: string[] = [];
  /**
   * Per currency, each slot's day rate (the day rate, else 8 × the hour rate), 0 when it has
   * none: a rate of 0 and no rate both leave the price factor at its neutral 0.5.
   */
  private readonly dayRates = new Map<string, Float64Array<ArrayBuffer>>();
  /** `availableFrom` as declared, null when available now; and at midnight UTC in ms (NaN). */
  private readonly availableFrom: (string | null)[] = [];
  private availableFromMs = new Float64Array(INITIAL_SLOTS);
  private readonly shared = new Map<string, unknown>();
  private readonly slotOf = new Map<string, number>();
  private readonly bySkill = new Map<string, Postings>();
  /** Slots in name order, and each slot's place in it: ties are then broken by an integer. */
  private byName: number[] = [];
  private nameRank = new Uint32Array(INITIAL_SLOTS);
  /** New providers not yet placed in name order (names never change, so only new ones). */
  private unnamed: number[] = [];
  /** Per slot, the last query that reached it, so a provider with two skills counts once. */
  private seenBy = new Uint32Array(INITIAL_SLOTS);
  private query = 0;

  get size(): number {
    return this.orgIds.length;
  }

  /** Adds a provider, or replaces what the index knew of it (skills, rates, languages…). */
  upsert(profile: ProviderProfile): void {
    const existing = this.slotOf.get(profile.orgId);
    const slot = existing ?? this.orgIds.length;
    if (existing !== undefined) {
      for (const skill of this.skills[existing] ?? []) this.bySkill.get(skill)?.remove(slot);
    } else {
      this.orgIds.push(profile.orgId);
      this.slotOf.set(profile.orgId, slot);
      this.unnamed.push(slot);
      if (this.seenBy.length <= slot) {
        this.seenBy = grow(this.seenBy, Uint32Array);
        this.nameRank = grow(this.nameRank, Uint32Array);
        this.availableFromMs = grow(this.availableFromMs, Float64Array);
        for (const [currency, column] of this.dayRates) {
          this.dayRates.set(currency, grow(column, Float64Array));
        }
      }
    }
    const skills = [...new Set(profile.skillIds)];
    this.names[slot] = profile.name;
    this.skills[slot] = this.share(`s${skills.join("\u0001")}`, () => skills);
    this.languages[slot] = this.share(`l${profile.languages.join("\u0001")}`, () => [
      ...profile.languages,
    ]);
    const ratesText = JSON.stringify(profile.rates);
    this.ratesText[slot] = this.share(ratesText, () => ratesText);
    for (const column of this.dayRates.values()) column[slot] = 0;
    for (const { currency, rate } of dayRatesOf(profile.rates)) {
      let column = this.dayRates.get(currency);
      if (!column) this.dayRates.set(currency, (column = new Float64Array(this.seenBy.length)));
      column[slot] = rate;
    }
    const from = profile.availableFrom;
    this.availableFrom[slot] = from === null ? null : this.share(`d${from}`, () => from);
    this.availableFromMs[slot] = from ? midnightMs(from) : NO_DATE;
    for (const skill of skills) {
      let postings = this.bySkill.get(skill);
      if (!postings) this.bySkill.set(skill, (postings = new Postings()));
      postings.push(slot);
    }
  }

  /** One copy of each equal list, rate set or date, however many providers declare it. */
  private share<T>(key: string, make: () => T): T {
    let value = this.shared.get(key) as T | undefined;
    if (value === undefined) this.shared.set(key, (value = make()));
    return value;
  }

  /**
   * Places new providers in name order: one sort after a bulk load, else a binary insertion
   * each; then renumbers every slot's place.
   */
  private placeNames(): void {
    if (this.unnamed.length === 0) return;
    const nameOf = (slot: number) => this.names[slot] ?? "";
    if (this.unnamed.length > 1_000) {
      this.byName.push(...this.unnamed);
      this.byName.sort((a, b) => byName(nameOf(a), nameOf(b)));
    } else {
      for (const slot of this.unnamed) {
        const name = nameOf(slot);
        let low = 0;
        let high = this.byName.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (byName(nameOf(this.byName[middle] ?? 0), name) <= 0) low = middle + 1;
          else high = middle;
        }
        this.byName.splice(low, 0, slot);
      }
    }
    this.unnamed = [];
    this.byName.forEach((slot, place) => (this.nameRank[slot] = place));
  }

  /** The profile `scoreProvider` explains, rebuilt from the columns for one slot. */
  private profileOf(slot: number, trackRecord: TrackRecord): ProviderProfile {
    return {
      orgId: this.orgIds[slot] ?? "",
      name: this.names[slot] ?? "",
      skillIds: [...(this.skills[slot] ?? [])],
      languages: [...(this.languages[slot] ?? [])],
      timeZones: [],
      rates: JSON.parse(this.ratesText[slot] ?? "[]") as ProviderProfile["rates"],
      floorRate: null,
      availableFrom: this.availableFrom[slot] ?? null,
      trackRecord,
    };
  }

  /** Ranks the providers offering at least one of the brief's skills, best first. */
  rank(brief: Brief, today: string, options: RankOptions): ProviderMatch[] {
    const required = brief.skillIds.length;
    if (required === 0 || options.limit <= 0) return [];
    this.placeNames();
    const start = plannedStartOf(brief, today);
    const startMs = midnightMs(start);
    const window = brief.deadline
      ? Math.max(1, Math.round((midnightMs(brief.deadline) - startMs) / DAY_MS))
      : 90;
    const budget = brief.budget;
    const affordablePerDay = budget
      ? budget.maxMinor /
        Math.max(
          1,
          Math.floor(
            (Math.round((midnightMs(brief.deadline ?? start) - startMs) / DAY_MS) * 5) / 7,
          ),
        )
      : 0;
    const dayRatesIn = budget ? this.dayRates.get(budget.currency) : undefined;
    const languages = brief.preferredLanguages;
    const [firstLanguage] = languages;

    this.query = (this.query + 1) >>> 0 || 1;
    if (this.query === 1) this.seenBy.fill(0);
    const top = new TopPage(options.limit);
    for (const skill of new Set(brief.skillIds)) {
      const postings = this.bySkill.get(skill);
      if (!postings) continue;
      const { slots, length } = postings;
      for (let at = 0; at < length; at++) {
        const slot = slots[at] ?? 0;
        if (this.seenBy[slot] === this.query) continue;
        this.seenBy[slot] = this.query;
        const orgId = this.orgIds[slot] ?? "";
        if (options.excluded.has(orgId)) continue;
        const skills = this.skills[slot] ?? [];

        let covered = 0;
        for (const s of brief.skillIds) if (skills.includes(s)) covered++;

        const record = options.trackRecords.get(orgId) ?? options.emptyTrackRecord;
        const trackScore = trackRecordScore(record);
        const healthScore =
          record.healthScore === null ? NEW_PROVIDER_HEALTH : record.healthScore / 100;

        // Each branch as `rankProviders` writes it, so odd inputs score alike too.
        const spoken = this.languages[slot] ?? [];
        const languageScore =
          languages.length === 0
            ? 1
            : firstLanguage && spoken.includes(firstLanguage)
              ? 1
              : firstSpoken(languages, spoken)
                ? 0.7
                : 0;

        const availableFrom = this.availableFrom[slot];
        const availabilityScore =
          !availableFrom || availableFrom <= start
            ? 1
            : Math.max(
                0,
                1 - Math.round(((this.availableFromMs[slot] ?? 0) - startMs) / DAY_MS) / window,
              );

        let priceScore = 0.5;
        if (budget) {
          const rate = dayRatesIn?.[slot] ?? 0;
          if (rate > 0) priceScore = Math.min(1, affordablePerDay / rate);
        }

        // The same products summed in the same order as `scoreProvider`, so the totals are
        // the same numbers to the last bit.
        const score =
          0 +
          (covered / required) * MATCH_WEIGHTS.capability +
          trackScore * MATCH_WEIGHTS.trackRecord +
          healthScore * MATCH_WEIGHTS.health +
          languageScore * MATCH_WEIGHTS.language +
          availabilityScore * MATCH_WEIGHTS.availability +
          priceScore * MATCH_WEIGHTS.price;
        top.offer(slot, score, record.completedEngagements, this.nameRank[slot] ?? 0);
      }
    }
    return top.entries().map((entry) => {
      const trackRecord =
        options.trackRecords.get(this.orgIds[entry.slot] ?? "") ?? options.emptyTrackRecord;
      // The explanation comes from `scoreProvider` itself; the total is the fast one, which the
      // tests hold equal to it.
      return {
        ...scoreProvider(brief, this.profileOf(entry.slot, trackRecord), today),
        score: entry.score,
      };
    });
  }
}

/** The slots offering one skill, in a typed array that grows as providers are added. */
class Postings {
  slots = new Uint32Array(16);
  length = 0;

  push(slot: number): void {
    if (this.length === this.slots.length) this.slots = grow(this.slots, Uint32Array);
    this.slots[this.length++] = slot;
  }

  remove(slot: number): void {
    const at = this.slots.subarray(0, this.length).indexOf(slot);
    if (at < 0) return;
    this.slots.copyWithin(at, at + 1, this.length);
    this.length--;
  }
}

interface TopEntry {
  slot: number;
  score: number;
  completed: number;
  /** The provider's place in name order, as `localeCompare` orders names. */
  nameRank: number;
}

/** The best `limit` entries seen, in `rankProviders`' order, kept sorted as they come. */
class TopPage {
  private readonly kept: TopEntry[] = [];

  constructor(private readonly limit: number) {}

  offer(slot: number, score: number, completed: number, nameRank: number): void {
    const worst = this.kept[this.kept.length - 1];
    if (this.kept.length === this.limit && worst && score < worst.score) return;
    const entry = { slot, score, completed, nameRank };
    if (this.kept.length === this.limit && worst && compare(entry, worst) >= 0) return;
    let at = this.kept.length;
    while (at > 0 && compare(entry, this.kept[at - 1] as TopEntry) < 0) at--;
    this.kept.splice(at, 0, entry);
    if (this.kept.length > this.limit) this.kept.pop();
  }

  entries(): readonly TopEntry[] {
    return this.kept;
  }
}

/** `localeCompare` without arguments, as `rankProviders` sorts, but without its per-call set-up. */
const byName = new Intl.Collator().compare;

function compare(a: TopEntry, b: TopEntry): number {
  return b.score - a.score || b.completed - a.completed || a.nameRank - b.nameRank;
}

function grow<T extends Uint32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(
  array: T,
  Kind: new (length: number) => T,
): T {
  const grown = new Kind(array.length * 2);
  grown.set(array);
  return grown;
}

/** `languages.find((l) => spoken.includes(l))`, without a closure per candidate. */
function firstSpoken(languages: readonly string[], spoken: readonly string[]): string | undefined {
  for (const language of languages) if (spoken.includes(language)) return language;
  return undefined;
}
