import { HOURS_PER_DAY } from "../agreement/terms";
import type { Brief } from "../brief/brief";
import type { ProviderProfile, TrackRecord } from "./provider-profile";
import { MATCH_WEIGHTS, scoreProvider, type ProviderMatch } from "./rank-providers";

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
    for (const skill of skills) {
      let slots = this.bySkill.get(skill);
      if (!slots) this.bySkill.set(skill, (slots = []));
      slots.push(slot);
    }
    if (this.seenBy.length <= slot) {
      const grown = new Uint32Array(this.seenBy.length * 2);
      grown.set(this.seenBy);
      this.seenBy = grown;
    }
  }

  /** Ranks the providers offering at least one of the brief's skills, best first. */
  rank(brief: Brief, today: string, options: RankOptions): ProviderMatch[] {
    const required = brief.skillIds.length;
    if (required === 0 || options.limit <= 0) return [];
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

        // Each branch as `rankProviders` writes it, so odd inputs score alike too.
        const spoken = provider.profile.languages;
        const languageScore =
          languages.length === 0
            ? 1
            : firstLanguage && spoken.includes(firstLanguage)
              ? 1
              : languages.find((l) => spoken.includes(l))
                ? 0.7
                : 0;

        const availableFrom = provider.profile.availableFrom;
        const availabilityScore =
          !availableFrom || availableFrom <= start
            ? 1
            : Math.max(0, 1 - Math.round((provider.availableFromMs - startMs) / DAY_MS) / window);

        let priceScore = 0.5;
        if (budget) {
          const rate = provider.dayRates.find((r) => r.currency === budget.currency)?.rate;
          if (rate !== undefined && rate > 0) priceScore = Math.min(1, affordablePerDay / rate);
        }

        // The same products summed in the same order as `scoreProvider`, so the totals are
        // the same numbers to the last bit.
        const score =
          0 +
          (covered / required) * MATCH_WEIGHTS.capability +
          trackScore * MATCH_WEIGHTS.trackRecord +
          languageScore * MATCH_WEIGHTS.language +
          availabilityScore * MATCH_WEIGHTS.availability +
          priceScore * MATCH_WEIGHTS.price;
        top.offer(slot, score, record.completedEngagements, provider.profile.name);
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
  name: string;
}

/** The best `limit` entries seen, in `rankProviders`' order, kept sorted as they come. */
class TopPage {
  private readonly kept: TopEntry[] = [];

  constructor(private readonly limit: number) {}

  offer(slot: number, score: number, completed: number, name: string): void {
    const worst = this.kept[this.kept.length - 1];
    if (this.kept.length === this.limit && worst && score < worst.score) return;
    const entry = { slot, score, completed, name };
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
  return b.score - a.score || b.completed - a.completed || byName(a.name, b.name);
}
