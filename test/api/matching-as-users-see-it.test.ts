import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMoney } from "../../src/i18n/format";
import { LOCALES } from "../../src/i18n/locales";
import { translate } from "../../src/i18n/translate";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";
import { createOrg, expectError, uniqueName, type OrgRef } from "./api-fixtures";
import {
  bodyOf,
  clearBriefBody,
  mustHaveOf,
  proposalTerms,
  publishBrief,
  shopProfileBody,
  type BriefBody,
  type FindingBody,
  type ProposalBody,
} from "./proposals-agreements/proposal-fixtures";
import { encodeCursor } from "../../src/server/platform/cursor";
import { DEEPEST_MATCH_RANK } from "../../src/server/modules/briefs/match-providers";

interface MatchBody {
  provider: { id: string; name: string };
  score: number;
  factors: { factor: string; score: number; explanation: string }[];
  proposal: { id: string; status: string; explanation: string } | null;
}

describe.each(DIALECTS)("matching as a client reads it, on %s", (dialect) => {
  let t: TestApp;
  let client: Person;
  let clientOrg: OrgRef;

  async function provider(name: string): Promise<{ person: Person; org: OrgRef }> {
    const person = await signUpPerson(t.app, name);
    const org = await createOrg(person, "provider", uniqueName(name));
    bodyOf(await person.client.request("PUT", `/api/v1/providers/${org.id}`, shopProfileBody()));
    return { person, org };
  }

  async function sendProposal(by: { person: Person; org: OrgRef }, brief: BriefBody) {
    const draft = bodyOf<ProposalBody>(
      await by.person.client.post(`/api/v1/briefs/${brief.id}/proposals`, {
        orgId: by.org.id,
        terms: proposalTerms(mustHaveOf(brief)),
      }),
      201,
    );
    return bodyOf<ProposalBody>(
      await by.person.client.post(`/api/v1/proposals/${draft.id}/submit`),
    );
  }

  async function matchesOf(brief: BriefBody): Promise<MatchBody[]> {
    return bodyOf<{ matches: MatchBody[] }>(
      await client.client.get(`/api/v1/briefs/${brief.id}/matches`),
    ).matches;
  }

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    client = await signUpPerson(t.app, "Claire", "fr");
    clientOrg = await createOrg(client, "client");
  });
  afterAll(async () => {
    await t.close();
  });

  it("marks a provider that already answered the brief with what became of its proposal, never a draft it kept", async () => {
    const brief = await publishBrief(client, clientOrg.id);
    const declined = await provider("Declined");
    const withdrew = await provider("Withdrew");
    const drafting = await provider("Drafting");
    const fresh = await provider("Fresh");

    const first = await sendProposal(declined, brief);
    bodyOf(
      await client.client.post(`/api/v1/proposals/${first.id}/decline`, {
        reason: "Too far from us.",
      }),
    );
    const second = await sendProposal(withdrew, brief);
    bodyOf(await withdrew.person.client.post(`/api/v1/proposals/${second.id}/withdraw`));
    bodyOf(
      await drafting.person.client.post(`/api/v1/briefs/${brief.id}/proposals`, {
        orgId: drafting.org.id,
        terms: proposalTerms(mustHaveOf(brief)),
      }),
      201,
    );

    const matches = await matchesOf(brief);
    const markOf = (org: OrgRef) => matches.find((m) => m.provider.id === org.id)?.proposal;
    expect(markOf(declined.org)).toEqual({
      id: first.id,
      status: "declined",
      explanation: translate("fr", "match.proposal.sent", { status: "declined" }),
    });
    expect(markOf(withdrew.org)).toMatchObject({ id: second.id, status: "withdrawn" });
    expect(markOf(withdrew.org)?.explanation).toContain("retiré");
    // A draft is the provider's own until it sends it: the client's matches say nothing of it.
    expect(markOf(drafting.org)).toBeNull();
    expect(markOf(fresh.org)).toBeNull();
    expect(matches.map((m) => m.provider.id)).toEqual(
      expect.arrayContaining([declined.org.id, withdrew.org.id, drafting.org.id, fresh.org.id]),
    );

    // A new proposal after the declined one is what the client sees next.
    const again = await sendProposal(declined, brief);
    expect(
      (await matchesOf(brief)).find((m) => m.provider.id === declined.org.id)?.proposal,
    ).toMatchObject({ id: again.id, status: "submitted" });
  });

  it("names each date and budget slip of a brief in the client's language, the clock moving the past one", async () => {
    const findingsOf = async (overrides: Record<string, unknown>) => {
      const { orgId: _orgId, ...body } = clearBriefBody(clientOrg.id, overrides);
      const created = bodyOf<{ id: string; findings: FindingBody[]; isPublishable: boolean }>(
        await client.client.post("/api/v1/briefs", { orgId: clientOrg.id, ...body }),
        201,
      );
      return created;
    };
    // The test clock stands at 22 November 2026.
    const pastStart = await findingsOf({ earliestStart: "2026-11-02" });
    expect(pastStart.findings).toEqual([
      {
        code: "earliest_start_passed",
        severity: "warning",
        path: "earliestStart",
        message: translate("fr", "clarity.earliest_start_passed", {
          start: "2 novembre 2026",
          today: "22 novembre 2026",
        }),
        reason: null,
      },
    ]);
    expect(pastStart.isPublishable).toBe(true);
    const inverted = await findingsOf({ earliestStart: "2027-03-10", deadline: "2027-03-01" });
    expect(inverted.findings.map((f) => [f.code, f.path])).toEqual([
      ["deadline_before_earliest_start", "deadline"],
    ]);
    expect(inverted.findings[0]?.message).toContain("le 1er mars 2027");
    const passed = await findingsOf({ earliestStart: null, deadline: "2026-11-20" });
    expect(passed.findings.map((f) => f.code)).toEqual(["deadline_passed"]);
    const upsideDown = await findingsOf({
      budget: { currency: "EUR", minMinor: 500_000, maxMinor: 0 },
    });
    expect(upsideDown.findings.map((f) => [f.code, f.severity])).toEqual([
      ["budget_inverted", "blocking"],
    ]);

    // Read again a month later, the same draft's start has passed.
    const fine = await findingsOf({ earliestStart: "2026-12-01" });
    expect(fine.findings).toEqual([]);
    t.clock.advance(20 * 24 * 60 * 60 * 1000);
    try {
      const later = bodyOf<{ findings: FindingBody[] }>(
        await client.client.get(`/api/v1/briefs/${fine.id}`),
      );
      expect(later.findings.map((f) => f.code)).toEqual(["earliest_start_passed"]);
    } finally {
      t.clock.advance(-20 * 24 * 60 * 60 * 1000);
    }
  });

  it("explains every factor of every match in each of the five languages, money and days as the reader writes them", async () => {
    // A provider above what the budget pays by day, one within it, both new to Accord.
    const dear = await provider("Dear");
    bodyOf(
      await dear.person.client.request(
        "PUT",
        `/api/v1/providers/${dear.org.id}`,
        shopProfileBody({ rates: [{ unit: "day", amountMinor: 1_234_500, currency: "EUR" }] }),
      ),
    );
    // €15,000 over 85 working days pays €176.47 a day: €150 fits.
    const within = await provider("Within");
    bodyOf(
      await within.person.client.request(
        "PUT",
        `/api/v1/providers/${within.org.id}`,
        shopProfileBody({ rates: [{ unit: "day", amountMinor: 15_000, currency: "EUR" }] }),
      ),
    );
    const explanations = new Map<string, string[]>();
    for (const locale of LOCALES) {
      const reader = await signUpPerson(t.app, `Reader ${locale}`, locale);
      const org = await createOrg(reader, "client");
      const brief = bodyOf<BriefBody>(
        await reader.client.post("/api/v1/briefs", clearBriefBody(org.id)),
        201,
      );
      const matches = bodyOf<{ matches: MatchBody[] }>(
        await reader.client.get(`/api/v1/briefs/${brief.id}/matches`),
      ).matches;
      const dearMatch = matches.find((m) => m.provider.id === dear.org.id);
      const withinMatch = matches.find((m) => m.provider.id === within.org.id);
      expect(dearMatch?.factors.map((f) => f.factor)).toEqual([
        "capability",
        "trackRecord",
        "health",
        "language",
        "availability",
        "price",
      ]);
      const texts = [...(dearMatch?.factors ?? []), ...(withinMatch?.factors ?? [])].map(
        (f) => f.explanation,
      );
      for (const text of texts) {
        expect(text, locale).not.toMatch(/[{}]|undefined|NaN|\bnull\b/);
        expect(text.length, locale).toBeGreaterThan(10);
      }
      explanations.set(locale, texts);
      const price = (m: MatchBody | undefined) => m?.factors.find((f) => f.factor === "price");
      expect(price(dearMatch)?.explanation).toBe(
        translate(locale, "match.price.above", { rate: formatMoney(locale, 1_234_500, "EUR") }),
      );
      expect(price(withinMatch)?.explanation).toBe(
        translate(locale, "match.price.within", { rate: formatMoney(locale, 15_000, "EUR") }),
      );
      // New to Accord: said so, with no percentage and no tenure of "0 days".
      const record = dearMatch?.factors.find((f) => f.factor === "trackRecord")?.explanation;
      expect(record).toBe(
        translate(locale, "match.trackRecord.new", { completed: 0, tenure: "none", tenureDays: 0 }),
      );
      expect(record).not.toMatch(/%|\b0 (days|jours|Tage|días|hari)\b/);
    }
    // Every language says it in its own words: no explanation falls back to the English one.
    const english = explanations.get("en") ?? [];
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      explanations.get(locale)?.forEach((text, i) => expect(text, locale).not.toBe(english[i]));
    }
  });

  it("pages the matches the one way lists do, with the ranking unchanged, and keeps them from everyone but the brief's client", async () => {
    for (const name of ["Page A", "Page B", "Page C"]) await provider(name);
    const brief = bodyOf<BriefBody>(
      await client.client.post("/api/v1/briefs", clearBriefBody(clientOrg.id)),
      201,
    );
    const url = `/api/v1/briefs/${brief.id}/matches`;
    const whole = bodyOf<{ matches: MatchBody[]; nextCursor: string | null }>(
      await client.client.get(`${url}?limit=200`),
    );
    expect(whole.matches.length).toBeGreaterThanOrEqual(3);
    expect(whole.nextCursor).toBeNull();

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : "?limit=2";
      const page: { matches: MatchBody[]; nextCursor: string | null } = bodyOf(
        await client.client.get(`${url}${query}`),
      );
      expect(page.matches.length).toBeLessThanOrEqual(2);
      seen.push(...page.matches.map((m) => m.provider.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole.matches.map((m) => m.provider.id));
    // Without a limit, the top 20, as before pages existed.
    const first = bodyOf<{ matches: MatchBody[] }>(await client.client.get(url));
    expect(first.matches.length).toBe(Math.min(20, whole.matches.length));

    expectError(await client.client.get(`${url}?cursor=not-a-cursor`), 400, "validation_failed");
    // A cursor past the deepest rank (only one written by hand) is refused, not ranked.
    const tooDeep = encodeCursor({ key: String(DEEPEST_MATCH_RANK), id: "x" }, "rank");
    expectError(await client.client.get(`${url}?cursor=${tooDeep}`), 400, "validation_failed");
    const lastPage = encodeCursor({ key: String(DEEPEST_MATCH_RANK - 1), id: "x" }, "rank");
    expect(
      bodyOf<{ nextCursor: string | null }>(await client.client.get(`${url}?cursor=${lastPage}`))
        .nextCursor,
    ).toBeNull();
    expectError(await client.client.get(`${url}?limit=201`), 400, "validation_failed");
    // Another client organisation, and any provider, do not learn the brief exists.
    const stranger = await signUpPerson(t.app, "Stranger");
    await createOrg(stranger, "client");
    expectError(await stranger.client.get(url), 404, "not_found");
    const someProvider = await provider("Curious");
    expectError(await someProvider.person.client.get(url), 404, "not_found");
    expectError(
      await someProvider.person.client.get(`/api/v1/briefs/${brief.id}`),
      404,
      "not_found",
    );
  });
});
