import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EngagementListItem } from "../../../src/contracts/engagements";
import { DIALECTS } from "../../support/databases";
import {
  invitationTokenFromMailbox,
  signUpPerson,
  type Person,
  type TestApp,
  buildTestApp,
} from "../../support/test-app";
import {
  addMember,
  createOrg,
  createToken,
  startEngagement,
  uniqueEmail,
  withBearer,
  type OrgRef,
} from "../api-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ListBody {
  engagements: EngagementListItem[];
}

/**
 * The list's page joins only each row's counterpart; the reader's own organisations' names come
 * with the session's actor. Every row must still read as the engagement's own page reads it
 * (three organisations joined there), whoever initiated it, whichever of the reader's
 * organisations it is seen from, and a renamed organisation shows its new name at once.
 */
describe.each(DIALECTS)("the engagement list's organisation names on %s", (dialect) => {
  let t: TestApp;
  let rita: Person;
  let ritaClient: OrgRef;
  let ritaStudio: OrgRef;
  let pedroStudio: OrgRef;
  let carlaClient: OrgRef;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    rita = await signUpPerson(t.app, "Rita");
    ritaClient = await createOrg(rita, "client");
    ritaStudio = await createOrg(rita, "provider");
    const pedro = await signUpPerson(t.app, "Pedro");
    pedroStudio = await createOrg(pedro, "provider");
    const carla = await signUpPerson(t.app, "Carla");
    carlaClient = await createOrg(carla, "client");

    // Rita's client with Pedro's studio, started by Rita's side.
    ids.withPedro = (await startEngagement(rita, ritaClient, pedro.email)).id;
    await accept(pedro, pedroStudio);
    // Carla's client with Rita's studio, started by the counterpart.
    ids.withCarla = (await startEngagement(carla, carlaClient, rita.email)).id;
    await accept(rita, ritaStudio);
    // Between Rita's own two organisations: her client invites Olga, a member of her studio,
    // who takes the provider's side for it (Rita's own address is refused).
    const olga = await signUpPerson(t.app, "Olga");
    await addMember(t, rita, ritaStudio, olga, "member");
    ids.ownTwo = (await startEngagement(rita, ritaClient, olga.email)).id;
    await accept(olga, ritaStudio);
    // Still waiting for a provider.
    ids.pending = (await startEngagement(rita, ritaClient, uniqueEmail("nobody"))).id;
    // Initiated by an organisation on neither side, which no write of the app makes: the list
    // reads its name apart.
    ids.thirdInitiator = (await startEngagement(rita, ritaClient, uniqueEmail("third"))).id;
    await t.handle.db
      .updateTable("engagements")
      .set({ initiator_org_id: carlaClient.id })
      .where("id", "=", ids.thirdInitiator)
      .execute();
  });
  afterAll(() => t.close());

  async function accept(person: Person, org: OrgRef): Promise<void> {
    const token = await invitationTokenFromMailbox(t.deps, person.email);
    const response = await person.client.post(`/api/v1/invitations/${token}/accept`, {
      orgId: org.id,
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  /** What the engagement's own page says of it, without what only one of the two carries. */
  async function asPageReadsIt(id: string): Promise<unknown> {
    const page = bodyOf<Record<string, unknown>>(
      await rita.client.get(`/api/v1/engagements/${id}`),
    );
    const { abilities: _abilities, ...fields } = page;
    return fields;
  }

  function withoutSummary(row: EngagementListItem): unknown {
    const { summary: _summary, ...fields } = row;
    return fields;
  }

  async function expectRowsAsPagesReadThem(rows: EngagementListItem[]): Promise<void> {
    for (const row of rows) {
      expect(withoutSummary(row), row.title).toEqual(await asPageReadsIt(row.id));
    }
  }

  it("names both sides and the initiator of every row as the engagement's page does", async () => {
    const all = bodyOf<ListBody>(await rita.client.get("/api/v1/engagements")).engagements;
    expect(new Set(all.map((row) => row.id))).toEqual(new Set(Object.values(ids)));
    await expectRowsAsPagesReadThem(all);

    const own = all.find((row) => row.id === ids.ownTwo);
    expect(own?.client?.name).toBe(ritaClient.name);
    expect(own?.provider?.name).toBe(ritaStudio.name);
    const third = all.find((row) => row.id === ids.thirdInitiator);
    expect(third?.initiator).toEqual({
      id: carlaClient.id,
      name: carlaClient.name,
      kind: "client",
    });
    for (const sort of ["title", "deadline"]) {
      const sorted = bodyOf<ListBody>(
        await rita.client.get(`/api/v1/engagements?sort=${sort}`),
      ).engagements;
      expect(new Set(sorted.map((row) => row.id)), sort).toEqual(new Set(Object.values(ids)));
      await expectRowsAsPagesReadThem(sorted);
    }
    const fromCarla = all.find((row) => row.id === ids.withCarla);
    expect(fromCarla?.initiator.name).toBe(carlaClient.name);
    expect(fromCarla?.mySide).toBe("provider");
  });

  it("reads the same from each of the reader's organisations and through an API token", async () => {
    for (const org of [ritaClient, ritaStudio]) {
      const rows = bodyOf<ListBody>(
        await rita.client.get(`/api/v1/engagements?orgId=${org.id}`),
      ).engagements;
      expect(rows.length).toBeGreaterThan(0);
      await expectRowsAsPagesReadThem(rows);

      // A token acts inside its one organisation: the engagement between Rita's two
      // organisations is seen from that side only, with the other side's name still right.
      const token = await createToken(rita, org.id, ["engagements:read"]);
      const viaToken = bodyOf<ListBody>(
        await withBearer(t.app, token.token, "GET", "/api/v1/engagements"),
      ).engagements;
      expect(viaToken.map((row) => row.id)).toEqual(rows.map((row) => row.id));
      for (const row of viaToken) {
        const { mySide, ...fields } = withoutSummary(row) as EngagementListItem;
        const { mySide: _pageSide, ...page } = (await asPageReadsIt(row.id)) as EngagementListItem;
        expect(fields, row.title).toEqual(page);
        expect(mySide).toBe(org.kind);
      }
    }
  });

  it("shows a renamed organisation's new name at once, the reader's own or the counterpart's", async () => {
    await t.handle.db
      .updateTable("organisations")
      .set({ name: "Rita Renamed Client" })
      .where("id", "=", ritaClient.id)
      .execute();
    await t.handle.db
      .updateTable("organisations")
      .set({ name: "Pedro Renamed Studio" })
      .where("id", "=", pedroStudio.id)
      .execute();
    const all = bodyOf<ListBody>(await rita.client.get("/api/v1/engagements")).engagements;
    const withPedro = all.find((row) => row.id === ids.withPedro);
    expect(withPedro?.client?.name).toBe("Rita Renamed Client");
    expect(withPedro?.provider?.name).toBe("Pedro Renamed Studio");
    expect(withPedro?.initiator.name).toBe("Rita Renamed Client");
    expect(all.find((row) => row.id === ids.ownTwo)?.client?.name).toBe("Rita Renamed Client");
    await expectRowsAsPagesReadThem(all);
  });
});
