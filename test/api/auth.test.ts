import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ErrorResponse } from "../../src/contracts/errors";
import { de } from "../../src/i18n/messages/de";
import { en } from "../../src/i18n/messages/en";
import { fr } from "../../src/i18n/messages/fr";
import { DIALECTS } from "../support/databases";
import { recipientOf, startSmtpPeer } from "../support/smtp-peer";
import { buildTestApp, signUpPerson, TestClient, type TestApp } from "../support/test-app";
import { expectError, PASSWORD, uniqueEmail } from "./api-fixtures";

interface MeBody {
  user: { id: string; email: string; name: string; locale: string | null };
  memberships: { org: { id: string }; role: string }[];
  authenticatedBy: string;
}

describe.each(DIALECTS)("authentication on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  describe("sign-up", () => {
    it("creates the account and opens a session in an HttpOnly, SameSite cookie", async () => {
      const client = new TestClient(t.app);
      const email = uniqueEmail("ada");
      const response = await client.post("/api/v1/auth/signup", {
        email,
        password: PASSWORD,
        name: "Ada",
      });

      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<MeBody>()).toMatchObject({
        user: { email, name: "Ada" },
        memberships: [],
        authenticatedBy: "session",
      });
      const cookie = response.cookies.find((c) => c.name === "accord_session");
      expect(cookie?.value).toBeTruthy();
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite?.toLowerCase()).toMatch(/^(lax|strict)$/);
      expect(cookie?.path).toBe("/");
      expect((await client.get("/api/v1/me")).statusCode).toBe(200);
    });

    it("stores the e-mail address lower-cased, so log-in works in any case", async () => {
      const client = new TestClient(t.app);
      const local = `Ada.Lovelace.${Date.now()}`;
      const response = await client.post("/api/v1/auth/signup", {
        email: `${local}@Example.TEST`,
        password: PASSWORD,
        name: "Ada",
      });

      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<MeBody>().user.email).toBe(`${local.toLowerCase()}@example.test`);
      const login = await new TestClient(t.app).post("/api/v1/auth/login", {
        email: `${local.toUpperCase()}@EXAMPLE.test`,
        password: PASSWORD,
      });
      expect(login.statusCode, login.body).toBe(200);
    });

    it("refuses an e-mail address already taken, in whatever case, naming the email field", async () => {
      const first = await signUpPerson(t.app, "Ada");
      const response = await new TestClient(t.app).post("/api/v1/auth/signup", {
        email: first.email.toUpperCase(),
        password: PASSWORD,
        name: "Another Ada",
      });

      const error = expectError(response, 409, "email_taken");
      expect(error.fields?.[0]?.path).toBe("email");
      expect(error.message).toBe(en["error.email_taken"]);
    });

    it("signing up one address several times at once makes one account; the others are told it is taken", async () => {
      for (let round = 0; round < 8; round += 1) {
        const email = uniqueEmail("together");
        const answers = await Promise.all(
          [0, 1, 2].map(() =>
            new TestClient(t.app).post("/api/v1/auth/signup", {
              email,
              password: PASSWORD,
              name: "Together",
            }),
          ),
        );

        const statuses = answers.map((a) => a.statusCode).sort();
        // PostgreSQL let two pass the check and the second insert hit the unique index: a 500.
        expect(statuses, `round ${round}`).toEqual([201, 409, 409]);
        for (const refused of answers.filter((a) => a.statusCode === 409)) {
          expect(expectError(refused, 409, "email_taken").fields?.[0]?.path).toBe("email");
        }
      }
    });

    it("names every bad field, each with its own reason", async () => {
      const response = await new TestClient(t.app).post("/api/v1/auth/signup", {
        email: "not-an-address",
        password: "short",
      });

      const error = expectError(response, 400, "validation_failed");
      const byPath = new Map(error.fields?.map((f) => [f.path, f]));
      expect(byPath.get("email")).toMatchObject({
        code: "invalid_email",
        message: en["validation.invalid_email"],
      });
      expect(byPath.get("password")).toMatchObject({
        code: "too_short",
        message: "Must be at least 10 characters long.",
      });
      expect(byPath.get("name")).toMatchObject({
        code: "required",
        message: en["validation.required"],
      });
    });

    it("answers validation errors in the language of Accept-Language", async () => {
      const response = await new TestClient(t.app, "fr").post("/api/v1/auth/signup", {
        email: "pas-une-adresse",
        password: "court",
      });

      const error = expectError(response, 400, "validation_failed");
      expect(error.message).toBe(fr["error.validation_failed"]);
      const byPath = new Map(error.fields?.map((f) => [f.path, f.message]));
      expect(byPath.get("email")).toBe(fr["validation.invalid_email"]);
      expect(byPath.get("name")).toBe(fr["validation.required"]);
      expect(byPath.get("password")).toContain("10");
      expect(byPath.get("password")).not.toBe("Must be at least 10 characters long.");
    });

    it("treats a missing name as required, not as a wrong type", async () => {
      const response = await new TestClient(t.app).post("/api/v1/auth/signup", {
        email: uniqueEmail(),
        password: PASSWORD,
      });

      const error = expectError(response, 400, "validation_failed");
      expect(error.fields).toEqual([
        { path: "name", code: "required", message: en["validation.required"] },
      ]);
    });
  });

  describe("log-in", () => {
    it("opens a session with the right password", async () => {
      const ada = await signUpPerson(t.app, "Ada");
      const client = new TestClient(t.app);
      const response = await client.post("/api/v1/auth/login", {
        email: ada.email,
        password: PASSWORD,
      });

      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<MeBody>().user.id).toBe(ada.userId);
      expect(response.cookies.find((c) => c.name === "accord_session")?.httpOnly).toBe(true);
      expect((await client.get("/api/v1/me")).json<MeBody>().user.id).toBe(ada.userId);
    });

    it("gives the same answer for an unknown e-mail and a wrong password", async () => {
      const ada = await signUpPerson(t.app, "Ada");
      const wrongPassword = await new TestClient(t.app).post("/api/v1/auth/login", {
        email: ada.email,
        password: "not the password",
      });
      const unknownEmail = await new TestClient(t.app).post("/api/v1/auth/login", {
        email: uniqueEmail("nobody"),
        password: PASSWORD,
      });

      expectError(wrongPassword, 401, "invalid_credentials");
      expectError(unknownEmail, 401, "invalid_credentials");
      expect(wrongPassword.body).toBe(unknownEmail.body);
      expect(wrongPassword.cookies.some((c) => c.name === "accord_session")).toBe(false);
    });
  });

  describe("me", () => {
    it("tells who is signed in and in which organisations", async () => {
      const ada = await signUpPerson(t.app, "Ada", "de");
      await ada.client.post("/api/v1/orgs", { name: "Acme", kind: "client" });

      const response = await ada.client.get("/api/v1/me");

      expect(response.statusCode).toBe(200);
      const me = response.json<MeBody>();
      expect(me.user).toMatchObject({
        id: ada.userId,
        email: ada.email,
        name: "Ada",
        locale: "de",
      });
      expect(me.memberships).toHaveLength(1);
      expect(me.memberships[0]?.role).toBe("owner");
      expect(me.authenticatedBy).toBe("session");
    });

    it("is refused without a session", async () => {
      expectError(await new TestClient(t.app).get("/api/v1/me"), 401, "unauthenticated");
    });

    it("changing the language makes later errors come in that language", async () => {
      const ada = await signUpPerson(t.app, "Ada", "en");

      const response = await ada.client.patch("/api/v1/me", { locale: "fr", name: "Ada L." });

      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<MeBody>().user).toMatchObject({ locale: "fr", name: "Ada L." });
      // The client still sends Accept-Language: en; the saved preference wins.
      const error = expectError(
        await ada.client.post("/api/v1/orgs", {}),
        400,
        "validation_failed",
      );
      expect(error.message).toBe(fr["error.validation_failed"]);
      expect(error.fields?.find((f) => f.path === "name")?.message).toBe(fr["validation.required"]);
      const notFound = await ada.client.get("/api/v1/orgs/no-such-org");
      expect(notFound.json<ErrorResponse>().error.message).toBe(fr["error.not_found"]);
    });

    it("refuses an unknown language", async () => {
      const ada = await signUpPerson(t.app, "Ada");

      const error = expectError(
        await ada.client.patch("/api/v1/me", { locale: "xx" }),
        400,
        "validation_failed",
      );

      expect(error.fields?.[0]).toMatchObject({ path: "locale", code: "invalid_option" });
    });
  });
});

