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
 * Events of the lifecycle stages still to come (agreement, milestones, changes), so ledgers
 * have the length and payload sizes they will have once those stages exist.
 */
export function laterEvents(
  random: Random,
  count: number,
): { type: string; side: "client" | "provider"; payload: Record<string, unknown> }[] {
  const steps = [
    {
      type: "agreement.drafted",
      side: "provider" as const,
      payload: { version: 1, milestones: 3, currency: "EUR", totalMinor: 1_250_000 },
    },
    {
      type: "agreement.signed",
      side: "client" as const,
      payload: { version: 1, signedBy: "client" },
    },
    {
      type: "milestone.submitted",
      side: "provider" as const,
      payload: {
        milestone: 1,
        note: "Delivered the first milestone; notes and links in the shared folder.",
      },
    },
    {
      type: "milestone.evaluated",
      side: "client" as const,
      payload: {
        milestone: 1,
        verdict: random() < 0.85 ? "accepted" : "changes_requested",
        score: 4,
      },
    },
  ];
  return steps.slice(0, count);
}
