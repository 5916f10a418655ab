import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/i18n/translate";
import { DIALECTS } from "../support/databases";
import {
  invitationTokenFromMailbox,
  signUpPerson,
  type Person,
  type TestApp,
} from "../support/test-app";
import { worldCopies } from "../support/world-copies";
import {
  addMember,
  createOrg,
  expectError,
  expectErrorAt,
  startEngagement,
  type EngagementBody,
  type LedgerEventBody,
  type OrgRef,
} from "./api-fixtures";

interface ListBody {
  engagements: EngagementBody[];
  nextCursor: string | null;
}
interface VerdictBody {
  isIntact: boolean;
  eventCount: number;
  headHash: string | null;
  firstBroken: { id: string; seq: number; reason: string } | null;
}

describe.each(DIALECTS)("engagements on %s", (dialect) => {
  let t: TestApp;
  let alice: Person;
  let acme: OrgRef;
  let bob: Person;
  let studio: OrgRef;
  // Each test starts from a copy of the same two people and their organisations.
  const world = worldCopies(dialect, async (built) => {
    const alice = await signUpPerson(built.app, "Alice");
    const acme = await createOrg(alice, "client", "Acme");
    const bob = await signUpPerson(built.app, "Bob");
    const studio = await createOrg(bob, "provider", "Studio");
    return { alice, acme, bob, studio };
  });
  beforeEach(async () => {
    const copy = await world.copy();
    t = copy.t;
    ({ alice, acme, bob, studio } = copy.w);
  });
  afterEach(async () => {
    await t.close();
  });

  async function eventsOf(id: string, as: Person = alice): Promise<LedgerEventBody[]> {
    const response = await as.client.get(`/api/v1/engagements/${id}/events`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ events: LedgerEventBody[] }>().events;
  }

  async function verify(id: string, as: Person = alice): Promise<VerdictBody> {
    const response = await as.client.get(`/api/v1/engagements/${id}/ledger/verify`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<VerdictBody>();
  }

  async function acceptAsBob(orgId: string | undefined) {
    const token = await invitationTokenFromMailbox(t.deps, bob.email);
    return bob.client.post(`/api/v1/invitations/${token}/accept`, orgId ? { orgId } : {});
  }

  describe("starting and answering", () => {
    it("a started engagement is pending and seen only by the initiator's organisation", async () => {
      const started = await startEngagement(alice, acme, bob.email, "Website redesign");

      expect(started).toMatchObject({
        status: "pending",
        mySide: "client",
        client: { id: acme.id, name: "Acme" },
        provider: null,
      });
      expect((await alice.client.get(`/api/v1/engagements/${started.id}`)).statusCode).toBe(200);
      const bobSees = await bob.client.get(`/api/v1/engagements/${started.id}`);
      expectError(bobSees, 404, "not_found");
      expect(bobSees.body).not.toContain("Website redesign");
      const bobsList = await bob.client.get("/api/v1/engagements");
      expect(bobsList.json<ListBody>().engagements).toEqual([]);
      expectError(
        await bob.client.get(`/api/v1/engagements/${started.id}/events`),
        404,
        "not_found",
      );
    });

    it("the invitation mail goes to the counterpart in their own language", async () => {
      const dora = await signUpPerson(t.app, "Dora", "de");

      await startEngagement(alice, acme, dora.email, "Website");

      const mail = await t.deps.db
        .selectFrom("mail_outbox")
        .selectAll()
        .where("to_address", "=", dora.email)
        .executeTakeFirstOrThrow();
      expect(mail.locale).toBe("de");
      expect(mail.subject).toBe("Acme lädt Sie zu einem Auftrag ein: Website");
    });

    it("accepting makes it active and visible to both organisations", async () => {
      const started = await startEngagement(alice, acme, bob.email);

      const accepted = await acceptAsBob(studio.id);

      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json()).toEqual({
        kind: "engagement",
        orgId: studio.id,
        engagementId: started.id,
      });
      const seenByBob = await bob.client.get(`/api/v1/engagements/${started.id}`);
      expect(seenByBob.json()).toMatchObject({
        status: "active",
        mySide: "provider",
        client: { id: acme.id },
        provider: { id: studio.id, name: "Studio" },
      });
      expect((await alice.client.get(`/api/v1/engagements/${started.id}`)).json()).toMatchObject({
        status: "active",
        mySide: "client",
      });
      expect((await eventsOf(started.id, bob)).map((e) => e.type)).toEqual([
        "engagement.proposed",
        "engagement.accepted",
      ]);
    });

    it("accepting with an organisation of the same kind is refused", async () => {
      const started = await startEngagement(alice, acme, bob.email);
      const bobsClientOrg = await createOrg(bob, "client", "Bob Buys");

      const response = await acceptAsBob(bobsClientOrg.id);

      const error = expectError(response, 422, "organisation_kind_mismatch");
      expect(error.fields?.[0]?.path).toBe("orgId");
      expect((await alice.client.get(`/api/v1/engagements/${started.id}`)).json()).toMatchObject({
        status: "pending",
        provider: null,
      });
    });

    it("accepting without choosing an organisation is refused, naming orgId", async () => {
      await startEngagement(alice, acme, bob.email);

      const error = expectError(await acceptAsBob(undefined), 422, "organisation_kind_mismatch");

      expect(error.fields?.[0]?.path).toBe("orgId");
    });

    it("accepting for an organisation where one is only a viewer is forbidden", async () => {
      const carol = await signUpPerson(t.app, "Carol");
      const carolsStudio = await createOrg(carol, "provider", "Carol's Studio");
      await addMember(t, carol, carolsStudio, bob, "viewer");
      // A second later, so the engagement's invitation is Bob's newest mail, not tied with the
      // membership's (a tie's order is the database's).
      t.clock.advance(1000);
      const started = await startEngagement(alice, acme, bob.email);

      expectError(await acceptAsBob(carolsStudio.id), 403, "forbidden");

      expect((await alice.client.get(`/api/v1/engagements/${started.id}`)).json()).toMatchObject({
        status: "pending",
      });
    });

    it("accepting for an organisation one does not belong to is not found", async () => {
      const carol = await signUpPerson(t.app, "Carol");
      const carolsStudio = await createOrg(carol, "provider", "Carol's Studio");
      await startEngagement(alice, acme, bob.email);

      expectError(await acceptAsBob(carolsStudio.id), 404, "not_found");
    });

    it("declining closes the engagement and records engagement.declined", async () => {
      const started = await startEngagement(alice, acme, bob.email);
      const token = await invitationTokenFromMailbox(t.deps, bob.email);

      const declined = await bob.client.post(`/api/v1/invitations/${token}/decline`);

      expect(declined.statusCode, declined.body).toBe(200);
      expect((await alice.client.get(`/api/v1/engagements/${started.id}`)).json()).toMatchObject({
        status: "declined",
      });
      const events = await eventsOf(started.id);
      expect(events.map((e) => e.type)).toEqual(["engagement.proposed", "engagement.declined"]);
      expect(await verify(started.id)).toMatchObject({ isIntact: true, eventCount: 2 });
      expectError(await acceptAsBob(studio.id), 410, "invitation_invalid");
      expect((await bob.client.get(`/api/v1/invitations/${token}`)).json()).toMatchObject({
        status: "declined",
      });
    });

    it("refuses to propose an engagement to one's own address or a member of the proposing organisation, naming it, and writes nothing", async () => {
      const carol = await signUpPerson(t.app, "Carol");
      await addMember(t, alice, acme, carol, "member");
      const propose = (email: string) =>
        alice.client.post("/api/v1/engagements", {
          orgId: acme.id,
          title: "Website",
          counterpartEmail: email,
        });
      const mailsBefore = await t.deps.db.selectFrom("mail_outbox").select("id").execute();

      const own = expectErrorAt(
        await propose(alice.email.toUpperCase()),
        422,
        "counterpart_on_own_side",
        "counterpartEmail",
      );
      expect(own.message).toBe(
        translate("en", "error.counterpart_on_own_side", {
          who: "self",
          email: alice.email,
          org: "Acme",
        }),
      );
      const member = expectErrorAt(
        await propose(carol.email),
        422,
        "counterpart_on_own_side",
        "counterpartEmail",
      );
      expect(member.message).toContain(carol.email);
      expect(member.message).toContain("Acme");

      expect(await t.deps.db.selectFrom("engagements").select("id").execute()).toEqual([]);
      expect(await t.deps.db.selectFrom("mail_outbox").select("id").execute()).toEqual(mailsBefore);
      // A person of the other side is invited as before.
      expect((await propose(bob.email)).statusCode).toBe(201);
    });

    it("proposes an engagement of a title to an address once while its invitation is open: a second (or two at once) is refused, naming it", async () => {
      const propose = (title: string, email = bob.email) =>
        alice.client.post("/api/v1/engagements", {
          orgId: acme.id,
          title,
          counterpartEmail: email,
        });
      const stored = () => t.deps.db.selectFrom("engagements").select(["id", "title"]).execute();
      const mailsToBob = async () =>
        (await t.deps.db.selectFrom("mail_outbox").select("to_address").execute()).filter(
          (mail) => mail.to_address === bob.email,
        );
      const statuses = (await Promise.all([propose("Website"), propose("Website")])).map(
        (r) => r.statusCode,
      );
      expect(statuses.sort()).toEqual([201, 409]);
      const again = expectError(
        await propose(" website ", bob.email.toUpperCase()),
        409,
        "engagement_already_proposed",
      );
      expect(again.message).toContain("Website");
      expect(again.message).toContain(bob.email);
      expect(again.fields?.[0]?.path).toBe("counterpartEmail");
      expect(await stored()).toHaveLength(1);
      expect(await mailsToBob()).toHaveLength(1);

      // Declined, the title may be proposed to the address again.
      const token = await invitationTokenFromMailbox(t.deps, bob.email);
      expect((await bob.client.post(`/api/v1/invitations/${token}/decline`)).statusCode).toBe(200);
      expect((await propose("Website")).statusCode).toBe(201);
      // Another engagement to the same person, or the same title to someone else, is another one.
      expect((await propose("Logo")).statusCode).toBe(201);
      expect((await propose("Website", "someone.else@example.test")).statusCode).toBe(201);
      expect(await stored()).toHaveLength(4);
    });

    it("a viewer reads the organisation's engagements but cannot start one", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await addMember(t, alice, acme, vera, "viewer");
      const started = await startEngagement(alice, acme, bob.email);

      const response = await vera.client.post("/api/v1/engagements", {
        orgId: acme.id,
        title: "Not mine to start",
        counterpartEmail: bob.email,
      });

      expectError(response, 403, "forbidden");
      expect((await vera.client.get(`/api/v1/engagements/${started.id}`)).statusCode).toBe(200);
    });
  });

  describe("withdrawing a pending proposal", () => {
    const withdraw = (id: string, as: Person = alice) =>
      as.client.post(`/api/v1/engagements/${id}/withdraw`);

    it("the proposer withdraws it: the engagement is withdrawn, its invitation revoked, the ledger says so", async () => {
      const started = await startEngagement(alice, acme, bob.email, "Website");
      const token = await invitationTokenFromMailbox(t.deps, bob.email);

      const withdrawn = await withdraw(started.id);

      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect(withdrawn.json()).toMatchObject({ id: started.id, status: "withdrawn" });
      expect((await alice.client.get(`/api/v1/engagements/${started.id}`)).json()).toMatchObject({
        status: "withdrawn",
        provider: null,
      });
      const invitation = await t.deps.db
        .selectFrom("invitations")
        .select(["status", "answered_by"])
        .where("engagement_id", "=", started.id)
        .executeTakeFirstOrThrow();
      expect(invitation).toEqual({ status: "revoked", answered_by: alice.userId });
      const events = await eventsOf(started.id);
      expect(events.map((e) => e.type)).toEqual(["engagement.proposed", "engagement.withdrawn"]);
      expect(await verify(started.id)).toMatchObject({ isIntact: true, eventCount: 2 });
      // The link answers as a revoked membership invitation's does.
      expect((await bob.client.get(`/api/v1/invitations/${token}`)).json()).toMatchObject({
        status: "revoked",
      });
      expectError(await acceptAsBob(studio.id), 410, "invitation_invalid");
      expectError(
        await bob.client.post(`/api/v1/invitations/${token}/decline`),
        410,
        "invitation_invalid",
      );
      expect((await alice.client.get(`/api/v1/engagements/${started.id}`)).json()).toMatchObject({
        status: "withdrawn",
        provider: null,
      });
    });

    it("a second withdrawal, or one after the answer, is refused naming the status", async () => {
      const started = await startEngagement(alice, acme, bob.email, "Website");
      expect((await withdraw(started.id)).statusCode).toBe(200);

      const again = expectError(await withdraw(started.id), 409, "engagement_not_withdrawable");
      expect(again.message).toContain("already withdrawn");

      const accepted = await startEngagement(alice, acme, bob.email, "Logo");
      expect((await acceptAsBob(studio.id)).statusCode).toBe(200);
      const tooLate = expectError(await withdraw(accepted.id), 409, "engagement_not_withdrawable");
      expect(tooLate.message).toContain("accepted");
      expect((await alice.client.get(`/api/v1/engagements/${accepted.id}`)).json()).toMatchObject({
        status: "active",
      });
      // The accepting side cannot withdraw what the other side proposed.
      expectError(await withdraw(accepted.id, bob), 403, "forbidden");
      // Nothing was paid without an agreement in force, so nothing can be paid back yet.
      const refund = await bob.client.post(`/api/v1/engagements/${accepted.id}/refunds`, {
        amountMinor: 100,
        currency: "EUR",
        paidOn: "2026-11-20",
      });
      expectError(refund, 409, "no_agreement_in_force");

      const declined = await startEngagement(alice, acme, bob.email, "Brochure");
      const token = await invitationTokenFromMailbox(t.deps, bob.email);
      expect((await bob.client.post(`/api/v1/invitations/${token}/decline`)).statusCode).toBe(200);
      const closed = expectError(await withdraw(declined.id), 409, "engagement_not_withdrawable");
      expect(closed.message).toContain("declined");
      expect((await eventsOf(declined.id)).map((e) => e.type)).toEqual([
        "engagement.proposed",
        "engagement.declined",
      ]);
    });

    it("the invited side, a viewer and an outsider cannot withdraw it", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await addMember(t, alice, acme, vera, "viewer");
      const carol = await signUpPerson(t.app, "Carol");
      await createOrg(carol, "client", "Elsewhere");
      const started = await startEngagement(alice, acme, bob.email);

      expectError(await withdraw(started.id, bob), 404, "not_found");
      expectError(await withdraw(started.id, vera), 403, "forbidden");
      expectError(await withdraw(started.id, carol), 404, "not_found");

      expect((await alice.client.get(`/api/v1/engagements/${started.id}`)).json()).toMatchObject({
        status: "pending",
      });
      expect(await eventsOf(started.id)).toHaveLength(1);
      expect((await acceptAsBob(studio.id)).statusCode).toBe(200);
    });

    it("once withdrawn, the same title may be proposed to the same address again", async () => {
      const first = await startEngagement(alice, acme, bob.email, "Website");
      expect((await withdraw(first.id)).statusCode).toBe(200);

      const again = await alice.client.post("/api/v1/engagements", {
        orgId: acme.id,
        title: "Website",
        counterpartEmail: bob.email,
      });

      expect(again.statusCode, again.body).toBe(201);
      // Bob's newest link is the new proposal's, and it works.
      expect((await acceptAsBob(studio.id)).json()).toMatchObject({
        engagementId: again.json<EngagementBody>().id,
      });
    });
  });

  describe("listing", () => {
    it("filters by status", async () => {
      const first = await startEngagement(alice, acme, bob.email, "First");
      await acceptAsBob(studio.id);
      const second = await startEngagement(alice, acme, "someone.else@example.test", "Second");

      const active = await alice.client.get("/api/v1/engagements?status=active");
      const pending = await alice.client.get("/api/v1/engagements?status=pending");
      const declined = await alice.client.get("/api/v1/engagements?status=declined");

      expect(active.json<ListBody>().engagements.map((e) => e.id)).toEqual([first.id]);
      expect(pending.json<ListBody>().engagements.map((e) => e.id)).toEqual([second.id]);
      expect(declined.json<ListBody>().engagements).toEqual([]);
      expectError(
        await alice.client.get("/api/v1/engagements?status=lost"),
        400,
        "validation_failed",
      );
    });

    it("cursor pagination walks every engagement once, newest first", async () => {
      const created: string[] = [];
      for (let i = 0; i < 7; i++) {
        // Some share a timestamp, so the id must break the tie in the keyset.
        if (i % 3 === 0) t.clock.advance(60_000);
        created.push((await startEngagement(alice, acme, `counterpart${i}@example.test`)).id);
      }

      const seen: EngagementBody[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
        const response = await alice.client.get(`/api/v1/engagements?limit=3${query}`);
        expect(response.statusCode, response.body).toBe(200);
        const page = response.json<ListBody>();
        expect(page.engagements.length).toBeLessThanOrEqual(3);
        seen.push(...page.engagements);
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);

      expect(pages).toBe(3);
      const ids = seen.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...created].sort());
      const order = seen.map((e) => `${e.createdAt}|${e.id}`);
      expect(order).toEqual([...order].sort().reverse());
    });

    it("gives no next cursor when everything fits on one page", async () => {
      await startEngagement(alice, acme, bob.email);

      const page = (await alice.client.get("/api/v1/engagements?limit=1")).json<ListBody>();

      expect(page.engagements).toHaveLength(1);
      expect(page.nextCursor).toBeNull();
    });

    it("an unreadable cursor is a bad request naming cursor", async () => {
      const response = await alice.client.get("/api/v1/engagements?cursor=not-a-cursor");

      const error = expectError(response, 400, "validation_failed");
      expect(error.fields?.map((f) => f.path)).toEqual(["cursor"]);
    });

    it("listing another organisation's engagements by orgId is not found", async () => {
      await startEngagement(alice, acme, bob.email);

      expectError(await bob.client.get(`/api/v1/engagements?orgId=${acme.id}`), 404, "not_found");
    });
  });
});
