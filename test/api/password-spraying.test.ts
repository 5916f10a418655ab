import { afterEach, describe, expect, it } from "vitest";
import type { ErrorResponse } from "../../src/contracts/errors";
import { buildApp } from "../../src/server/app";
import { DEFAULT_LOGIN_THROTTLE } from "../../src/domain/auth/login-throttle";
import { de } from "../../src/i18n/messages/de";
import { en } from "../../src/i18n/messages/en";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, TestClient, type TestApp } from "../support/test-app";
import { expectError, PASSWORD, uniqueEmail } from "./api-fixtures";

type App = TestApp["app"];

/** One log-in attempt from a given client address, as a different machine would make it. */
async function logInFrom(app: App, remoteAddress: string, email: string, password: string) {
  return app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    remoteAddress,
    headers: { "accept-language": "en" },
    payload: { email, password },
  });
}

describe.each(DIALECTS)("password spraying on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("makes an address that failed on many accounts wait, while other addresses go on", async () => {
    t = await buildTestApp(dialect, { loginThrottle: { addressFailures: 5 } });
    const ada = await signUpPerson(t.app, "Ada");
    // One password tried once against five accounts: the per-e-mail limit never sees it.
    for (let i = 0; i < 5; i++) {
      const response = await logInFrom(
        t.app,
        "203.0.113.7",
        uniqueEmail(`victim${i}`),
        "Summer2026!",
      );
      expectError(response, 401, "invalid_credentials");
    }

    const sprayed = await logInFrom(t.app, "203.0.113.7", ada.email, PASSWORD);
    const error = expectError(sprayed, 429, "rate_limited");
    expect(error.message).toBe("Too many attempts. Try again in 900 seconds.");
    expect(sprayed.headers["retry-after"]).toBe("900");
    expect((await logInFrom(t.app, "198.51.100.2", ada.email, PASSWORD)).statusCode).toBe(200);

    t.clock.advance(DEFAULT_LOGIN_THROTTLE.addressWindowMs);
    expect((await logInFrom(t.app, "203.0.113.7", ada.email, PASSWORD)).statusCode).toBe(200);
  });

  it("locks an account after a run of failures from any address, doubling the lock each time", async () => {
    t = await buildTestApp(dialect, {
      loginThrottle: { accountFailures: 3, accountLockMs: 60_000, accountLockMaxMs: 600_000 },
    });
    const ada = await signUpPerson(t.app, "Ada");
    for (let i = 0; i < 3; i++) {
      expectError(
        await logInFrom(t.app, `192.0.2.${i}`, ada.email, "wrong guess"),
        401,
        "invalid_credentials",
      );
    }

    // Even the right password waits: a lock that let it through would tell it was right.
    const locked = expectError(
      await logInFrom(t.app, "192.0.2.99", ada.email, PASSWORD),
      429,
      "rate_limited",
    );
    expect(locked.message).toBe("Too many attempts. Try again in 60 seconds.");

    t.clock.advance(60_000);
    expectError(
      await logInFrom(t.app, "192.0.2.4", ada.email, "another guess"),
      401,
      "invalid_credentials",
    );
    const longer = await logInFrom(t.app, "192.0.2.99", ada.email, PASSWORD);
    expect(expectError(longer, 429, "rate_limited").message).toContain("120 seconds");

    t.clock.advance(120_000);
    expect((await logInFrom(t.app, "192.0.2.99", ada.email, PASSWORD)).statusCode).toBe(200);
    // Success forgets the run: one more failure does not lock again.
    expectError(await logInFrom(t.app, "192.0.2.5", ada.email, "typo"), 401, "invalid_credentials");
    expect((await logInFrom(t.app, "192.0.2.99", ada.email, PASSWORD)).statusCode).toBe(200);
  });

  it("locks an unknown e-mail the same way, so a lock does not reveal who has an account", async () => {
    t = await buildTestApp(dialect, { loginThrottle: { accountFailures: 2 } });
    const nobody = uniqueEmail("nobody");
    for (let i = 0; i < 2; i++) await logInFrom(t.app, `192.0.2.${i}`, nobody, "guess");
    expectError(await logInFrom(t.app, "192.0.2.9", nobody, "guess"), 429, "rate_limited");
  });

  it("holds one limit across processes: failures counted by one lock the account on another", async () => {
    t = await buildTestApp(dialect, { loginThrottle: { accountFailures: 3 } });
    // A second process: its own Fastify instance and in-memory limiter, the same database.
    const second = await buildApp(t.deps, {
      loginAttemptsPerMinute: 1000,
      loginThrottle: { ...DEFAULT_LOGIN_THROTTLE, addressFailures: 1000, accountFailures: 3 },
    });
    try {
      const ada = await signUpPerson(t.app, "Ada");
      expectError(
        await logInFrom(t.app, "192.0.2.1", ada.email, "guess 1"),
        401,
        "invalid_credentials",
      );
      expectError(
        await logInFrom(second, "192.0.2.1", ada.email, "guess 2"),
        401,
        "invalid_credentials",
      );
      expectError(
        await logInFrom(t.app, "192.0.2.1", ada.email, "guess 3"),
        401,
        "invalid_credentials",
      );
      expectError(await logInFrom(second, "192.0.2.2", ada.email, PASSWORD), 429, "rate_limited");
    } finally {
      await second.close();
    }
  });
});

describe.each(DIALECTS)("choosing a password on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  async function signUp(password: string, name = "Ada Lovelace", locale = "en") {
    const client = new TestClient(t!.app, locale);
    return client.post("/api/v1/auth/signup", {
      email: uniqueEmail("ada.lovelace"),
      password,
      name,
      locale,
    });
  }

  it("refuses a common password however long, naming the password field", async () => {
    t = await buildTestApp(dialect);
    for (const password of ["qwertyuiop", "1234567890", "Password123", "iloveyou12"]) {
      const error = expectError(await signUp(password), 400, "validation_failed");
      expect(error.fields).toEqual([
        { path: "password", code: "password_common", message: en["validation.password_common"] },
      ]);
    }
    expect(await t.deps.db.selectFrom("users").select("id").execute()).toEqual([]);
  });

  it("refuses a password made of the person's own e-mail or name, in their language", async () => {
    t = await buildTestApp(dialect);
    const response = await signUp("Quarrington-1815", "Zephyrine Quarrington", "de");
    const error = expectError(response, 400, "validation_failed");
    expect(error.fields?.[0]?.message).toBe(de["validation.password_personal"]);
    expect(response.json<ErrorResponse>().error.fields?.[0]?.path).toBe("password");
  });

  it("accepts a long phrase of unrelated words", async () => {
    t = await buildTestApp(dialect);
    expect((await signUp("violet tractor lamp")).statusCode).toBe(201);
  });
});
