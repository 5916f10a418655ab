import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/billing/calendar";
import { latestPlannedDay } from "../../src/domain/planning-horizon";
import { translate } from "../../src/i18n/translate";
import { todayOf } from "../../src/server/platform/clock";
import { setPlatformRole } from "../../src/server/modules/auth/users.repository";
import { DIALECTS } from "../support/databases";
import {
  buildTestApp,
  invitationTokenFromMailbox,
  signUpPerson,
  type Person,
  type TestApp,
} from "../support/test-app";
import { saveOrganisationHealth } from "../../src/server/modules/relationship-health/health.repository";
import {
  createOrg,
  expectError,
  expectErrorAt,
  startEngagement,
  uniqueName,
  type OrgRef,
} from "./api-fixtures";
import { bodyOf, joinAs } from "./proposals-agreements/proposal-fixtures";

interface Finding {
  code: string;
  severity: string;
  path: string;
  message: string;
}
interface BriefBodyResponse {
  id: string;
  status: string;
  findings: Finding[];
  isPublishable: boolean;
  isInvited: boolean;
  mustHaves: { id: string; text: string }[];
}

function briefBody(orgId: string, overrides: Record<string, unknown> = {}) {
  return {
    orgId,
    title: uniqueName("Online shop"),
    goals: ["Sell our ceramics online"],
    successMeasures: ["200 orders in the first 3 months"],
    mustHaves: [{ text: "Card payments" }],
    niceToHaves: [{ text: "Gift cards" }],
    skillIds: ["web.ecommerce", "design.ux"],
    budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 2_000_000 },
    clientPeople: [{ role: "Owner", hoursPerWeek: 4 }],
    businessModelScope: "Direct-to-consumer sales in the EU",
    constraints: [],
    earliestStart: "2026-12-01",
    deadline: "2027-03-01",
    preferredLanguages: ["fr", "en"],
    ...overrides,
  };
}

function profileBody(overrides: Record<string, unknown> = {}) {
  return {
    headline: "Shops that sell",
    description: "We build online shops.",
    skillIds: ["web.ecommerce", "design.ux"],
    languages: ["fr", "en"],
    timeZones: ["Europe/Paris"],
    rates: [{ unit: "day", amountMinor: 30_000, currency: "EUR" }],
    floorRate: { currency: "EUR", amountMinor: 25_000, unit: "day" },
    availableFrom: null,
    ...overrides,
  };
}

