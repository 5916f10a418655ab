import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/messages/en";
import { DIALECTS } from "../support/databases";
import {
  buildTestApp,
  invitationTokenFromMailbox,
  signUpPerson,
  type Person,
  type TestApp,
} from "../support/test-app";
import {
  addMember,
  createOrg,
  DAY_MS,
  expectError,
  uniqueEmail,
  type OrgRef,
} from "./api-fixtures";

interface MemberBody {
  userId: string;
  email: string;
  role: string;
}
interface InvitationBody {
  id: string;
  email: string;
  role: string;
  status: string;
}

describe.each(DIALECTS)("membership invitations on %s", (dialect) => {
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

  async function invite(email: string, role = "member", as: Person = owner) {
    return as.client.post(`/api/v1/orgs/${org.id}/invitations`, { email, role });
  }

  function mailTo(email: string) {
    return t.deps.db
      .selectFrom("mail_outbox")
      .selectAll()
      .where("to_address", "=", email)
      .execute();
  }

  describe("invitations", () => {
    it("an owner's invitation writes a mail in the inviter's language", async () => {
      const francoise = await signUpPerson(t.app, "Françoise", "fr");
      const french = await createOrg(francoise, "provider", "Atelier");
      const email = uniqueEmail("newcomer");

      const response = await francoise.client.post(`/api/v1/orgs/${french.id}/invitations`, {
        email,
        role: "member",
      });

      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<InvitationBody>()).toMatchObject({
        email,
        role: "member",
        status: "pending",
      });
      const mails = await mailTo(email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.locale).toBe("fr");
      expect(mails[0]?.subject).toBe("Françoise vous invite à rejoindre Atelier sur Accord");
      expect(mails[0]?.text_body).toMatch(/http:\/\/accord\.test\/invitations\/[A-Za-z0-9_-]+/);
    });

    it("an invitation to someone with an account is written in their language", async () => {
      const dieter = await signUpPerson(t.app, "Dieter", "de");

      expect((await invite(dieter.email)).statusCode).toBe(201);

      const mails = await mailTo(dieter.email);
      expect(mails[0]?.locale).toBe("de");
      expect(mails[0]?.subject).toBe("Olivia lädt Sie ein, Acme auf Accord beizutreten");
    });

    it("accepting the link grants membership with the invited role", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await invite(vera.email, "viewer");
      const token = await invitationTokenFromMailbox(t.deps, vera.email);

      const preview = await vera.client.get(`/api/v1/invitations/${token}`);
      const accepted = await vera.client.post(`/api/v1/invitations/${token}/accept`, {});

      expect(preview.json()).toMatchObject({
        kind: "membership",
        status: "pending",
        role: "viewer",
        org: { id: org.id, name: "Acme" },
        invitedBy: { name: "Olivia" },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json()).toEqual({ kind: "membership", orgId: org.id, engagementId: null });
      expect(await membersOf(org.id)).toContainEqual(
        expect.objectContaining({ userId: vera.userId, role: "viewer" }),
      );
      expect((await vera.client.get(`/api/v1/orgs/${org.id}`)).json()).toMatchObject({
        myRole: "viewer",
      });
      const listed = await owner.client.get(`/api/v1/orgs/${org.id}/invitations`);
      expect(listed.json<{ invitations: InvitationBody[] }>().invitations[0]?.status).toBe(
        "accepted",
      );
    });

    it("an invitation link works only once", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      const eve = await signUpPerson(t.app, "Eve");
      await invite(vera.email);
      const token = await invitationTokenFromMailbox(t.deps, vera.email);
      expect((await vera.client.post(`/api/v1/invitations/${token}/accept`, {})).statusCode).toBe(
        200,
      );

      const again = await vera.client.post(`/api/v1/invitations/${token}/accept`, {});
      const byAnother = await eve.client.post(`/api/v1/invitations/${token}/accept`, {});

      expectError(again, 410, "invitation_invalid");
      expectError(byAnother, 410, "invitation_invalid");
      expect((await membersOf(org.id)).map((m) => m.userId)).not.toContain(eve.userId);
    });

    it("two people answering the same link at once: only one joins", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      const eve = await signUpPerson(t.app, "Eve");
      await invite(vera.email);
      const token = await invitationTokenFromMailbox(t.deps, vera.email);

      const answers = await Promise.all([
        vera.client.post(`/api/v1/invitations/${token}/accept`, {}),
        eve.client.post(`/api/v1/invitations/${token}/accept`, {}),
      ]);

      expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 410]);
      expect(await membersOf(org.id)).toHaveLength(2);
    });

    it("an invitation expires after fourteen days", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await invite(vera.email);
      const token = await invitationTokenFromMailbox(t.deps, vera.email);

      t.clock.advance(15 * DAY_MS);

      expect((await vera.client.get(`/api/v1/invitations/${token}`)).json()).toMatchObject({
        status: "expired",
      });
      const error = expectError(
        await vera.client.post(`/api/v1/invitations/${token}/accept`, {}),
        410,
        "invitation_invalid",
      );
      expect(error.message).toBe(en["error.invitation_invalid"]);
      expect((await membersOf(org.id)).map((m) => m.userId)).toEqual([owner.userId]);
    });

    it("is still valid on its thirteenth day", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await invite(vera.email);
      const token = await invitationTokenFromMailbox(t.deps, vera.email);

      t.clock.advance(13 * DAY_MS);

      expect((await vera.client.post(`/api/v1/invitations/${token}/accept`, {})).statusCode).toBe(
        200,
      );
    });

    it("a revoked invitation can no longer be accepted", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      const invitation = (await invite(vera.email)).json<InvitationBody>();
      const token = await invitationTokenFromMailbox(t.deps, vera.email);

      const revoked = await owner.client.delete(
        `/api/v1/orgs/${org.id}/invitations/${invitation.id}`,
      );

      expect(revoked.statusCode, revoked.body).toBe(200);
      const listed = await owner.client.get(`/api/v1/orgs/${org.id}/invitations`);
      expect(listed.json<{ invitations: InvitationBody[] }>().invitations).toEqual([
        expect.objectContaining({ id: invitation.id, status: "revoked" }),
      ]);
      expectError(
        await vera.client.post(`/api/v1/invitations/${token}/accept`, {}),
        410,
        "invitation_invalid",
      );
      expectError(
        await owner.client.delete(`/api/v1/orgs/${org.id}/invitations/${invitation.id}`),
        410,
        "invitation_invalid",
      );
    });

    it("declining a membership invitation leaves the organisation as it was", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await invite(vera.email);
      const token = await invitationTokenFromMailbox(t.deps, vera.email);

      const declined = await vera.client.post(`/api/v1/invitations/${token}/decline`);

      expect(declined.statusCode, declined.body).toBe(200);
      expect((await membersOf(org.id)).map((m) => m.userId)).toEqual([owner.userId]);
      expectError(
        await vera.client.post(`/api/v1/invitations/${token}/accept`, {}),
        410,
        "invitation_invalid",
      );
    });

    it("an unknown invitation link is not found", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      const madeUp = "x".repeat(43);

      expectError(await vera.client.get(`/api/v1/invitations/${madeUp}`), 404, "not_found");
      expectError(
        await vera.client.post(`/api/v1/invitations/${madeUp}/accept`, {}),
        404,
        "not_found",
      );
    });

    it("the demo mailbox shows only the mail addressed to the signed-in person", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      const eve = await signUpPerson(t.app, "Eve");
      await invite(vera.email);

      const verasMail = await vera.client.get("/api/v1/mailbox");
      const evesMail = await eve.client.get("/api/v1/mailbox");

      expect(verasMail.statusCode, verasMail.body).toBe(200);
      expect(verasMail.json<{ messages: { to: string }[] }>().messages).toEqual([
        expect.objectContaining({ to: vera.email }),
      ]);
      expect(evesMail.json<{ messages: unknown[] }>().messages).toEqual([]);
    });

    it("a viewer cannot invite members", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await addMember(t, owner, org, vera, "viewer");
      const email = uniqueEmail("friend");

      const response = await invite(email, "owner", vera);

      expectError(response, 403, "forbidden");
      expect(await mailTo(email)).toHaveLength(0);
    });

    it("a viewer cannot revoke an invitation", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await addMember(t, owner, org, vera, "viewer");
      const invitation = (await invite(uniqueEmail())).json<InvitationBody>();

      const response = await vera.client.delete(
        `/api/v1/orgs/${org.id}/invitations/${invitation.id}`,
      );

      expectError(response, 403, "forbidden");
    });

    it("invites an address once while its invitation is open: a second (or two at once) is refused, naming it; revoked, it can go again", async () => {
      const email = uniqueEmail("twice");
      const statuses = (await Promise.all([invite(email), invite(email)])).map((r) => r.statusCode);
      expect(statuses.sort()).toEqual([201, 409]);
      const again = expectError(
        await invite(email.toUpperCase(), "owner"),
        409,
        "invitation_pending",
      );
      expect(again.message).toContain(email);
      expect(again.fields?.[0]?.path).toBe("email");
      expect(await mailTo(email)).toHaveLength(1);

      const open = (await owner.client.get(`/api/v1/orgs/${org.id}/invitations`))
        .json<{ invitations: InvitationBody[] }>()
        .invitations.find((i) => i.email === email);
      const revoked = await owner.client.delete(`/api/v1/orgs/${org.id}/invitations/${open!.id}`);
      expect(revoked.statusCode).toBeLessThan(300);
      expect((await invite(email)).statusCode).toBe(201);
    });

    it("inviting someone who is already a member names the email field", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await addMember(t, owner, org, vera, "member");

      const error = expectError(await invite(vera.email.toUpperCase()), 409, "already_member");

      expect(error.fields?.[0]?.path).toBe("email");
    });

    it("accepting an invitation to an organisation one already belongs to is refused", async () => {
      const vera = await signUpPerson(t.app, "Vera");
      await addMember(t, owner, org, vera, "viewer");
      // An owner invitation meant for someone else, forwarded to Vera.
      const forwardedTo = uniqueEmail("forwarded");
      await invite(forwardedTo, "owner");
      const token = await invitationTokenFromMailbox(t.deps, forwardedTo);

      expectError(
        await vera.client.post(`/api/v1/invitations/${token}/accept`, {}),
        409,
        "already_member",
      );
      expect(await membersOf(org.id)).toContainEqual(
        expect.objectContaining({ userId: vera.userId, role: "viewer" }),
      );
    });

    it("accepting two links of one organisation at once: one joins, the other is already a member", async () => {
      for (let round = 0; round < 4; round += 1) {
        const vera = await signUpPerson(t.app, `Vera ${round}`);
        // Two invitations sent to other addresses of hers, both forwarded to her account.
        const tokens: string[] = [];
        for (const address of [uniqueEmail("work"), uniqueEmail("home")]) {
          await invite(address);
          tokens.push(await invitationTokenFromMailbox(t.deps, address));
        }

        const answers = await Promise.all(
          tokens.map((token) => vera.client.post(`/api/v1/invitations/${token}/accept`, {})),
        );

        // PostgreSQL let both pass the membership check; the second insert was a 500.
        const statuses = answers.map((a) => a.statusCode).sort();
        expect(statuses, `round ${round}`).toEqual([200, 409]);
        expectError(
          answers.find((a) => a.statusCode === 409)!,
          409,
          "already_member",
        );
        const hers = (await membersOf(org.id)).filter((m) => m.userId === vera.userId);
        expect(hers).toHaveLength(1);
      }
    });
  });
});
