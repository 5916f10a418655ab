import pino from "pino";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/i18n/translate";
import { listUnsubscribeToken } from "../../src/server/modules/notifications/list-unsubscribe";
import { DEFAULT_UNSUBSCRIBE_REQUESTS_PER_ADDRESS_PER_MINUTE } from "../../src/server/modules/notifications/notification.routes";
import { buildTestApp, signUpPerson, type TestApp } from "../support/test-app";
import { expectError } from "./api-fixtures";

/** The app's log as the lines it wrote, each parsed. */
function logCollector() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n"))
        if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level: "info" }, stream) };
}

// No storage is involved (the limit and the log live in the process): SQLite only.
describe("mailed links' tokens: guessed at no speed, written to no log", () => {
  let t: TestApp;
  let log: ReturnType<typeof logCollector>;
  beforeEach(async () => {
    log = logCollector();
    t = await buildTestApp("sqlite", { logger: log.logger });
  });
  afterEach(async () => {
    await t.close();
  });

  it("refuses the one-click unsubscribe and its page link past the limit from one address, in the caller's language", async () => {
    for (const method of ["POST", "GET"] as const) {
      const statuses = [];
      for (let i = 0; i <= DEFAULT_UNSUBSCRIBE_REQUESTS_PER_ADDRESS_PER_MINUTE; i++) {
        const answer = await t.app.inject({ method, url: `/api/v1/unsubscribe/guess${i}.x` });
        statuses.push(answer.statusCode);
      }
      expect(statuses.slice(0, -1)).not.toContain(429);
      const refused = await t.app.inject({
        method,
        url: "/api/v1/unsubscribe/one-more.x",
        headers: { "accept-language": "fr" },
      });
      const error = expectError(refused, 429, "rate_limited");
      expect(error.message).toBe(translate("fr", "error.rate_limited", { seconds: 60 }));
    }
  });

  it("takes the limit the instance is configured with (ACCORD_RATE_LIMIT_UNSUBSCRIBE_PER_MINUTE)", async () => {
    const strict = await buildTestApp("sqlite", { unsubscribesPerMinute: 2 });
    try {
      for (const method of ["POST", "GET"] as const) {
        const statuses = [];
        for (let i = 0; i < 3; i++) {
          const answer = await strict.app.inject({ method, url: `/api/v1/unsubscribe/try${i}.x` });
          statuses.push(answer.statusCode);
        }
        expect(statuses.slice(0, 2)).not.toContain(429);
        expect(statuses[2], method).toBe(429);
      }
    } finally {
      await strict.close();
    }
  });

  it("writes unsubscribe, invitation and password-reset tokens as [redacted] in the request log", async () => {
    const person = await signUpPerson(t.app, "Ada");
    const unsubscribe = listUnsubscribeToken("test-signing-secret", person.userId);
    const secrets = [unsubscribe, "invitation-secret-1234", "reset-secret-5678"];
    await t.app.inject({ method: "POST", url: `/api/v1/unsubscribe/${unsubscribe}` });
    await t.app.inject({ method: "GET", url: `/api/v1/unsubscribe/${unsubscribe}` });
    await person.client.get(`/api/v1/invitations/${secrets[1]}`);
    await person.client.post(`/api/v1/invitations/${secrets[1]}/decline`, {});
    await t.app.inject({ method: "GET", url: `/invitations/${secrets[1]}` });
    await t.app.inject({ method: "GET", url: `/reset-password/${secrets[2]}?from=mail` });
    // A token may travel in the query too, escaped, as where to go after signing in.
    await t.app.inject({ method: "GET", url: `/login?next=%2Finvitations%2F${secrets[1]}` });
    await t.app.inject({
      method: "GET",
      url: `/login?next=/reset-password/${secrets[2]}&lang=fr`,
    });

    const urls = log.lines.flatMap((line) => {
      const req = line["req"] as { url?: string } | undefined;
      return req?.url ? [req.url] : [];
    });
    expect(urls).toEqual(
      expect.arrayContaining([
        "/api/v1/unsubscribe/[redacted]",
        "/api/v1/invitations/[redacted]",
        "/api/v1/invitations/[redacted]/decline",
        "/invitations/[redacted]",
        "/reset-password/[redacted]?from=mail",
        "/login?next=%2Finvitations%2F[redacted]",
        "/login?next=/reset-password/[redacted]&lang=fr",
      ]),
    );
    const written = JSON.stringify(log.lines);
    for (const secret of secrets) expect(written).not.toContain(secret);
  });
});