describe.each(DIALECTS)("briefs, profiles and matching on %s", (dialect) => {
  let t: TestApp;
  let client: Person;
  let clientOrg: OrgRef;
  let provider: Person;
  let providerOrg: OrgRef;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    client = await signUpPerson(t.app, "Claire", "fr");
    clientOrg = await createOrg(client, "client", uniqueName("Northwind"));
    provider = await signUpPerson(t.app, "Jonas");
    providerOrg = await createOrg(provider, "provider", uniqueName("Atelier"));
  });
  afterAll(async () => {
    await t.close();
  });

  it("serves the taxonomy with names in the five languages, edited by moderators only", async () => {
    const taxonomy = (await client.client.get("/api/v1/taxonomy")).json<{
      skills: { id: string; names: Record<string, string> }[];
    }>();
    const ecommerce = taxonomy.skills.find((s) => s.id === "web.ecommerce");
    expect(Object.keys(ecommerce?.names ?? {}).sort()).toEqual(["de", "en", "es", "fr", "id"]);

    const names = {
      en: "Accessibility",
      fr: "Accessibilité",
      de: "Barrierefreiheit",
      es: "Accesibilidad",
      id: "Aksesibilitas",
    };
    const refused = await client.client.request("PUT", "/api/v1/taxonomy/skills/web.a11y", {
      categoryId: "web",
      names,
    });
    expect(refused.statusCode).toBe(403);
    const moderator = await signUpPerson(t.app, "Mod");
    await setPlatformRole(t.deps.db, moderator.userId, "moderator");
    const saved = await moderator.client.request("PUT", "/api/v1/taxonomy/skills/web.a11y", {
      categoryId: "web",
      names,
    });
    expect(saved.statusCode).toBe(200);
    const badCategory = await moderator.client.request("PUT", "/api/v1/taxonomy/skills/web.x", {
      categoryId: "nope",
      names,
    });
    expect(badCategory.json()).toMatchObject({
      error: { code: "validation_failed", fields: [{ path: "categoryId" }] },
    });
  });

  it("lets a provider describe itself, refusing unknown skills and client organisations", async () => {
    const unknown = await provider.client.request(
      "PUT",
      `/api/v1/providers/${providerOrg.id}`,
      profileBody({ skillIds: ["web.teleportation"] }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({
      error: { code: "unknown_skill", fields: [{ path: "skillIds" }] },
    });

    const saved = await provider.client.request(
      "PUT",
      `/api/v1/providers/${providerOrg.id}`,
      profileBody(),
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      skillIds: ["design.ux", "web.ecommerce"],
      floorRate: { amountMinor: 25_000, unit: "day" },
      trackRecord: { completedEngagements: 0, rehireRate: null },
    });

    const asClient = await client.client.request(
      "PUT",
      `/api/v1/providers/${clientOrg.id}`,
      profileBody(),
    );
    expect(asClient.json()).toMatchObject({ error: { code: "organisation_kind_wrong" } });
    expect((await client.client.get(`/api/v1/providers/${clientOrg.id}`)).statusCode).toBe(404);
  });

  it("shows the floor rate to the provider's own people only, never to others", async () => {
    const url = `/api/v1/providers/${providerOrg.id}`;
    expect((await provider.client.request("PUT", url, profileBody())).statusCode).toBe(200);
    const own = (await provider.client.get(url)).json<Record<string, unknown>>();
    expect(own.floorRate).toEqual({ currency: "EUR", amountMinor: 25_000, unit: "day" });
    const viewer = await joinAs(t, provider, providerOrg, "Vera", "viewer");
    expect((await viewer.client.get(url)).json()).toMatchObject({
      floorRate: { amountMinor: 25_000 },
    });

    // A client, another provider, a moderator: the profile without the floor at all.
    const rival = await signUpPerson(t.app, "Rival");
    await createOrg(rival, "provider", uniqueName("Rival"));
    const moderator = await signUpPerson(t.app, "Moderator");
    await setPlatformRole(t.deps.db, moderator.userId, "moderator");
    for (const other of [client, rival, moderator]) {
      const seen = await other.client.get(url);
      expect(seen.statusCode).toBe(200);
      const body = seen.json<Record<string, unknown>>();
      expect(body).toMatchObject({ headline: "Shops that sell", rates: [{ amountMinor: 30_000 }] });
      expect(body).not.toHaveProperty("floorRate");
      expect(seen.body).not.toContain("25000");
    }
  });

  it("tells the client, in French, what its brief is missing, and refuses to publish it", async () => {
    const created = await client.client.post(
      "/api/v1/briefs",
      briefBody(clientOrg.id, { successMeasures: [], budget: null }),
    );
    expect(created.statusCode).toBe(201);
    const brief = created.json<BriefBodyResponse>();
    expect(brief.isPublishable).toBe(false);
    expect(brief.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ["success_measure_missing", "blocking", "successMeasures"],
      ["budget_missing", "blocking", "budget"],
    ]);
    expect(brief.findings[1]?.message).toBe(translate("fr", "clarity.budget_missing"));

    const refused = await client.client.post(`/api/v1/briefs/${brief.id}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: {
        code: "brief_not_publishable",
        fields: [{ path: "successMeasures" }, { path: "budget" }],
      },
    });
    expect((await provider.client.get(`/api/v1/briefs/${brief.id}`)).statusCode).toBe(404);
  });

  it("publishes a clear brief, keeps it unchanged afterwards, and shows it to providers", async () => {
    const brief = (
      await client.client.post("/api/v1/briefs", briefBody(clientOrg.id))
    ).json<BriefBodyResponse>();
    expect(brief.findings).toEqual([]);
    const published = await client.client.post(`/api/v1/briefs/${brief.id}/publish`);
    expect(published.json()).toMatchObject({ status: "published", isPublishable: false });
    const { orgId: _orgId, ...body } = briefBody(clientOrg.id);
    const edit = await client.client.request("PUT", `/api/v1/briefs/${brief.id}`, body);
    expect(edit.json()).toMatchObject({ error: { code: "brief_not_editable" } });
    // Each refusal says what became of the brief and which step it refuses.
    expect(expectError(edit, 409, "brief_not_editable").message).toBe(
      "Ce cahier des charges est déjà publié : seul un cahier des charges à l’état de brouillon peut être modifié.",
    );
    const again = await client.client.post(`/api/v1/briefs/${brief.id}/publish`);
    expect(expectError(again, 409, "brief_not_editable").message).toBe(
      "Ce cahier des charges est déjà publié : seul un cahier des charges à l’état de brouillon peut être publié.",
    );

    const forProvider = (await provider.client.get(`/api/v1/briefs?orgId=${providerOrg.id}`)).json<{
      briefs: BriefBodyResponse[];
    }>();
    expect(forProvider.briefs.map((b) => b.id)).toContain(brief.id);
  });

  it("keeps one open draft of a title: a second (retyped, or two at once) is refused, naming it; published, the title is free", async () => {
    const title = uniqueName("Ceramics shop");
    const post = (overrides: Record<string, unknown>) =>
      client.client.post("/api/v1/briefs", briefBody(clientOrg.id, overrides));
    const drafts = async () =>
      (await t.deps.db.selectFrom("briefs").select(["id", "title", "status"]).execute()).filter(
        (b) => b.title.trim().toLowerCase() === title.toLowerCase(),
      );
    const statuses = (await Promise.all([post({ title }), post({ title })])).map(
      (r) => r.statusCode,
    );
    expect(statuses.sort()).toEqual([201, 409]);
    const again = expectError(
      await post({ title: ` ${title.toUpperCase()} ` }),
      409,
      "brief_title_taken",
    );
    expect(again.message).toContain(title);
    expect(again.fields?.[0]?.path).toBe("title");
    expect(await drafts()).toHaveLength(1);
    const [first] = await drafts();

    // Another title is another brief; renaming it onto the open draft's title is refused.
    const other = bodyOf<BriefBodyResponse>(await post({}), 201);
    const { orgId: _orgId, ...renamed } = briefBody(clientOrg.id, { title });
    expectError(
      await client.client.request("PUT", `/api/v1/briefs/${other.id}`, renamed),
      409,
      "brief_title_taken",
    );
    bodyOf(await client.client.request("PUT", `/api/v1/briefs/${first!.id}`, renamed));
    // Once published, the first is no draft: a new draft may take its title.
    bodyOf(await client.client.post(`/api/v1/briefs/${first!.id}/publish`));
    bodyOf(await post({ title }), 201);
    expect(await drafts()).toHaveLength(2);
  });

  it("plans a brief's start and deadline and a provider's availability at most ten years ahead, refusing a later day at its field and writing nothing", async () => {
    const latest = latestPlannedDay(todayOf(t.deps.clock));
    const later = addDays(latest, 1);
    const title = uniqueName("Far brief");
    const briefsTitled = () =>
      t.deps.db.selectFrom("briefs").select("content").where("title", "=", title).execute();
    for (const path of ["earliestStart", "deadline"]) {
      const refused = expectError(
        await client.client.post(
          "/api/v1/briefs",
          briefBody(clientOrg.id, { title, earliestStart: null, [path]: later }),
        ),
        400,
        "validation_failed",
      );
      expect(refused.fields?.map((f) => [f.path, f.code])).toEqual([[path, "day_too_far_ahead"]]);
      expect(await briefsTitled()).toEqual([]);
    }
    // The last day of the horizon is still a day to plan.
    const brief = bodyOf<BriefBodyResponse & { deadline: string }>(
      await client.client.post(
        "/api/v1/briefs",
        briefBody(clientOrg.id, { title, earliestStart: null, deadline: latest }),
      ),
      201,
    );
    expect(brief.deadline).toBe(latest);
    const { orgId: _orgId, ...rewrite } = briefBody(clientOrg.id, { title, deadline: later });
    const kept = expectError(
      await client.client.request("PUT", `/api/v1/briefs/${brief.id}`, rewrite),
      400,
      "validation_failed",
    );
    expect(kept.fields?.[0]?.path).toBe("deadline");
    const [stored] = await briefsTitled();
    expect(JSON.parse(stored!.content)).toMatchObject({ deadline: latest });

    const profileUrl = `/api/v1/providers/${providerOrg.id}`;
    bodyOf(
      await provider.client.request("PUT", profileUrl, profileBody({ availableFrom: latest })),
    );
    const tooLate = expectError(
      await provider.client.request("PUT", profileUrl, profileBody({ availableFrom: later })),
      400,
      "validation_failed",
    );
    expect(tooLate.fields?.map((f) => [f.path, f.code])).toEqual([
      ["availableFrom", "day_too_far_ahead"],
    ]);
    const profile = bodyOf<{ availableFrom: string }>(await provider.client.get(profileUrl));
    expect(profile.availableFrom).toBe(latest);
  });

  it("ranks apt providers first, explains each factor in the reader's language, and shows the weights", async () => {
    const brief = (
      await client.client.post("/api/v1/briefs", briefBody(clientOrg.id))
    ).json<BriefBodyResponse>();
    const cheap = await signUpPerson(t.app, "Cheap");
    const cheapOrg = await createOrg(cheap, "provider", uniqueName("Cheap"));
    await cheap.client.request(
      "PUT",
      `/api/v1/providers/${cheapOrg.id}`,
      profileBody({
        skillIds: ["web.ecommerce"],
        languages: ["de"],
        rates: [{ unit: "day", amountMinor: 100, currency: "EUR" }],
        floorRate: null,
      }),
    );
    const response = await client.client.get(`/api/v1/briefs/${brief.id}/matches`);
    expect(response.statusCode).toBe(200);
    const result = response.json<{
      matches: {
        provider: { id: string };
        score: number;
        factors: { factor: string; weight: number; explanation: string }[];
        missingSkillIds: string[];
      }[];
      weights: Record<string, number>;
    }>();
    const ids = result.matches.map((m) => m.provider.id);
    expect(ids.indexOf(providerOrg.id)).toBeLessThan(ids.indexOf(cheapOrg.id));
    expect(result.weights.price).toBeLessThan(result.weights.capability!);
    const apt = result.matches.find((m) => m.provider.id === providerOrg.id);
    expect(apt?.factors.find((f) => f.factor === "language")?.explanation).toBe(
      translate("fr", "match.language.first_choice", { language: "français" }),
    );
    expect(result.matches.find((m) => m.provider.id === cheapOrg.id)?.missingSkillIds).toEqual([
      "design.ux",
    ]);
    expect((await provider.client.get(`/api/v1/briefs/${brief.id}/matches`)).statusCode).toBe(404);
  });

  it("weighs the provider's health score in matching and explains it, new providers in the middle", async () => {
    const brief = (
      await client.client.post("/api/v1/briefs", briefBody(clientOrg.id))
    ).json<BriefBodyResponse>();
    const healthFactor = async () => {
      const result = (await client.client.get(`/api/v1/briefs/${brief.id}/matches`)).json<{
        matches: {
          provider: { id: string };
          factors: { factor: string; score: number; weight: number; explanation: string }[];
        }[];
      }>();
      const match = result.matches.find((m) => m.provider.id === providerOrg.id);
      return match?.factors.find((f) => f.factor === "health");
    };
    expect(await healthFactor()).toMatchObject({
      score: 0.5,
      weight: 0.1,
      explanation: translate("fr", "match.health.new", {}),
    });

    // The provider works with a client, and the health model has scored it across engagements.
    const engagement = await startEngagement(client, clientOrg, provider.email);
    const link = await invitationTokenFromMailbox(t.deps, provider.email);
    const accepted = await provider.client.post(`/api/v1/invitations/${link}/accept`, {
      orgId: providerOrg.id,
    });
    expect(accepted.statusCode, engagement.id).toBe(200);
    await saveOrganisationHealth(t.deps.db, {
      org_id: providerOrg.id,
      side: "provider",
      score: 83,
      is_new: 0,
      engagement_count: 4,
      counterparty_count: 3,
      explanation: "{}",
      computed_at: t.clock.now().toISOString(),
    });
    expect(await healthFactor()).toMatchObject({
      score: 0.83,
      explanation: translate("fr", "match.health.score", { score: 83 }),
    });
  });

  it("invites a shortlisted provider, who then sees the brief marked as an invitation", async () => {
    const brief = (
      await client.client.post("/api/v1/briefs", briefBody(clientOrg.id))
    ).json<BriefBodyResponse>();
    await client.client.post(`/api/v1/briefs/${brief.id}/publish`);
    const invited = await client.client.post(`/api/v1/briefs/${brief.id}/shortlist`, {
      providerOrgId: providerOrg.id,
      isInvited: true,
    });
    expect(invited.statusCode).toBe(200);
    const seen = (
      await provider.client.get(`/api/v1/briefs/${brief.id}`)
    ).json<BriefBodyResponse>();
    expect(seen.isInvited).toBe(true);
    const list = (await provider.client.get(`/api/v1/briefs?orgId=${providerOrg.id}`)).json<{
      briefs: BriefBodyResponse[];
    }>();
    expect(list.briefs[0]?.id).toBe(brief.id);
  });

  it("refuses to shortlist or invite a client organisation, saying it is not a provider", async () => {
    const brief = (
      await client.client.post("/api/v1/briefs", briefBody(clientOrg.id))
    ).json<BriefBodyResponse>();
    await client.client.post(`/api/v1/briefs/${brief.id}/publish`);
    const otherClient = await createOrg(provider, "client", uniqueName("Buyers"));
    for (const isInvited of [false, true]) {
      const refused = expectErrorAt(
        await client.client.post(`/api/v1/briefs/${brief.id}/shortlist`, {
          providerOrgId: otherClient.id,
          isInvited,
        }),
        422,
        "shortlist_not_provider",
        "providerOrgId",
      );
      expect(refused.message).toBe(
        translate("fr", "error.shortlist_not_provider", { org: otherClient.name }),
      );
    }
    const shortlisted = await t.deps.db
      .selectFrom("brief_shortlist")
      .select("provider_org_id")
      .where("brief_id", "=", brief.id)
      .execute();
    expect(shortlisted).toEqual([]);
    // An id of no organisation at all is still an invalid value.
    const unknown = await client.client.post(`/api/v1/briefs/${brief.id}/shortlist`, {
      providerOrgId: "01a245bd-0000-7000-8000-000000000000",
    });
    expect(unknown.json()).toMatchObject({
      error: { code: "validation_failed", fields: [{ path: "providerOrgId" }] },
    });
  });
});
