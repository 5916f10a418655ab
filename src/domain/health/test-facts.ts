import { emptyFacts, type HealthFacts } from "./facts";

/** A Tuesday at noon UTC: every test of the model reads the world as of this instant. */
export const NOW = "2026-12-01T12:00:00.000Z";

/** An engagement's facts for tests: empty but for what `overrides` sets. */
export function factsWith(overrides: Partial<HealthFacts> = {}): HealthFacts {
  return {
    ...emptyFacts({
      engagementId: "eng-1",
      clientOrgId: "client-1",
      providerOrgId: "provider-1",
      startedAt: "2026-09-01T09:00:00.000Z",
    }),
    lastActivityAt: NOW,
    ...overrides,
  };
}

export function invoice(
  id: string,
  dueDate: string,
  paidOn: string | null,
  totalMinor = 100_000,
): HealthFacts["invoices"][number] {
  return { id, number: id, totalMinor, dueDate, isForWork: true, creditedMinor: 0, paidOn };
}
