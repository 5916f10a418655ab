import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTIFIED_EVENT_TYPES } from "../../src/domain/notifications/notification-types";
import { translate } from "../../src/i18n/translate";
import { listUnsubscribeToken } from "../../src/server/modules/notifications/list-unsubscribe";
import { buildAcceptedEngagement, expectError } from "../api/api-fixtures";
import { postMessage } from "../api/collaboration/collaboration-fixtures";
import { joinAs } from "../api/proposals-agreements/proposal-fixtures";
import { DIALECTS } from "../support/databases";
import { recipientOf, startSmtpPeer } from "../support/smtp-peer";
import { buildTestApp, signUpPerson, TestClient, type TestApp } from "../support/test-app";

/** A header as it travelled, unfolded, before any decoding: "Subject: =?UTF-8?Q?...?=". */
function rawHeader(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((header) => header.key === name)?.line.replace(/\r?\n[ \t]+/g, " ");
}

/** The HTML part read back as text: what a reader of either part is told. */
function textOfHtml(html: string): string {
  const body = /<body[^>]*>\n([\s\S]*)\n<\/body>/.exec(html)?.[1] ?? "";
  return body
    .replaceAll("</p>\n<p>", "\n\n")
    .replaceAll("<br>\n", "\n")
    .replace(/<[^>]+>/g, "")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

function webAddressesOf(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"”»)]+/g)].map((match) => match[0]);
}

describe.each(DIALECTS)("e-mail as its recipient expects it, on %s", (dialect) => {
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp(dialect, { mail: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function sent(filter: (mail: ParsedMail) => boolean): Promise<ParsedMail> {
    await t.deps.mailer.deliverPending();
    await expect.poll(() => smtp.received.filter(filter).length).toBe(1);
    return smtp.received.find(filter)!;
  }

  it("writes a notification in the reader's language, as text and the same HTML, with an encoded subject, its own Message-ID and Date, and links to the public URL", async () => {
    const w = await buildAcceptedEngagement(t, { title: "Café Müller" });
    const jurgen = await joinAs(t, w.provider, w.providerOrg, "Jürgen", "member", "de");
    await postMessage(t, w.client, w.engagement.id, "Können wir <b>Donnerstag</b> & Freitag?");
    const mail = await sent(
      (m) => recipientOf(m) === jurgen.email.toLowerCase() && !!m.text?.includes("Donnerstag"),
    );

    // The sender writes English; the reader reads German, subject included.
    expect(mail.subject).toBe(
      translate("de", "mail.notification.message.posted", {
        actor: "Clara",
        engagement: "Café Müller",
      }),
    );
    expect(mail.headers.get("content-language")).toBe("de");
    const subjectLine = rawHeader(mail, "subject")!;
    expect(subjectLine).toMatch(/^Subject: =\?UTF-8\?[QB]\?/i);
    expect(subjectLine).toMatch(/^[\x20-\x7e\r\n\t]*$/);

    expect(mail.text).toContain("Hallo Jürgen,");
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain("&lt;b&gt;Donnerstag&lt;/b&gt; &amp; Freitag");
    expect(textOfHtml(mail.html as string).trim()).toBe(mail.text!.trim());

    const addresses = webAddressesOf(mail.text!);
    expect(addresses).toContain(`http://accord.test/engagements/${w.engagement.id}`);
    for (const address of addresses) expect(address).toMatch(/^http:\/\/accord\.test\//);
    for (const address of addresses) expect(mail.html).toContain(`<a href="${address}">`);

    const row = await t.deps.db
      .selectFrom("mail_outbox")
      .select("id")
      .where("to_address", "=", jurgen.email)
      .where("text_body", "like", "%Donnerstag%")
      .executeTakeFirstOrThrow();
    expect(mail.messageId).toBe(`<${row.id}@accord.localhost>`);
    expect(mail.date?.toISOString()).toBe(
      new Date(Math.floor(t.clock.now().getTime() / 1000) * 1000).toISOString(),
    );
  });

  it("names a one-click unsubscribe that works without a session, is idempotent and stops that person's notification e-mail only", async () => {
    const w = await buildAcceptedEngagement(t, { title: "Boutique en ligne" });
    const francoise = await joinAs(t, w.provider, w.providerOrg, "Françoise", "member", "fr");
    await postMessage(t, w.client, w.engagement.id, "Première question");
    const mail = await sent(
      (m) => recipientOf(m) === francoise.email.toLowerCase() && !!m.text?.includes("Première"),
    );

    expect(rawHeader(mail, "list-unsubscribe-post")).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    const url = /^List-Unsubscribe: ?<([^>]+)>$/.exec(rawHeader(mail, "list-unsubscribe")!)?.[1];
    expect(url).toBe(
      `http://accord.test/api/v1/unsubscribe/${listUnsubscribeToken("test-signing-secret", francoise.userId)}`,
    );
    const path = url!.slice("http://accord.test".length);

    // As a mail provider sends it (RFC 8058): a form, no cookie, no CSRF token.
    const oneClick = () =>
      t.app.inject({
        method: "POST",
        url: path,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "List-Unsubscribe=One-Click",
      });
    const first = await oneClick();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ ok: true });
    const again = await oneClick();
    expect(again.statusCode, again.body).toBe(200);
    const multipart = await t.app.inject({
      method: "POST",
      url: path,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      payload:
        '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
    });
    expect(multipart.statusCode, multipart.body).toBe(200);

    const preferences = await francoise.client.get("/api/v1/me/notification-preferences");
    const switches = preferences.json<{ preferences: { isEmailEnabled: boolean }[] }>();
    expect(switches.preferences).toHaveLength(NOTIFIED_EVENT_TYPES.length);
    expect(switches.preferences.every((p) => !p.isEmailEnabled)).toBe(true);

    // The next event mails the provider's owner, and no longer Françoise.
    await postMessage(t, w.client, w.engagement.id, "Deuxième question");
    await sent(
      (m) => recipientOf(m) === w.provider.email.toLowerCase() && !!m.text?.includes("Deuxième"),
    );
    const toFrancoise = await t.deps.db
      .selectFrom("mail_outbox")
      .select("id")
      .where("to_address", "=", francoise.email)
      .where("text_body", "like", "%Deuxième%")
      .execute();
    expect(toFrancoise).toEqual([]);
  });

  it("sends a browser that opens the unsubscribe link to the page that asks, and changes nothing on that GET", async () => {
    const person = await signUpPerson(t.app, "Ines");
    const token = listUnsubscribeToken("test-signing-secret", person.userId);
    // A link scanner's prefetch and a reader's click look alike: neither may unsubscribe.
    for (const client of [new TestClient(t.app, "de"), person.client]) {
      const opened = await client.get(`/api/v1/unsubscribe/${token}`);
      expect(opened.statusCode, opened.body).toBe(303);
      expect(opened.headers.location).toBe(`/unsubscribe/${token}`);
    }
    const forged = await t.app.inject({ method: "GET", url: "/api/v1/unsubscribe/not-a-token" });
    expect(forged.statusCode).toBe(303);
    expect(forged.headers.location).toBe("/unsubscribe/not-a-token");
    const stored = await t.deps.db
      .selectFrom("notification_preferences")
      .select("type")
      .where("user_id", "=", person.userId)
      .execute();
    expect(stored).toEqual([]);
  });

  it("refuses an altered or forged unsubscribe link in the caller's language and changes nothing", async () => {
    const person = await signUpPerson(t.app, "Noor");
    const token = listUnsubscribeToken("test-signing-secret", person.userId);
    const [encodedUser, signature] = token.split(".") as [string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    const other = await signUpPerson(t.app, "Omar");
    const forged = [
      `${encodedUser}.${flipped}`,
      `${Buffer.from(other.userId).toString("base64url")}.${signature}`,
      listUnsubscribeToken("another-instance", person.userId),
      "not-a-token",
    ];
    for (const bad of forged) {
      const response = await new TestClient(t.app, "fr").post(`/api/v1/unsubscribe/${bad}`);
      const error = expectError(response, 400, "unsubscribe_link_invalid");
      expect(error.message).toBe(translate("fr", "error.unsubscribe_link_invalid"));
    }
    for (const someone of [person, other]) {
      const stored = await t.deps.db
        .selectFrom("notification_preferences")
        .select("type")
        .where("user_id", "=", someone.userId)
        .execute();
      expect(stored).toEqual([]);
    }
  });

  it("sends transactional mail without unsubscribe headers, in the invitee's own language when known", async () => {
    const owner = await signUpPerson(t.app, "Élodie", "fr");
    const org = (
      await owner.client.post("/api/v1/orgs", { name: "Atelier Nord", kind: "provider" })
    ).json<{ id: string }>();
    const sari = await signUpPerson(t.app, "Sari", "id");
    const invited = await owner.client.post(`/api/v1/orgs/${org.id}/invitations`, {
      email: sari.email,
      role: "member",
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const invitation = await sent((m) => recipientOf(m) === sari.email.toLowerCase());
    expect(invitation.headers.get("content-language")).toBe("id");
    expect(invitation.subject).toBe(
      translate("id", "mail.membership_invitation.subject", {
        inviter: "Élodie",
        org: "Atelier Nord",
      }),
    );
    expect(invitation.html).toContain('<html lang="id">');
    expect(rawHeader(invitation, "list-unsubscribe")).toBeUndefined();
    expect(rawHeader(invitation, "list-unsubscribe-post")).toBeUndefined();

    const asked = await new TestClient(t.app, "en").post("/api/v1/auth/password-reset/request", {
      email: owner.email,
    });
    expect(asked.statusCode).toBe(202);
    const reset = await sent(
      (m) => recipientOf(m) === owner.email.toLowerCase() && m.subject !== invitation.subject,
    );
    expect(reset.headers.get("content-language")).toBe("fr");
    expect(rawHeader(reset, "subject")).toMatch(/^[\x20-\x7e]*$/);
    expect(reset.subject).toBe(translate("fr", "mail.password_reset.subject"));
    expect(rawHeader(reset, "list-unsubscribe")).toBeUndefined();
    expect(reset.messageId).toMatch(/^<[^@\s]+@accord\.localhost>$/);
  });
});
