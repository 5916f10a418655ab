import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { startSmtpPeer } from "../support/smtp-peer";
import { buildTestApp, signUpPerson, TestClient, type TestApp } from "../support/test-app";

describe("e-mail through a real SMTP server", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp("sqlite", { mail: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it("sends a member invitation in the inviter's language, once, with a link that works", async () => {
    const owner = await signUpPerson(t.app, "Élodie", "fr");
    const org = (
      await owner.client.post("/api/v1/orgs", { name: "Atelier Nord", kind: "provider" })
    ).json<{ id: string }>();
    const invited = await owner.client.post(`/api/v1/orgs/${org.id}/invitations`, {
      email: "Noor@Example.test",
      role: "member",
    });
    expect(invited.statusCode).toBe(201);

    await t.deps.mailer.deliverPending();
    await t.deps.mailer.deliverPending(); // a second sweep must not send it again
    await expect.poll(() => smtp.received.length).toBe(1);
    const mail = smtp.received[0]!;
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe("noor@example.test");
    expect(mail.subject).toBe("Élodie vous invite à rejoindre Atelier Nord sur Accord");
    // Non-ASCII subjects travel as RFC 2047 encoded words, never as raw 8-bit bytes.
    const subjectLine = mail.headerLines.find((header) => header.key === "subject")?.line;
    expect(subjectLine).toMatch(/^Subject: =\?UTF-8\?[QB]\?/i);
    expect(subjectLine).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(mail.headers.get("content-language")).toBe("fr");
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text ?? "")?.[1];
    expect(token).toBeDefined();

    const noor = await signUpPerson(t.app, "Noor");
    const accepted = await noor.client.post(`/api/v1/invitations/${token}/accept`, {});
    expect(accepted.json()).toMatchObject({ kind: "membership", orgId: org.id });
    const row = await t.deps.db
      .selectFrom("mail_outbox")
      .select(["status", "attempts"])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "sent", attempts: 1 });
  });

  it("sends a password reset link in the person's language, and the link sets the password", async () => {
    const ana = await signUpPerson(t.app, "Ana", "es");
    const before = smtp.received.length;
    const asked = await new TestClient(t.app).post("/api/v1/auth/password-reset/request", {
      email: ana.email,
    });
    expect(asked.statusCode).toBe(202);

    await t.deps.mailer.deliverPending();
    await expect.poll(() => smtp.received.length).toBe(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.subject).toBe("Elija una nueva contraseña para Accord");
    expect(mail.headers.get("content-language")).toBe("es");
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text ?? "")?.[1];
    expect(token).toBeDefined();

    const reset = await new TestClient(t.app).post("/api/v1/auth/password-reset", {
      token,
      password: "lantern orchard quietly",
    });
    expect(reset.statusCode, reset.body).toBe(200);
    const login = await new TestClient(t.app).post("/api/v1/auth/login", {
      email: ana.email,
      password: "lantern orchard quietly",
    });
    expect(login.statusCode).toBe(200);
    // The notice that the password changed goes out by the same road.
    await t.deps.mailer.deliverPending();
    await expect.poll(() => smtp.received.length).toBe(before + 2);
    expect(smtp.received.at(-1)?.subject).toBe("Su contraseña de Accord ha cambiado");
  });

  it("hides the demo mailbox when mail really goes out", async () => {
    const person = await signUpPerson(t.app, "Ana", "es");
    const response = await person.client.get("/api/v1/mailbox");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "mailbox_disabled" } });
  });
});

describe.each(DIALECTS)(
  "closing the app while a request's e-mail is under way, on %s",
  (dialect) => {
    it("waits for the delivery, so the e-mail is sent and nothing runs against a closed database", async () => {
      const smtp = await startSmtpPeer();
      try {
        const t = await buildTestApp(dialect, { mail: smtp.url });
        const ana = await signUpPerson(t.app, "Ana", "es");
        const asked = await new TestClient(t.app).post("/api/v1/auth/password-reset/request", {
          email: ana.email,
        });
        expect(asked.statusCode).toBe(202);

        // The route started the delivery without awaiting it; closing at once must not cut it off.
        await t.close();
        expect(
          smtp.received.map((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text),
        ).toEqual([ana.email.toLowerCase()]);
      } finally {
        await smtp.close();
      }
    });
  },
);
