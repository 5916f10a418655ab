import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/i18n/translate";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, TestClient, type TestApp } from "../support/test-app";
import { expectError, PASSWORD, uniqueEmail } from "./api-fixtures";

const NEW_PASSWORD = "lantern orchard quietly";

describe.each(DIALECTS)("forgot password on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  function mailsTo(email: string) {
    return t.deps.db
      .selectFrom("mail_outbox")
      .select(["subject", "text_body", "locale"])
      .where("to_address", "=", email)
      .orderBy("created_at")
      .execute();
  }

  async function requestLink(email: string) {
    return new TestClient(t.app).post("/api/v1/auth/password-reset/request", { email });
  }

  /** The token of the newest reset mail, as the person would click it. */
  async function tokenFromMail(email: string): Promise<string> {
    const mails = await mailsTo(email);
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.text_body ?? "")?.[1];
    if (!token) throw new Error(`no reset link in mail to ${email}`);
    return token;
  }

  function reset(token: string, password: string) {
    return new TestClient(t.app).post("/api/v1/auth/password-reset", { token, password });
  }

  function logIn(email: string, password: string) {
    return new TestClient(t.app).post("/api/v1/auth/login", { email, password });
  }

  it("answers an address with an account and one without exactly alike, and mails only the account", async () => {
    const ada = await signUpPerson(t.app, "Ada", "fr");
    const unknown = uniqueEmail("nobody");

    const known = await requestLink(ada.email.toUpperCase());
    const stranger = await requestLink(unknown);

    expect(known.statusCode).toBe(202);
    expect(stranger.statusCode).toBe(202);
    expect(known.body).toBe(stranger.body);
    expect(await mailsTo(unknown)).toEqual([]);
    const [mail] = await mailsTo(ada.email);
    expect(mail?.locale).toBe("fr");
    expect(mail?.subject).toBe(translate("fr", "mail.password_reset.subject"));
    expect(mail?.text_body).toContain("http://accord.test/reset-password/");
  });

  it("keeps only the token's hash, never the token", async () => {
    const ada = await signUpPerson(t.app, "Ada");
    await requestLink(ada.email);
    const token = await tokenFromMail(ada.email);
    const rows = await t.deps.db.selectFrom("password_resets").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toContain(token);
    expect(rows[0]?.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
  });

  it("sets the new password, ends every session of the person and mails a notice", async () => {
    const ada = await signUpPerson(t.app, "Ada", "de");
    expect((await ada.client.get("/api/v1/me")).statusCode).toBe(200);
    await requestLink(ada.email);

    const response = await reset(await tokenFromMail(ada.email), NEW_PASSWORD);

    expect(response.statusCode, response.body).toBe(200);
    expect((await ada.client.get("/api/v1/me")).statusCode).toBe(401);
    expectError(await logIn(ada.email, PASSWORD), 401, "invalid_credentials");
    expect((await logIn(ada.email, NEW_PASSWORD)).statusCode).toBe(200);
    const notice = (await mailsTo(ada.email)).at(-1);
    expect(notice?.subject).toBe(translate("de", "mail.password_changed.subject"));
  });

  it("uses a link once, and a reset closes the person's other links", async () => {
    const ada = await signUpPerson(t.app, "Ada");
    await requestLink(ada.email);
    const first = await tokenFromMail(ada.email);
    await requestLink(ada.email);
    const second = await tokenFromMail(ada.email);
    expect(second).not.toBe(first);

    expect((await reset(second, NEW_PASSWORD)).statusCode).toBe(200);

    const again = expectError(
      await reset(second, "another fine passphrase"),
      410,
      "password_reset_invalid",
    );
    expect(again.message).toBe(translate("en", "error.password_reset_invalid"));
    expectError(await reset(first, "another fine passphrase"), 410, "password_reset_invalid");
    expect((await logIn(ada.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it("refuses a link past its hour", async () => {
    const ada = await signUpPerson(t.app, "Ada");
    await requestLink(ada.email);
    const token = await tokenFromMail(ada.email);
    t.clock.advance(60 * 60 * 1000 + 1000);

    expectError(await reset(token, NEW_PASSWORD), 410, "password_reset_invalid");
    expect((await logIn(ada.email, PASSWORD)).statusCode).toBe(200);
  });

  it("holds the new password to the sign-up's policy and keeps the link usable after a refusal", async () => {
    const ada = await signUpPerson(t.app, "Ada Lovelace");
    await requestLink(ada.email);
    const token = await tokenFromMail(ada.email);

    const common = expectError(await reset(token, "password123"), 400, "validation_failed");
    expect(common.fields).toEqual([
      expect.objectContaining({
        path: "password",
        message: translate("en", "validation.password_common"),
      }),
    ]);
    const personal = expectError(await reset(token, "adalovelace2026"), 400, "validation_failed");
    expect(personal.fields?.[0]?.message).toBe(translate("en", "validation.password_personal"));
    const short = expectError(await reset(token, "short"), 400, "validation_failed");
    expect(short.fields?.[0]?.path).toBe("password");

    expect((await reset(token, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it("mails one person at most three links an hour, still answering alike", async () => {
    const ada = await signUpPerson(t.app, "Ada");
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await requestLink(ada.email));

    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202, 202]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(await mailsTo(ada.email)).toHaveLength(3);

    t.clock.advance(60 * 60 * 1000 + 1000);
    await requestLink(ada.email);
    expect(await mailsTo(ada.email)).toHaveLength(4);
  });

  it("limits requests from one client address, known e-mail addresses or not", async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await requestLink(uniqueEmail("guess"))).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
    expect(statuses[10]).toBe(429);
  });

  it("takes the limit the instance is configured with (ACCORD_RATE_LIMIT_PASSWORD_RESET_PER_HOUR)", async () => {
    await t.close();
    t = await buildTestApp(dialect, { passwordResetsPerHour: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await requestLink(uniqueEmail("guess"))).statusCode);
    expect(statuses).toEqual([202, 202, 429]);
  });

  it("lifts a lock on the account, since the mail proved who this is", async () => {
    await t.close();
    t = await buildTestApp(dialect, { loginThrottle: { accountFailures: 3 } });
    const ada = await signUpPerson(t.app, "Ada");
    for (let i = 0; i < 4; i++) await logIn(ada.email, "wrong password entirely");
    expectError(await logIn(ada.email, PASSWORD), 429, "rate_limited");

    await requestLink(ada.email);
    expect((await reset(await tokenFromMail(ada.email), NEW_PASSWORD)).statusCode).toBe(200);

    expect((await logIn(ada.email, NEW_PASSWORD)).statusCode).toBe(200);
  });
});
