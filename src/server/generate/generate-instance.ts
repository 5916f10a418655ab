import type { Role } from "../../contracts/common";
import type { Actor } from "../platform/actor";
import type { AppDeps } from "../platform/deps";
import type { ManualClock } from "../platform/clock";
import type { Result } from "../platform/result";
import { actorFromSession } from "../modules/auth/resolve-actor";
import { signUp } from "../modules/auth/sign-up";
import { createOrganisation } from "../modules/orgs/create-organisation";
import { saveProviderProfile } from "../modules/profiles/provider-profile";
import { ensureDefaultTaxonomy } from "../modules/taxonomy/taxonomy";
import { sweepRetention } from "../modules/retention/sweep-retention";
import { sweepDueWork } from "../sweeper";
import { engagementHistory, type Party } from "./engagement-history";
import { between, pickOne, type Random } from "./seeded";

export const GENERATED_PASSWORD = "generated-accord-2026";
const DAY_MS = 86_400_000;
/**
 * Engagements begin over up to this many days (ten a day for small instances, so they overlap
 * as in a busy instance without simulating idle months); each history then lasts up to ~100.
 */
const MAX_SPREAD_DAYS = 300;
const HISTORY_TAIL_DAYS = 110;
const SKILLS = [
  "web.frontend",
  "web.backend",
  "web.ecommerce",
  "design.ux",
  "design.brand",
  "marketing.content",
  "data.dashboards",
];
const LANGUAGES = ["en", "fr", "de", "es", "id"] as const;

export interface GenerateOptions {
  orgs: number;
  engagements: number;
  random: Random;
  /** Where the history ends: the generated instance's "now". */
  endsAt: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface GeneratedCounts {
  organisations: number;
  engagements: number;
  events: number;
}

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`generate: ${what} failed with ${result.failure.code}`);
  return result.value;
}

/**
 * Fills an empty database with organisations and engagement histories through the use-cases
 * people use (brief, proposal, signatures, deliveries and evaluations, change requests,
 * invoices and payments, messages, check-ins, reviews), with the sweeper run once per
 * simulated day. The clock and ids come from `deps` (a manual clock and seeded ids), and every
 * choice from `random`: the same seed gives the same instance.
 *
 * The histories interleave in time order: each engagement is a sequence of steps with waits
 * between them, and the step due first always runs next, so time never goes backwards.
 */
export async function generateInstance(
  deps: AppDeps & { clock: ManualClock },
  options: GenerateOptions,
): Promise<GeneratedCounts> {
  const { random } = options;
  const end = options.endsAt.getTime();
  const spreadDays = Math.min(MAX_SPREAD_DAYS, Math.max(7, Math.ceil(options.engagements / 10)));
  const firstStart = end - (spreadDays + HISTORY_TAIL_DAYS) * DAY_MS;
  const start = firstStart - DAY_MS;
  deps.clock.set(new Date(start));
  await ensureDefaultTaxonomy(deps);
  const { clients, providers } = await createOrganisations(deps, random, Math.max(2, options.orgs));

  const queue = new StepQueue();
  let started = 0;
  let done = 0;
  const startAt = (index: number) =>
    firstStart + Math.floor((index / Math.max(1, options.engagements)) * spreadDays * DAY_MS);
  const startNext = () => {
    if (started >= options.engagements) return;
    const history = engagementHistory(
      deps,
      pickOne(random, clients),
      pickOne(random, providers),
      random,
    );
    queue.push(startAt(started), started, history);
    started++;
  };
  startNext();
  let sweptDay = Math.floor(start / DAY_MS);
  for (let next = queue.pop(); next; next = queue.pop()) {
    if (next.order === started - 1) startNext();
    // A history still going at the instance's "now" stops there: nothing happens in its future.
    if (next.at > end) {
      done++;
      options.onProgress?.(done, options.engagements);
      continue;
    }
    // Each simulated day the sweeper does its work (check-ins, deemed acceptances, reminders,
    // review publication, health), as a running instance would.
    for (let day = sweptDay + 1; day <= Math.floor(next.at / DAY_MS); day++) {
      deps.clock.set(new Date(day * DAY_MS));
      await sweepDueWork(deps);
      sweptDay = day;
    }
    deps.clock.set(new Date(next.at));
    const step = await next.history.next();
    if (step.done) {
      done++;
      options.onProgress?.(done, options.engagements);
    } else {
      queue.push(next.at + step.value, next.order, next.history);
    }
  }
  // The rest of the days up to the end: last review windows close, reminders go out.
  for (let day = sweptDay + 1; day <= Math.floor(end / DAY_MS); day++) {
    deps.clock.set(new Date(day * DAY_MS));
    await sweepDueWork(deps);
  }
  deps.clock.set(new Date(end));
  // As the sweeper would have left the instance at its "now": nothing past retention, however
  // many windows that takes (the copies copy what the block keeps).
  await sweepRetention(deps, { windows: Number.POSITIVE_INFINITY });
  const events = await deps.db
    .selectFrom("engagement_events")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirstOrThrow();
  return {
    organisations: clients.length + providers.length,
    engagements: done,
    events: Number(events.n),
  };
}

