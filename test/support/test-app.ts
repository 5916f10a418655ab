import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { Logger } from "pino";
import {
  DEFAULT_LOGIN_THROTTLE,
  type LoginThrottlePolicy,
} from "../../src/domain/auth/login-throttle";
import type { DatabaseHandle, DialectName } from "../../src/server/db/connect";
import { buildApp } from "../../src/server/app";
import { ManualClock } from "../../src/server/platform/clock";
import { hashSecret } from "../../src/server/platform/ids";
import { createDeps } from "../../src/server/create-deps";
import type { AppDeps, WebhookPolicy } from "../../src/server/platform/deps";
import type { MetricsAccess } from "../../src/server/platform/metrics";
import { argon2idHasher } from "../../src/server/platform/passwords";
import { ensureDefaultTaxonomy } from "../../src/server/modules/taxonomy/taxonomy";
import { closeIntoSnapshot, freshDatabase, type DatabaseSnapshot } from "./databases";
import { fakeResolver } from "./fake-dns";

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  clock: ManualClock;
  /** The database under `deps.db`, from `freshDatabase`. */
  handle: DatabaseHandle;
  /** Where the app keeps uploaded files, a fresh temporary directory. */
  filesDirectory: string;
  close(): Promise<void>;
}

/** What an app held when it was closed into a snapshot: its database, its files and its time. */
export interface AppSnapshot {
  database: DatabaseSnapshot;
  filesDirectory: string;
  now: Date;
}

/** Argon2id still, with small costs: the algorithm is real, the test stays quick. */
export const fastPasswords = argon2idHasher({ memoryCost: 1024, timeCost: 1 });

/** The whole app over a fresh database of the dialect, with a clock the test moves. */
export async function buildTestApp(
  dialect: DialectName,
  options: {
    mail?: string;
    loginAttemptsPerMinute?: number;
    signupsPerHour?: number;
    unsubscribesPerMinute?: number;
    passwordResetsPerHour?: number;
    /** Run a test clock over the manual clock (offset in the database, re-read on every use). */
    testClock?: boolean;
    metricsAccess?: MetricsAccess;
    /** Plain HTTP to loopback webhooks; on unless a test checks the production rule. */
    allowsLoopbackWebhooks?: boolean;
    /** How webhook hosts resolve; a fixed table, never real DNS. */
    webhookLookup?: WebhookPolicy["lookup"];
    loginThrottle?: Partial<LoginThrottlePolicy>;
    /** Gather notification e-mail per engagement over this window (0, the default: at once). */
    notificationMailWindowMs?: number;
    /**
     * Start from a copy of what another test app filled (`snapshotAndClose`): its database, its
     * uploaded files and its clock's time, instead of an empty database.
     */
    from?: AppSnapshot;
    /** Wraps the database the app talks to (a query recorder); `handle` keeps the bare one. */
    wrapDb?: (db: DatabaseHandle["db"]) => DatabaseHandle["db"];
    /** Where the app logs (silent unless a test reads the log). */
    logger?: Logger;
  } = {},
): Promise<TestApp> {
  // The app changes rows, never the schema: an emptied PostgreSQL database serves as fresh.
  const handle = await freshDatabase(dialect, options.from?.database, { reuse: true });
  await ensureDefaultTaxonomy(handle);
  const clock = new ManualClock(options.from?.now ?? new Date("2026-11-22T09:00:00.000Z"));
  const filesDirectory = await mkdtemp(join(tmpdir(), "accord-files-"));
  if (options.from) await cp(options.from.filesDirectory, filesDirectory, { recursive: true });
  const wrapDb = options.wrapDb;
  const wrapped = wrapDb && {
    ...handle,
    db: wrapDb(handle.db),
    sharedReads: handle.sharedReads && wrapDb(handle.sharedReads),
  };
  const deps = createDeps(wrapped ?? handle, {
    signingSecret: "test-signing-secret",
    publicUrl: "http://accord.test",
    mail: options.mail ?? "outbox",
    clock,
    passwords: fastPasswords,
    filesDirectory,
    allowsLoopbackWebhooks: options.allowsLoopbackWebhooks ?? true,
    webhookLookup: options.webhookLookup ?? fakeResolver().lookup,
    ...(options.testClock && { testClock: true, testClockRefreshMs: 0 }),
    ...(options.logger && { logger: options.logger }),
    ...(options.notificationMailWindowMs && {
      notificationMailWindowMs: options.notificationMailWindowMs,
    }),
  });
  const app = await buildApp(deps, {
    loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 1000,
    signupsPerHour: options.signupsPerHour ?? 100_000,
    ...(options.unsubscribesPerMinute && { unsubscribesPerMinute: options.unsubscribesPerMinute }),
    ...(options.passwordResetsPerHour && { passwordResetsPerHour: options.passwordResetsPerHour }),
    ...(options.metricsAccess && { metricsAccess: options.metricsAccess }),
    // Generous unless a test sets them: tests fail passwords on purpose from one address.
    loginThrottle: {
      ...DEFAULT_LOGIN_THROTTLE,
      addressFailures: 1000,
      accountFailures: 1000,
      ...options.loginThrottle,
    },
  });
  await app.ready();
  return {
    app,
    deps,
    clock,
    handle,
    filesDirectory,
    async close() {
      await app.close();
      await deps.mailer.close();
      await handle.close();
      await rm(filesDirectory, { recursive: true, force: true });
    },
  };
}

