import type { LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ORG_ACTIONS, type OrgAbilities, type OrgAction } from "../../src/contracts/abilities";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";
import { addMember, createOrg, expectError, uniqueName, type OrgRef } from "./api-fixtures";

/** One request per organisation action that exercises it as the web would. */
const PROBES: Record<OrgAction, (person: Person, org: OrgRef) => Promise<LightMyRequestResponse>> =
  {
    view: (person, org) => person.client.get(`/api/v1/orgs/${org.id}/members`),
    work: (person, org) =>
      person.client.post("/api/v1/briefs", {
        orgId: org.id,
        title: uniqueName("Online shop"),
        goals: ["Sell our ceramics online"],
        successMeasures: ["200 orders in the first 3 months"],
        mustHaves: [{ text: "Card payments" }],
        niceToHaves: [],
        skillIds: ["web.ecommerce"],
        budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 2_000_000 },
        clientPeople: [{ role: "Owner", hoursPerWeek: 4 }],
        businessModelScope: "Direct-to-consumer sales in the EU",
        constraints: [],
        earliestStart: "2026-12-01",
        deadline: "2027-03-01",
        preferredLanguages: ["en"],
      }),
    manageMembers: (person, org) => person.client.get(`/api/v1/orgs/${org.id}/invitations`),
    manageTokens: (person, org) => person.client.get(`/api/v1/tokens?orgId=${org.id}`),
    manageWebhooks: (person, org) =>
      person.client.post(`/api/v1/orgs/${org.id}/webhooks`, {
        url: `http://127.0.0.1:9/${uniqueName("hook")}`,
      }),
    manageReminders: (person, org) =>
      person.client.request("PUT", `/api/v1/orgs/${org.id}/reminder-schedule`, {
        offsets: [-3, 3],
      }),
  };

describe.each(DIALECTS)("organisation abilities on %s", (dialect) => {
  let t: TestApp;
  let owner: Person;
  let org: OrgRef;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    owner = await signUpPerson(t.app, "Olga");
    org = await createOrg(owner, "client");
  });
  afterEach(() => t.close());

  /** What the organisation says the person may do, the same in the list and on its own. */
  async function abilitiesOf(person: Person, orgId: string): Promise<OrgAbilities> {
    const read = await person.client.get(`/api/v1/orgs/${orgId}`);
    expect(read.statusCode).toBe(200);
    const abilities = read.json<{ abilities: OrgAbilities }>().abilities;
    expect(Object.keys(abilities).sort()).toEqual([...ORG_ACTIONS].sort());
    const listed = (await person.client.get("/api/v1/orgs"))
      .json<{ organisations: { id: string; abilities: OrgAbilities }[] }>()
      .organisations.find((candidate) => candidate.id === orgId);
    expect(listed?.abilities).toEqual(abilities);
    return abilities;
  }

  /** Whether the server let the person do the action; a refusal is forbidden or the wrong kind. */
  async function isAllowed(person: Person, org: OrgRef, action: OrgAction): Promise<boolean> {
    const answer = await PROBES[action](person, org);
    if (answer.statusCode < 400) return true;
    if (answer.statusCode === 422) expectError(answer, 422, "organisation_kind_wrong");
    else expectError(answer, 403, "forbidden");
    return false;
  }

  it("says true for an action exactly when the server allows it, for every role and kind", async () => {
    const people: Record<"owner" | "member" | "viewer", Person> = {
      owner,
      member: await signUpPerson(t.app, "Mona"),
      viewer: await signUpPerson(t.app, "Vic"),
    };
    await addMember(t, owner, org, people.member, "member");
    await addMember(t, owner, org, people.viewer, "viewer");
    const providerOwner = await signUpPerson(t.app, "Pia");
    const providerOrg = await createOrg(providerOwner, "provider");

    const seen = new Map<string, boolean>();
    const cases: (readonly [string, Person, OrgRef, readonly OrgAction[]])[] = [
      ...Object.entries(people).map(
        ([role, person]) => [`client ${role}`, person, org, ORG_ACTIONS] as const,
      ),
      // A brief is the client's work: the provider's work is proposals, probed elsewhere.
      ["provider owner", providerOwner, providerOrg, ORG_ACTIONS.filter((a) => a !== "work")],
    ];
    for (const [who, person, where, actions] of cases) {
      const abilities = await abilitiesOf(person, where.id);
      for (const action of actions) {
        const allowed = await isAllowed(person, where, action);
        expect(abilities[action], `${who} ${action}`).toBe(allowed);
        seen.set(`${who}:${action}`, allowed);
      }
    }
    // The probes tell roles and kinds apart: abilities that ignored either would fail here.
    expect(seen.get("client owner:manageWebhooks")).toBe(true);
    expect(seen.get("client member:manageWebhooks")).toBe(false);
    expect(seen.get("client member:work")).toBe(true);
    expect(seen.get("client viewer:work")).toBe(false);
    expect(seen.get("client viewer:view")).toBe(true);
    expect(seen.get("client owner:manageReminders")).toBe(false);
    expect(seen.get("provider owner:manageReminders")).toBe(true);
  });
});
