import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recipientOf, startSmtpPeer } from "../../support/smtp-peer";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { buildAcceptedEngagement } from "../api-fixtures";
import { joinAs } from "../proposals-agreements/proposal-fixtures";
import { postMessage } from "./collaboration-fixtures";

describe("notification e-mail through a real SMTP server", () => {
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

  it("tells each member of the other side in their own language, once", async () => {
    const w = await buildAcceptedEngagement(t, { title: "Boutique en ligne" });
    const francoise = await joinAs(t, w.provider, w.providerOrg, "Françoise", "member", "fr");
    await postMessage(t, w.client, w.engagement.id, "Can we move the demo to Thursday?");

    await t.deps.mailer.deliverPending();
    await t.deps.mailer.deliverPending(); // a second sweep must not send anything again
    // The invitations that brought them in went to the same addresses.
    const notices = () =>
      smtp.received.filter((m) => m.text?.includes("Can we move the demo to Thursday?"));
    await expect.poll(() => notices().length).toBe(2);

    const english = notices().find((m) => recipientOf(m) === w.provider.email.toLowerCase())!;
    expect(english.subject).toBe("Clara wrote in “Boutique en ligne”");
    expect(english.headers.get("content-language")).toBe("en");
    expect(english.text).toContain("Hello Pedro,");
    expect(english.text).toContain("“Can we move the demo to Thursday?”");
    expect(english.text).toContain(`http://accord.test/engagements/${w.engagement.id}`);

    // In French once the translation pass has filled the catalogue; until then, in English,
    // but always declared as the reader's language.
    const french = notices().find((m) => recipientOf(m) === francoise.email.toLowerCase())!;
    expect(french.headers.get("content-language")).toBe("fr");
    expect(french.subject).toContain("Boutique en ligne");
    expect(french.text).toContain("Françoise");

    // The send the route started after its commit may still be recording its outcome.
    const outbox = () =>
      t.deps.db
        .selectFrom("mail_outbox")
        .select(["status", "attempts"])
        .where("text_body", "like", "%Can we move the demo%")
        .execute();
    await expect.poll(outbox).toEqual([
      { status: "sent", attempts: 1 },
      { status: "sent", attempts: 1 },
    ]);
  });
});