/**
 * Closes a test app and keeps its database and files for `buildTestApp(dialect, { from })` to
 * start copies from: a world built once instead of once per test. `releaseSnapshot` removes it.
 */
export async function snapshotAndClose(t: TestApp): Promise<AppSnapshot> {
  const now = t.clock.now();
  await t.app.close();
  await t.deps.mailer.close();
  const database = await closeIntoSnapshot(t.handle);
  return { database, filesDirectory: t.filesDirectory, now };
}

export async function releaseSnapshot(snapshot: AppSnapshot): Promise<void> {
  await rm(snapshot.filesDirectory, { recursive: true, force: true });
}

/**
 * One person's browser, as far as the API sees it: keeps cookies between requests and sends
 * the CSRF token on writes, like the web app does.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    readonly locale = "en",
  ) {}

  async request(
    method: InjectOptions["method"],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const isWrite = method !== "GET" && method !== "HEAD";
    if (isWrite && this.csrfToken === null && this.cookies.has("accord_session"))
      await this.refreshCsrf();
    const response = await this.app.inject({
      method,
      url,
      headers: {
        "accept-language": this.locale,
        ...(this.cookies.size > 0 && { cookie: this.cookieHeader() }),
        ...(isWrite && this.csrfToken && { "x-csrf-token": this.csrfToken }),
        ...headers,
      },
      ...(body !== undefined && { payload: body as InjectOptions["payload"] }),
    });
    this.remember(response);
    return response;
  }

  get(url: string) {
    return this.request("GET", url);
  }
  post(url: string, body: unknown = {}) {
    return this.request("POST", url, body);
  }
  patch(url: string, body: unknown) {
    return this.request("PATCH", url, body);
  }
  delete(url: string) {
    return this.request("DELETE", url);
  }

  /** The same browser (cookies and CSRF token) talking to another app, over a copied database. */
  copyFor(app: FastifyInstance): TestClient {
    const copy = new TestClient(app, this.locale);
    copy.cookies = new Map(this.cookies);
    copy.csrfToken = this.csrfToken;
    return copy;
  }

  /** Fetches a CSRF token bound to the current session, as the web app does after log-in. */
  async refreshCsrf(): Promise<void> {
    const response = await this.app.inject({
      method: "GET",
      url: "/api/v1/auth/csrf",
      headers: this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {},
    });
    this.remember(response);
    this.csrfToken = response.json<{ token: string }>().token;
  }

  hasSession(): boolean {
    return this.cookies.has("accord_session");
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      // The server's clock is the test's, not the wall's: only a cleared cookie (emptied, or
      // dated at the epoch) is dropped here; the server judges whether a session has expired.
      const expired =
        cookie.value === "" || (cookie.expires && cookie.expires.getTime() <= 86_400_000);
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
      if (cookie.name === "accord_session") this.csrfToken = null;
    }
  }
}

export interface Person {
  client: TestClient;
  userId: string;
  email: string;
  name: string;
}

/** Signs a new person up and returns their logged-in client. */
export async function signUpPerson(
  app: FastifyInstance,
  name: string,
  locale = "en",
): Promise<Person> {
  const client = new TestClient(app, locale);
  const email = `${name.toLowerCase().replace(/[^a-z]/g, "")}.${Math.random().toString(36).slice(2, 8)}@example.test`;
  const response = await client.post("/api/v1/auth/signup", {
    email,
    password: "correct horse battery",
    name,
    locale,
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const me = response.json<{ user: { id: string } }>();
  return { client, userId: me.user.id, email, name };
}

/**
 * The invitation token from the newest mail kept for an address, as the invitee would click;
 * the newest still pending when there is one, since two mails of one test-clock instant tie
 * and PostgreSQL returns ties in any order.
 */
export async function invitationTokenFromMailbox(deps: AppDeps, email: string): Promise<string> {
  const mails = await deps.db
    .selectFrom("mail_outbox")
    .select(["text_body"])
    .where("to_address", "=", email)
    .orderBy("created_at", "desc")
    .execute();
  const tokens = mails.flatMap((mail) => {
    const match = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text_body);
    return match?.[1] ? [match[1]] : [];
  });
  if (tokens.length === 0) throw new Error(`no invitation link in mail to ${email}`);
  const pending = await deps.db
    .selectFrom("invitations")
    .select("token_hash")
    .where("token_hash", "in", tokens.map(hashSecret))
    .where("status", "=", "pending")
    .execute();
  const pendingHashes = new Set(pending.map((row) => row.token_hash));
  return tokens.find((token) => pendingHashes.has(hashSecret(token))) ?? tokens[0]!;
}
