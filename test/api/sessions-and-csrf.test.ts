import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, TestClient, type TestApp } from "../support/test-app";
import { DAY_MS, expectError, PASSWORD, signUpWithCookie } from "./api-fixtures";

describe.each(DIALECTS)("sessions and CSRF on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  /** Replays a raw session cookie, as a browser that kept it would. */
  function meWithCookie(sessionCookie: string) {
    return t.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: `accord_session=${sessionCookie}` },
    });
  }

  describe("log-out", () => {
    it("ends the session on the server, not only in the browser", async () => {
      const ada = await signUpWithCookie(t.app, "Ada");

      const response = await ada.client.post("/api/v1/auth/logout");

      expect(response.statusCode, response.body).toBe(200);
      expect(ada.client.hasSession()).toBe(false);
      expectError(await meWithCookie(ada.sessionCookie), 401, "unauthenticated");
    });

    it("a session ends by itself after thirty days", async () => {
      const ada = await signUpWithCookie(t.app, "Ada");
      t.clock.advance(29 * DAY_MS);
      expect((await meWithCookie(ada.sessionCookie)).statusCode).toBe(200);

      t.clock.advance(2 * DAY_MS);

      expectError(await meWithCookie(ada.sessionCookie), 401, "unauthenticated");
    });

    it("everywhere ends the sessions of the person's other devices", async () => {
      const ada = await signUpWithCookie(t.app, "Ada");
      const laptop = new TestClient(t.app);
      await laptop.post("/api/v1/auth/login", { email: ada.email, password: PASSWORD });
      expect((await laptop.get("/api/v1/me")).statusCode).toBe(200);
      const bob = await signUpPerson(t.app, "Bob");

      const response = await ada.client.post("/api/v1/auth/logout-all");

      expect(response.statusCode, response.body).toBe(200);
      expectError(await laptop.get("/api/v1/me"), 401, "unauthenticated");
      expectError(await meWithCookie(ada.sessionCookie), 401, "unauthenticated");
      expect((await bob.client.get("/api/v1/me")).statusCode).toBe(200);
    });
  });

  describe("CSRF", () => {
    async function csrfFor(sessionCookie: string) {
      const response = await t.app.inject({
        method: "GET",
        url: "/api/v1/auth/csrf",
        headers: { cookie: `accord_session=${sessionCookie}` },
      });
      const secret = response.cookies.find((c) => c.name === "accord_csrf")?.value;
      if (!secret) throw new Error("no CSRF cookie set");
      return { token: response.json<{ token: string }>().token, secret };
    }

    function createOrgWith(headers: Record<string, string>) {
      return t.app.inject({
        method: "POST",
        url: "/api/v1/orgs",
        headers,
        payload: { name: "Acme", kind: "client" },
      });
    }

    it("refuses a cookie-authenticated write without a CSRF token", async () => {
      const ada = await signUpWithCookie(t.app, "Ada");
      const { secret } = await csrfFor(ada.sessionCookie);

      const response = await createOrgWith({
        cookie: `accord_session=${ada.sessionCookie}; accord_csrf=${secret}`,
      });

      expectError(response, 403, "csrf_invalid");
      const orgs = await ada.client.get("/api/v1/orgs");
      expect(orgs.json<{ organisations: unknown[] }>().organisations).toHaveLength(0);
    });

    it("accepts the same write with a token of the session", async () => {
      const ada = await signUpWithCookie(t.app, "Ada");
      const { token, secret } = await csrfFor(ada.sessionCookie);

      const response = await createOrgWith({
        cookie: `accord_session=${ada.sessionCookie}; accord_csrf=${secret}`,
        "x-csrf-token": token,
      });

      expect(response.statusCode, response.body).toBe(201);
    });

    it("refuses a token issued to another session", async () => {
      const ada = await signUpWithCookie(t.app, "Ada");
      const mallory = await signUpWithCookie(t.app, "Mallory");
      const adas = await csrfFor(ada.sessionCookie);
      const mallorys = await csrfFor(mallory.sessionCookie);

      const withOwnSecret = await createOrgWith({
        cookie: `accord_session=${ada.sessionCookie}; accord_csrf=${adas.secret}`,
        "x-csrf-token": mallorys.token,
      });
      // Even with the secret cookie planted too, the token is bound to Mallory's session.
      const withPlantedSecret = await createOrgWith({
        cookie: `accord_session=${ada.sessionCookie}; accord_csrf=${mallorys.secret}`,
        "x-csrf-token": mallorys.token,
      });

      expectError(withOwnSecret, 403, "csrf_invalid");
      expectError(withPlantedSecret, 403, "csrf_invalid");
    });

    it("refuses a token issued before log-in once the person is signed in", async () => {
      const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/auth/csrf" });
      const secret = anonymous.cookies.find((c) => c.name === "accord_csrf")?.value ?? "";
      const ada = await signUpWithCookie(t.app, "Ada");

      const response = await createOrgWith({
        cookie: `accord_session=${ada.sessionCookie}; accord_csrf=${secret}`,
        "x-csrf-token": anonymous.json<{ token: string }>().token,
      });

      expectError(response, 403, "csrf_invalid");
    });
  });
});
