import { randomUUID } from "node:crypto";
/** A random source in [0, 1); seeded so that two runs generate the same shape of data. */
export type Random = () => number;

/** mulberry32: tiny and good enough to spread benchmark data, not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("cannot pick from an empty list");
  return item;
}

export const words = {
  firstNames: [
    "Ada",
    "Bruno",
    "Chloé",
    "Dewi",
    "Elena",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemal",
    "Léa",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tari",
  ],
  lastNames: [
    "Álvarez",
    "Baker",
    "Chen",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Hartono",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "Lefèvre",
    "Müller",
    "Nakamura",
    "Okafor",
    "Pereira",
    "Rossi",
    "Santoso",
    "Tanaka",
    "Weber",
  ],
  orgPrefixes: [
    "Northwind",
    "Bluefield",
    "Harbour",
    "Kestrel",
    "Lumen",
    "Meridian",
    "Oakline",
    "Pioneer",
    "Riverstone",
    "Solace",
    "Tidewater",
    "Verdant",
  ],
  clientSuffixes: [
    "Retail",
    "Logistics",
    "Foods",
    "Health",
    "Insurance",
    "Energy",
    "Publishing",
    "Hotels",
  ],
  providerSuffixes: [
    "Studio",
    "Consulting",
    "Engineering",
    "Analytics",
    "Design Co",
    "Labs",
    "Partners",
    "Digital",
  ],
  workTitles: [
    "Website redesign",
    "Data platform migration",
    "Quarterly security audit",
    "Mobile app maintenance",
    "Brand refresh",
    "Payroll integration",
    "Customer support outsourcing",
    "Warehouse analytics",
    "Accessibility review",
    "Cloud cost review",
  ],
  descriptions: [
    "Scope, milestones and acceptance criteria to be agreed in the first week; weekly check-ins with both teams.",
    "Fixed-price delivery in three milestones. Each milestone is evaluated against the written acceptance criteria before it is invoiced.",
    "Time and materials, capped per month. The provider reports hours weekly and the client approves changes of scope in writing.",
    "Ongoing retainer with a monthly review of quality, responsiveness and budget, and a 30-day exit clause on either side.",
    "",
  ],
} as const;

/**
 * Later events of an active engagement, from the typed catalogue (the events page parses every
 * payload): messages between both sides, so ledgers have a realistic length.
 */
export function laterEvents(
  random: Random,
  count: number,
  engagementId: string,
): { type: string; side: "client" | "provider"; payload: Record<string, unknown> }[] {
  return Array.from({ length: count }, () => ({
    type: "message.posted",
    side: random() < 0.5 ? ("client" as const) : ("provider" as const),
    payload: { messageId: randomUUID(), threadKind: "engagement", threadId: engagementId },
  }));
}