async function createOrganisations(
  deps: AppDeps,
  random: Random,
  count: number,
): Promise<{ clients: Party[]; providers: Party[] }> {
  const clients: Party[] = [];
  const providers: Party[] = [];
  for (let index = 0; index < count; index++) {
    const kind = index % 2 === 0 ? "client" : "provider";
    const locale = pickOne(random, LANGUAGES);
    const session = unwrap(
      await signUp(
        deps,
        {
          email: `owner${index}@org${index}.generated.test`,
          name: `Owner ${index}`,
          password: GENERATED_PASSWORD,
          locale,
        },
        {},
      ),
      "sign-up",
    );
    const person = await actorFromSession(deps, session.sessionSecret);
    if (!person) throw new Error("generate: new session unreadable");
    const org = unwrap(
      await createOrganisation(deps, person, {
        name: `${kind === "client" ? "Client" : "Studio"} ${index}`,
        kind,
      }),
      "organisation",
    );
    const actor: Actor = {
      ...person,
      memberships: new Map<string, Role>([[org.id, "owner"]]),
      orgKinds: new Map([[org.id, kind]]),
      orgNames: new Map([[org.id, org.name]]),
    };
    const party: Party = { actor, orgId: org.id, locale, skillId: pickOne(random, SKILLS) };
    if (kind === "provider") {
      const skills = [...new Set([party.skillId, pickOne(random, SKILLS)])];
      unwrap(
        await saveProviderProfile(deps, actor, org.id, {
          headline: `Studio ${index}`,
          description: "Generated provider.",
          skillIds: skills,
          languages: [locale, "en"].filter((l, i, all) => all.indexOf(l) === i),
          timeZones: ["Europe/Paris"],
          rates: [{ unit: "day", amountMinor: between(random, 300, 900) * 100, currency: "EUR" }],
          floorRate: null,
          availableFrom: null,
        }),
        "profile",
      );
      providers.push(party);
    } else {
      clients.push(party);
    }
  }
  return { clients, providers };
}

interface Queued {
  at: number;
  order: number;
  history: AsyncGenerator<number, void, void>;
}

/** A binary heap of the histories' next steps, earliest first, ties in start order. */
class StepQueue {
  private readonly heap: Queued[] = [];

  push(at: number, order: number, history: Queued["history"]): void {
    const heap = this.heap;
    heap.push({ at, order, history });
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): Queued | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < heap.length && this.before(left, best)) best = left;
        if (right < heap.length && this.before(right, best)) best = right;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a] as Queued;
    const y = this.heap[b] as Queued;
    return x.at < y.at || (x.at === y.at && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    const x = this.heap[a] as Queued;
    this.heap[a] = this.heap[b] as Queued;
    this.heap[b] = x;
  }
}
