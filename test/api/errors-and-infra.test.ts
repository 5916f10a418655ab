import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/messages/en";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, TestClient, type TestApp } from "../support/test-app";
import { expectError } from "./api-fixtures";

interface OpenApiDocument {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, unknown>>;
}

describe.each(DIALECTS)("errors and infrastructure on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  describe("errors", () => {
    it("an unknown API path is a 404 in the error shape", async () => {
      const response = await t.app.inject({ method: "GET", url: "/api/v1/no-such-thing" });

      const error = expectError(response, 404, "not_found");
      expect(error.message).toBe(en["error.not_found"]);
      expect(Object.keys(response.json<object>())).toEqual(["error"]);
    });

    it("an unknown API path is a 404 for any method, signed in or not", async () => {
      const ada = await signUpPerson(t.app, "Ada");

      expectError(await ada.client.post("/api/v1/no-such-thing", {}), 404, "not_found");
      expectError(await ada.client.delete("/api/v1/orgs"), 404, "not_found");
    });

    it("malformed JSON is a 400 bad_request", async () => {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        headers: { "content-type": "application/json" },
        payload: '{"email": "ada@example.test", "password": ',
      });

      const error = expectError(response, 400, "bad_request");
      expect(error.message).toBe(en["error.bad_request"]);
    });

    it("a signed-in write with malformed JSON is a 400 bad_request too", async () => {
      const ada = await signUpPerson(t.app, "Ada");

      const response = await ada.client.request("POST", "/api/v1/orgs", "{not json", {
        "content-type": "application/json",
      });

      expectError(response, 400, "bad_request");
    });

    it("errors come in the language of Accept-Language when nobody is signed in", async () => {
      const response = await new TestClient(t.app, "de").get("/api/v1/me");

      const error = expectError(response, 401, "unauthenticated");
      expect(error.message).not.toBe(en["error.unauthenticated"]);
    });

    // Access rules come before validation: an anonymous caller learns nothing about a
    // protected route's input, and gets the same 401 whatever they send.
    it("an anonymous write with an invalid body is refused as unauthenticated", async () => {
      const anonymous = new TestClient(t.app);

      expectError(await anonymous.post("/api/v1/orgs", {}), 401, "unauthenticated");
      expectError(
        await anonymous.post("/api/v1/engagements", { title: "" }),
        401,
        "unauthenticated",
      );
    });
  });

  describe("infrastructure", () => {
    it("/healthz answers ok without authentication", async () => {
      const response = await t.app.inject({ method: "GET", url: "/healthz" });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: "ok" });
    });

    it("/readyz checks the database and names its dialect", async () => {
      const response = await t.app.inject({ method: "GET", url: "/readyz" });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: "ready", database: dialect });
    });

    it("/metrics serves Prometheus text with request durations by route", async () => {
      await t.app.inject({ method: "GET", url: "/healthz" });

      const response = await t.app.inject({ method: "GET", url: "/metrics" });

      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/plain/);
      expect(response.body).toContain("# TYPE accord_http_request_duration_seconds histogram");
      expect(response.body).toMatch(
        /accord_http_request_duration_seconds_count\{[^}]*route="\/healthz"[^}]*\} 1/,
      );
    });

    it("/api/v1/openapi.json is an OpenAPI 3.1 document listing the stable paths", async () => {
      const response = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });

      expect(response.statusCode).toBe(200);
      const doc = response.json<OpenApiDocument>();
      expect(doc.openapi).toMatch(/^3\.1\./);
      expect(doc.info.title).toBe("Accord API");
      const expected: [string, string][] = [
        ["/api/v1/auth/signup", "post"],
        ["/api/v1/auth/login", "post"],
        ["/api/v1/me", "get"],
        ["/api/v1/orgs", "post"],
        ["/api/v1/orgs/{orgId}/members/{userId}", "patch"],
        ["/api/v1/orgs/{orgId}/invitations", "post"],
        ["/api/v1/invitations/{token}/accept", "post"],
        ["/api/v1/engagements", "get"],
        ["/api/v1/engagements/{id}", "get"],
        ["/api/v1/engagements/{id}/events", "get"],
        ["/api/v1/engagements/{id}/ledger/verify", "get"],
        ["/api/v1/engagements/{id}/ledger/export", "get"],
        ["/api/v1/tokens", "post"],
        ["/api/v1/tokens/{tokenId}", "delete"],
      ];
      for (const [path, method] of expected) {
        expect(doc.paths[path]?.[method], `${method.toUpperCase()} ${path}`).toBeDefined();
      }
      expect(Object.keys(doc.paths)).not.toContain("/healthz");
      expect(Object.keys(doc.paths)).not.toContain("/api/v1/openapi.json");
    });

    it("/api/docs serves the interactive documentation as HTML", async () => {
      const response = await t.app.inject({ method: "GET", url: "/api/docs" });
      const page =
        response.statusCode >= 300 && response.statusCode < 400 && response.headers.location
          ? await t.app.inject({ method: "GET", url: String(response.headers.location) })
          : response;

      expect(page.statusCode, page.body.slice(0, 200)).toBe(200);
      expect(page.headers["content-type"]).toMatch(/^text\/html/);
      expect(page.body).toMatch(/<html/i);
    });

    it("the API reference's document, script and assets come with the app's headers, and an unknown file is the API's 404", async () => {
      const document = await t.app.inject({ method: "GET", url: "/api/docs/json" });
      const initializer = await t.app.inject({
        method: "GET",
        url: "/api/docs/static/swagger-initializer.js",
      });
      const stylesheet = await t.app.inject({
        method: "GET",
        url: "/api/docs/static/swagger-ui.css",
      });
      const missing = await t.app.inject({ method: "GET", url: "/api/docs/static/no-such.js" });

      expect(document.json<OpenApiDocument>().info.title).toBe("Accord API");
      expect(initializer.body).toContain("docExpansion");
      expect(stylesheet.headers["content-type"]).toMatch(/^text\/css/);
      expect(stylesheet.headers["x-content-type-options"]).toBe("nosniff");
      expect(stylesheet.headers["content-length"]).toBe(String(stylesheet.rawPayload.length));
      const revalidated = await t.app.inject({
        method: "GET",
        url: "/api/docs/static/swagger-ui.css",
        headers: { "if-none-match": String(stylesheet.headers.etag) },
      });
      expect(revalidated.statusCode).toBe(304);
      expectError(missing, 404, "not_found");
    });

    it("security headers are on every answer, errors included", async () => {
      const ada = await signUpPerson(t.app, "Ada");
      const answers = [
        await t.app.inject({ method: "GET", url: "/healthz" }),
        await t.app.inject({ method: "GET", url: "/api/v1/no-such-thing" }),
        await t.app.inject({ method: "GET", url: "/api/v1/me" }),
        await ada.client.get("/api/v1/me"),
      ];

      for (const response of answers) {
        expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
        expect(response.headers["x-content-type-options"]).toBe("nosniff");
        expect(response.headers["x-frame-options"]).toBeDefined();
      }
    });
  });
});

describe.each(DIALECTS)("demo mailbox with SMTP delivery on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect, { mail: "smtp://127.0.0.1:1" });
  });
  afterEach(async () => {
    await t.close();
  });

  it("is switched off when mail really goes out", async () => {
    const ada = await signUpPerson(t.app, "Ada");

    expectError(await ada.client.get("/api/v1/mailbox"), 404, "mailbox_disabled");
  });
});
