import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ErrorResponse } from "../../src/contracts/errors";
import { de } from "../../src/i18n/messages/de";
import { CATALOGUES } from "../../src/i18n/translate";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type TestApp } from "../support/test-app";
import { expectError } from "../api/api-fixtures";

describe.each(DIALECTS)("framework errors on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  /** The answer is in the error shape and says nothing of the URL it was given. */
  const expectShaped = (
    response: Awaited<ReturnType<TestApp["app"]["inject"]>>,
    status: number,
    code: ErrorResponse["error"]["code"],
    secret: string,
  ) => {
    const error = expectError(response, status, code);
    expect(Object.keys(response.json<object>())).toEqual(["error"]);
    expect(response.body).not.toContain(secret);
    return error;
  };

  it("a malformed percent-encoding in the URL (FST_ERR_BAD_URL) is a 400 in the shape", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/v1/engagements/%E0%A4%Aprobe",
      headers: { "accept-language": "de" },
    });

    const error = expectShaped(response, 400, "bad_request", "probe");
    expect(error.message).toBe(de["error.bad_request"]);
  });

  it("an over-long path parameter (FST_ERR_MAX_PARAM_LENGTH) is a 400 in the shape", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/engagements/${"x".repeat(150)}probe`,
    });

    expectShaped(response, 400, "bad_request", "probe");
  });

  it("a body that is not JSON where JSON is expected is a 415 in the shape", async () => {
    const ada = await signUpPerson(t.app, "Ada");

    const response = await ada.client.request("POST", "/api/v1/orgs", "name=probe", {
      "content-type": "application/x-www-form-urlencoded",
    });

    expectShaped(response, 415, "unsupported_media_type", "probe");
  });

  it("a text/plain body, even one holding JSON, is a 415 in the shape and writes nothing", async () => {
    const ada = await signUpPerson(t.app, "Ada", "fr");
    const name = "Plain probe";

    const response = await ada.client.request(
      "POST",
      "/api/v1/orgs",
      JSON.stringify({ name, kind: "client" }),
      { "content-type": "text/plain;charset=UTF-8" },
    );

    expectShaped(response, 415, "unsupported_media_type", "probe");
    expect(response.json<{ error: { message: string } }>().error.message).toBe(
      CATALOGUES.fr["error.unsupported_media_type"],
    );
    const orgs = await t.deps.db.selectFrom("organisations").select("name").execute();
    expect(orgs.map((o) => o.name)).not.toContain(name);
    // An empty one is no body, as `fetch` labels a POST with `body: ""`.
    const logOut = await ada.client.request("POST", "/api/v1/auth/logout", "", {
      "content-type": "text/plain;charset=UTF-8",
    });
    expect(logOut.statusCode, logOut.body).toBe(200);
  });

  it("an empty JSON body is a 400 and a body over the limit a 413, both in the shape", async () => {
    const ada = await signUpPerson(t.app, "Ada");

    const empty = await ada.client.request("POST", "/api/v1/orgs", "", {
      "content-type": "application/json",
    });
    expectShaped(empty, 400, "bad_request", "FST_");
    const huge = await ada.client.request(
      "POST",
      "/api/v1/orgs",
      JSON.stringify({ name: "probe".repeat(300_000), kind: "client" }),
      { "content-type": "application/json" },
    );
    expectShaped(huge, 413, "payload_too_large", "probe");
  });

  it.each([
    ["de-CH, fr", "de"],
    ["fr;q=0.4, es;q=0.8", "es"],
    ["ja, id;q=0.2, fr;q=0.1", "id"],
    ["de;q=0, FR", "fr"],
    ["*, ja", "en"],
  ] as const)(
    "the router's errors and a route's error answer %j in the same language (%s)",
    async (header, locale) => {
      const headers = { "accept-language": header };
      const badUrl = await t.app.inject({ method: "GET", url: "/api/v1/e/%E0%A4%A", headers });
      const noRoute = await t.app.inject({ method: "PATCH", url: "/api/v1/none", headers });
      const badMedia = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/signup",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
        payload: "x",
      });
      const badJson = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/signup",
        headers: { ...headers, "content-type": "application/json" },
        payload: "{",
      });
      const unauthenticated = await t.app.inject({ method: "GET", url: "/api/v1/me", headers });

      const catalogue = CATALOGUES[locale];
      expect(expectError(badUrl, 400, "bad_request").message).toBe(catalogue["error.bad_request"]);
      expect(expectError(noRoute, 404, "not_found").message).toBe(catalogue["error.not_found"]);
      expect(expectError(badMedia, 415, "unsupported_media_type").message).toBe(
        catalogue["error.unsupported_media_type"],
      );
      expect(expectError(badJson, 400, "bad_request").message).toBe(catalogue["error.bad_request"]);
      expect(expectError(unauthenticated, 401, "unauthenticated").message).toBe(
        catalogue["error.unauthenticated"],
      );
    },
  );

  it("an unknown API route is a 404 in the shape that does not repeat the path", async () => {
    const response = await t.app.inject({ method: "PATCH", url: "/api/v1/probe-route" });

    expectShaped(response, 404, "not_found", "probe");
  });
});

describe.each(DIALECTS)("caching and metrics on %s", (dialect) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it("authenticated answers carry Cache-Control: no-store, errors included", async () => {
    t = await buildTestApp(dialect);
    const ada = await signUpPerson(t.app, "Ada");

    const me = await ada.client.get("/api/v1/me");
    const missing = await ada.client.get("/api/v1/engagements/none");

    expect(me.statusCode).toBe(200);
    expect(me.headers["cache-control"]).toBe("no-store");
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["cache-control"]).toBe("no-store");
  });

  it("/metrics with a token configured answers only to that bearer token", async () => {
    t = await buildTestApp(dialect, { metricsAccess: { token: "metrics-token-0123456789" } });

    const without = await t.app.inject({ method: "GET", url: "/metrics" });
    const wrong = await t.app.inject({
      method: "GET",
      url: "/metrics",
      headers: { authorization: "Bearer metrics-token-0123456788" },
    });
    const right = await t.app.inject({
      method: "GET",
      url: "/metrics",
      headers: { authorization: "Bearer metrics-token-0123456789" },
    });

    expectError(without, 403, "forbidden");
    expectError(wrong, 403, "forbidden");
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain("accord_http_request_duration_seconds");
  });

  it("/metrics with allowed networks answers only to addresses inside them", async () => {
    t = await buildTestApp(dialect, {
      metricsAccess: { allowedNetworks: ["10.1.0.0/16", "::1"] },
    });
    const from = (remoteAddress: string) =>
      t.app.inject({ method: "GET", url: "/metrics", remoteAddress });

    expect((await from("10.1.2.3")).statusCode).toBe(200);
    expect((await from("::ffff:10.1.2.3")).statusCode).toBe(200);
    expect((await from("::1")).statusCode).toBe(200);
    expectError(await from("10.2.0.1"), 403, "forbidden");
    expectError(await from("127.0.0.1"), 403, "forbidden");
  });
});
