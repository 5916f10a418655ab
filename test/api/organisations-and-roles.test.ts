import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";
import { addMember, createOrg, expectError, type OrgRef } from "./api-fixtures";

interface MemberBody {
  userId: string;
  email: string;
  role: string;
}

describe.each(DIALECTS)("organisations and roles on %s", (dialect) => {
  let t: TestApp;
  let owner: Person;
  let org: OrgRef;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    owner = await signUpPerson(t.app, "Olivia");
    org = await createOrg(owner, "client", "Acme");
  });
  afterEach(async () => {
    await t.close();
  });

  async function membersOf(orgId: string, as: Person = owner): Promise<MemberBody[]> {
    const response = await as.client.get(`/api/v1/orgs/${orgId}/members`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ members: MemberBody[] }>().members;
  }

  describe("organisations", () => {
    it("makes the creator of an organisation its owner", async () => {
      expect(org).toMatchObject({ name: "Acme", kind: "client", myRole: "owner" });

      const listed = await owner.client.get("/api/v1/orgs");
      const one = await owner.client.get(`/api/v1/orgs/${org.id}`);
      const members = await membersOf(org.id);

      expect(listed.json<{ organisations: OrgRef[] }>().organisations.map((o) => o.id)).toEqual([
        org.id,
      ]);
      expect(one.json()).toMatchObject({ id: org.id, name: "Acme", myRole: "owner" });
      expect(members).toEqual([expect.objectContaining({ userId: owner.userId, role: "owner" })]);
    });

    it("lists only the organisations the person belongs to", async () => {
      const other = await signUpPerson(t.app, "Oscar");
      await createOrg(other, "provider", "Elsewhere");
      const second = await createOrg(owner, "provider", "Acme Services");

      const listed = await owner.client.get("/api/v1/orgs");

      const names = listed.json<{ organisations: OrgRef[] }>().organisations.map((o) => o.name);
      expect(names.sort()).toEqual(["Acme", "Acme Services"]);
      expect(listed.body).not.toContain("Elsewhere");
      expect(second.kind).toBe("provider");
    });

    it("refuses an organisation without a valid kind", async () => {
      const response = await owner.client.post("/api/v1/orgs", { name: "Acme", kind: "vendor" });

      const error = expectError(response, 400, "validation_failed");
      expect(error.fields?.map((f) => f.path)).toEqual(["kind"]);
    });
  });

  describe("roles", () => {
    it("an owner changes a member's role", async () => {
      const mia = await signUpPerson(t.app, "Mia");
      await addMember(t, owner, org, mia, "member");

      const response = await owner.client.patch(`/api/v1/orgs/${org.id}/members/${mia.userId}`, {
        role: "viewer",
      });

      expect(response.statusCode, response.body).toBe(200);
      expect(await membersOf(org.id)).toContainEqual(
        expect.objectContaining({ userId: mia.userId, role: "viewer" }),
      );
    });

    it("the last owner cannot step down", async () => {
      const response = await owner.client.patch(`/api/v1/orgs/${org.id}/members/${owner.userId}`, {
        role: "member",
      });

      expectError(response, 409, "last_owner");
      expect(await membersOf(org.id)).toEqual([
        expect.objectContaining({ userId: owner.userId, role: "owner" }),
      ]);
    });

    it("the last owner cannot leave", async () => {
      const response = await owner.client.delete(`/api/v1/orgs/${org.id}/members/${owner.userId}`);

      expectError(response, 409, "last_owner");
      expect((await owner.client.get(`/api/v1/orgs/${org.id}`)).statusCode).toBe(200);
    });

    it("an owner may step down once another owner exists", async () => {
      const mia = await signUpPerson(t.app, "Mia");
      await addMember(t, owner, org, mia, "owner");

      const response = await owner.client.patch(`/api/v1/orgs/${org.id}/members/${owner.userId}`, {
        role: "member",
      });

      expect(response.statusCode, response.body).toBe(200);
      expect((await owner.client.get(`/api/v1/orgs/${org.id}`)).json()).toMatchObject({
        myRole: "member",
      });
    });

    it("a viewer cannot change roles, not even their own", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await addMember(t, owner, org, vera, "viewer");

      const promoteSelf = await vera.client.patch(`/api/v1/orgs/${org.id}/members/${vera.userId}`, {
        role: "owner",
      });
      const demoteOwner = await vera.client.patch(
        `/api/v1/orgs/${org.id}/members/${owner.userId}`,
        {
          role: "viewer",
        },
      );

      expectError(promoteSelf, 403, "forbidden");
      expectError(demoteOwner, 403, "forbidden");
      expect(await membersOf(org.id)).toContainEqual(
        expect.objectContaining({ userId: vera.userId, role: "viewer" }),
      );
    });

    it("a member may leave, and then no longer sees the organisation", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await addMember(t, owner, org, vera, "viewer");

      const response = await vera.client.delete(`/api/v1/orgs/${org.id}/members/${vera.userId}`);

      expect(response.statusCode, response.body).toBe(200);
      expectError(await vera.client.get(`/api/v1/orgs/${org.id}`), 404, "not_found");
    });

    it("an owner removes a member", async () => {
      const mia = await signUpPerson(t.app, "Mia");
      await addMember(t, owner, org, mia, "member");

      const response = await owner.client.delete(`/api/v1/orgs/${org.id}/members/${mia.userId}`);

      expect(response.statusCode, response.body).toBe(200);
      expect((await membersOf(org.id)).map((m) => m.userId)).toEqual([owner.userId]);
    });

    it("changing the role of someone outside the organisation is not found", async () => {
      const stranger = await signUpPerson(t.app, "Stranger");

      const response = await owner.client.patch(
        `/api/v1/orgs/${org.id}/members/${stranger.userId}`,
        {
          role: "owner",
        },
      );

      expectError(response, 404, "not_found");
    });
  });

  // On PostgreSQL both requests used to count two owners at once and both go through, leaving
  // an organisation nobody can manage; SQLite's one writer always refused the second.
  describe("two owners at once", () => {
    const rounds = 4;
    async function withTwoOwners(round: number) {
      const first = await signUpPerson(t.app, `First ${round}`);
      const second = await signUpPerson(t.app, `Second ${round}`);
      const shared = await createOrg(first, "client", `Shared ${round}`);
      await addMember(t, first, shared, second, "owner");
      return { first, second, shared };
    }
    async function ownersOf(orgId: string): Promise<number> {
      const row = await t.deps.db
        .selectFrom("memberships")
        .select((eb) => eb.fn.countAll<string | number>().as("owners"))
        .where("org_id", "=", orgId)
        .where("role", "=", "owner")
        .executeTakeFirstOrThrow();
      return Number(row.owners);
    }

    it("removing each other: one wins, the other is refused, and an owner is left", async () => {
      for (let round = 0; round < rounds; round += 1) {
        const { first, second, shared } = await withTwoOwners(round);
        const answers = await Promise.all([
          first.client.delete(`/api/v1/orgs/${shared.id}/members/${second.userId}`),
          second.client.delete(`/api/v1/orgs/${shared.id}/members/${first.userId}`),
        ]);
        const statuses = answers.map((a) => a.statusCode);
        expect(
          statuses.filter((s) => s === 200),
          `round ${round}: ${statuses.join(", ")}`,
        ).toHaveLength(1);
        const refused = answers.find((a) => a.statusCode !== 200);
        // The loser is no longer in the organisation: it learns nothing more than not_found.
        if (refused) expectError(refused, 404, "not_found");
        expect(await ownersOf(shared.id)).toBe(1);
      }
    });

    it("both stepping down: one wins, the other is told the last owner stays", async () => {
      for (let round = 0; round < rounds; round += 1) {
        const { first, second, shared } = await withTwoOwners(round);
        const answers = await Promise.all(
          [first, second].map((owner) =>
            owner.client.patch(`/api/v1/orgs/${shared.id}/members/${owner.userId}`, {
              role: "member",
            }),
          ),
        );
        const statuses = answers.map((a) => a.statusCode);
        expect(
          statuses.filter((s) => s === 200),
          `round ${round}: ${statuses.join(", ")}`,
        ).toHaveLength(1);
        const refused = answers.find((a) => a.statusCode !== 200);
        if (refused) expectError(refused, 409, "last_owner");
        expect(await ownersOf(shared.id)).toBe(1);
      }
    });
  });
});
