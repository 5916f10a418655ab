import { HOURS_PER_DAY } from "../agreement/terms";
import type { Brief } from "../brief/brief";
import type { ProviderProfile, TrackRecord } from "./provider-profile";
import {
  MATCH_WEIGHTS,
  NEW_PROVIDER_HEALTH,
  scoreProvider,
  type ProviderMatch,
} from "./rank-providers";

const DAY_MS = 24 * 60 * 60 * 1000;
const TRACK_RECORD_SATURATION = 10;
const NO_DATE = Number.NaN;

/** One provider as the fast ranking reads it: numbers and small arrays, no JSON, no text. */
interface IndexedProvider {
  profile: ProviderProfile;
  /** Arrays, not sets: a provider lists a handful, and 100,000 sets would cost far more memory. */
  skills: readonly string[];
  /** The rate `rankProviders` prices with, per currency: the day rate, else 8 × the hour rate. */
  dayRates: readonly { currency: string; rate: number }[];
  /** `availableFrom` at midnight UTC, in ms; NaN when available now. */
  availableFromMs: number;
}

export interface RankOptions {
  limit: number;
  /** Computed from engagement history; providers absent from it have none. */
  trackRecords: ReadonlyMap<string, TrackRecord>;
  emptyTrackRecord: TrackRecord;
  /** Organisations that must not be matched (expelled by a moderation decision). */
  excluded: ReadonlySet<string>;
}

function dayRatesOf(profile: ProviderProfile): { currency: string; rate: number }[] {
  const rates: { currency: string; rate: number }[] = [];
  for (const currency of new Set(profile.rates.map((r) => r.currency))) {
    const rate =
      profile.rates.find((r) => r.unit === "day" && r.currency === currency) ??
      profile.rates.find((r) => r.unit === "hour" && r.currency === currency);
    if (rate) {
      const perDay = rate.unit === "day" ? rate.amountMinor : rate.amountMinor * HOURS_PER_DAY;
      rates.push({ currency, rate: perDay });
    }
  }
  return rates;
}

const midnightMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The provider market kept in memory for matching: profiles by organisation and, per skill,
 * the providers offering it. `rank` gives exactly what `rankProviders` gives for the same
 * profiles, but scores each candidate as plain numbers and builds the explained
 * `ProviderMatch` (through `scoreProvider` itself) for the top page only.
 */
export class CandidateIndex {
  private readonly slots: IndexedProvider[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly bySkill = new Map<string, number[]>();
  /** Slots in name order, and each slot's place in it: ties are then broken by an integer. */
  private byName: number[] = [];
  private nameRank = new Uint32Array(1024);
  /** New providers not yet placed in name order (names never change, so only new ones). */
  private unnamed: number[] = [];
  /** Per slot, the last query that reached it, so a provider with two skills counts once. */
  private seenBy = new Uint32Array(1024);
  private query = 0;

  get size(): number {
    return this.slots.length;
  }

  /** Adds a provider, or replaces what the index knew of it (skills, rates, languages…). */
  upsert(profile: ProviderProfile): void {
    const existing = this.slotOf.get(profile.orgId);
    const slot = existing ?? this.slots.length;
    if (existing !== undefined) {
      for (const skill of this.slots[existing]?.skills ?? []) {
        const slots = this.bySkill.get(skill);
        const at = slots?.indexOf(slot) ?? -1;
        if (slots && at >= 0) slots.splice(at, 1);
      }
    }
    const skills = [...new Set(profile.skillIds)];
    this.slots[slot] = {
      profile,
      skills,
      dayRates: dayRatesOf(profile),
      availableFromMs: profile.availableFrom ? midnightMs(profile.availableFrom) : NO_DATE,
    };
    this.slotOf.set(profile.orgId, slot);
    if (existing === undefined) this.unnamed.push(slot);
    for (const skill of skills) {
      let slots = this.bySkill.get(skill);
      if (!slots) this.bySkill.set(skill, (slots = []));
      slots.push(slot);
    }
    if (this.seenBy.length <= slot) {
      this.seenBy = grow(this.seenBy);
      this.nameRank = grow(this.nameRank);
    }
  }

  /**
   * Places new providers in name order: one sort after a bulk load, else a binary insertion
   * each; then renumbers every slot's place.
   */
  private placeNames(): void {
    if (this.unnamed.length === 0) return;
    const nameOf = (slot: number) => this.slots[slot]?.profile.name ?? "";
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

  /** Ranks the providers offering at least one of the brief's skills, best first. */
  rank(brief: Brief, today: string, options: RankOptions): ProviderMatch[] {
    const required = brief.skillIds.length;
    if (required === 0 || options.limit <= 0) return [];
    this.placeNames();
    const start = brief.earliestStart && brief.earliestStart > today ? brief.earliestStart : today;
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
    const languages = brief.preferredLanguages;
    const [firstLanguage] = languages;

    this.query = (this.query + 1) >>> 0 || 1;
    if (this.query === 1) this.seenBy.fill(0);
    const top = new TopPage(options.limit);
    for (const skill of new Set(brief.skillIds)) {
      for (const slot of this.bySkill.get(skill) ?? []) {
        if (this.seenBy[slot] === this.query) continue;
        this.seenBy[slot] = this.query;
        const provider = this.slots[slot];
        if (!provider || options.excluded.has(provider.profile.orgId)) continue;

        let covered = 0;
        for (const s of brief.skillIds) if (provider.skills.includes(s)) covered++;

        const record = options.trackRecords.get(provider.profile.orgId) ?? options.emptyTrackRecord;
        const experience = Math.min(1, record.completedEngagements / TRACK_RECORD_SATURATION);
        const trackScore =
          record.rehireRate === null
            ? experience * 0.7
            : experience * 0.7 + record.rehireRate * 0.3;
        const healthScore =
          record.healthScore === null ? NEW_PROVIDER_HEALTH : record.healthScore / 100;

        // Each branch as `rankProviders` writes it, so odd inputs score alike too.
        const spoken = provider.profile.languages;
        const languageScore =
          languages.length === 0
            ? 1
            : firstLanguage && spoken.includes(firstLanguage)
              ? 1
              : firstSpoken(languages, spoken)
                ? 0.7
                : 0;

        const availableFrom = provider.profile.availableFrom;
        const availabilityScore =
          !availableFrom || availableFrom <= start
            ? 1
            : Math.max(0, 1 - Math.round((provider.availableFromMs - startMs) / DAY_MS) / window);

        let priceScore = 0.5;
        if (budget) {
          const rate = rateIn(provider.dayRates, budget.currency);
          if (rate !== undefined && rate > 0) priceScore = Math.min(1, affordablePerDay / rate);
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
      const provider = this.slots[entry.slot];
      if (!provider) throw new Error(`no provider in slot ${entry.slot}`);
      const trackRecord =
        options.trackRecords.get(provider.profile.orgId) ?? options.emptyTrackRecord;
      // The explanation comes from `scoreProvider` itself; the total is the fast one, which the
      // tests hold equal to it.
      return {
        ...scoreProvider(brief, { ...provider.profile, trackRecord }, today),
        score: entry.score,
      };
    });
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

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** `languages.find((l) => spoken.includes(l))`, without a closure per candidate. */
function firstSpoken(languages: readonly string[], spoken: readonly string[]): string | undefined {
  for (const language of languages) if (spoken.includes(language)) return language;
  return undefined;
}

function rateIn(
  rates: readonly { currency: string; rate: number }[],
  currency: string,
): number | undefined {
  for (const r of rates) if (r.currency === currency) return r.rate;
  return undefined;
}