describe.each(DIALECTS)("the language of a person who signs up on %s", (dialect) => {
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

  async function signUpAsking(acceptLanguage: string, body: { locale?: string } = {}) {
    const client = new TestClient(t.app, acceptLanguage);
    const email = uniqueEmail("ada");
    const response = await client.post("/api/v1/auth/signup", {
      email,
      password: PASSWORD,
      name: "Ada",
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return { client, email };
  }

  /** The first mail the person gets: a reset link asked for from a browser set to English. */
  async function firstMailTo(email: string) {
    await new TestClient(t.app, "en").post("/api/v1/auth/password-reset/request", { email });
    await t.deps.mailer.deliverPending();
    await expect
      .poll(() => smtp.received.filter((m) => recipientOf(m) === email.toLowerCase()).length)
      .toBe(1);
    return smtp.received.find((m) => recipientOf(m) === email.toLowerCase())!;
  }

  it("is the best supported match of Accept-Language when they state none, and their mail is in it", async () => {
    const ada = await signUpAsking("de-CH,de;q=0.9");

    const me = await ada.client.get("/api/v1/me");
    expect(me.json<MeBody>().user.locale).toBe("de");
    const mail = await firstMailTo(ada.email);
    expect(mail.headers.get("content-language")).toBe("de");
    expect(mail.subject).toBe(de["mail.password_reset.subject"]);
  });

  it("is the one they state, whatever Accept-Language asks", async () => {
    const ada = await signUpAsking("de-CH,de;q=0.9", { locale: "fr" });

    expect((await ada.client.get("/api/v1/me")).json<MeBody>().user.locale).toBe("fr");
    expect((await firstMailTo(ada.email)).subject).toBe(fr["mail.password_reset.subject"]);
  });

  it("gives a chosen language back to the header when the person sets it to null", async () => {
    const ada = await signUpAsking("de");
    expect((await ada.client.get("/api/v1/me")).json<MeBody>().user.locale).toBe("de");
    const cleared = await ada.client.request("PATCH", "/api/v1/me", { locale: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect((await ada.client.get("/api/v1/me")).json<MeBody>().user.locale).toBeNull();
    const refused = await ada.client.request(
      "POST",
      "/api/v1/orgs",
      { name: "", kind: "client" },
      { "accept-language": "fr" },
    );
    expect(refused.json<ErrorResponse>().error.message).toBe(fr["error.validation_failed"]);
  });

  it("stores none when Accept-Language asks for no language Accord speaks: mail in English, answers follow the header", async () => {
    for (const header of ["ja,zh;q=0.8", ""]) {
      const ada = await signUpAsking(header);

      expect((await ada.client.get("/api/v1/me")).json<MeBody>().user.locale).toBeNull();
      expect((await firstMailTo(ada.email)).subject).toBe(en["mail.password_reset.subject"]);
      // With no language of their own, a later request in French is answered in French.
      const refused = await ada.client.request(
        "POST",
        "/api/v1/orgs",
        { name: "", kind: "client" },
        { "accept-language": "fr" },
      );
      expect(refused.json<ErrorResponse>().error.message).toBe(fr["error.validation_failed"]);
    }
  });
});

describe.each(DIALECTS)("log-in rate limit on %s", (dialect) => {
  let limited: TestApp;
  beforeEach(async () => {
    limited = await buildTestApp(dialect, { loginAttemptsPerMinute: 3 });
  });
  afterEach(async () => {
    await limited.close();
  });

  function attempt(email: string, password = "not the password") {
    return new TestClient(limited.app).post("/api/v1/auth/login", { email, password });
  }

  it("refuses the fourth attempt within a minute with rate_limited", async () => {
    const ada = await signUpPerson(limited.app, "Ada");
    for (let i = 0; i < 3; i++) expectError(await attempt(ada.email), 401, "invalid_credentials");

    const fourth = await attempt(ada.email, PASSWORD);

    const error = expectError(fourth, 429, "rate_limited");
    expect(error.message).toMatch(/\d+ seconds?/);
  });

  // The limit is documented as "per address and e-mail" (AppOptions.loginAttemptsPerMinute),
  // so failures on one account must not lock another out from the same address.
  it("counts attempts per e-mail, so one account's failures do not block another", async () => {
    const ada = await signUpPerson(limited.app, "Ada");
    for (let i = 0; i < 3; i++) await attempt(uniqueEmail("mallory"));

    const response = await attempt(ada.email, PASSWORD);

    expect(response.statusCode, response.body).toBe(200);
  });
});
