import type { FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { buildApp } from "./app";
import { openDatabase } from "./db/connect";
import { migrateToLatest } from "./db/migrate";
import { isDatabaseEmpty, seedDemo, type DemoLogin } from "./demo/seed-demo";
import { createDeps } from "./create-deps";
import { startSweeper } from "./sweeper";
import { currentProviderMarket } from "./modules/profiles/provider-market";
import { loadScreening } from "./modules/screening/screen-before-send";
import type { AppDeps, RetentionPolicy, WebhookPolicy } from "./platform/deps";
import { loadInstanceSecret } from "./platform/instance-secret";
import type { MetricsAccess } from "./platform/metrics";
import { DEFAULT_NOTIFICATION_MAIL_WINDOW_SECONDS } from "./platform/config";
import { ensureDefaultTaxonomy } from "./modules/taxonomy/taxonomy";
import type { PasswordHasher } from "./platform/passwords";
import type { LoginThrottlePolicy } from "../domain/auth/login-throttle";

/** The built web app, next to the sources: dist/web at the package root. */
export const WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));
/** How often due work (deemed acceptance, e-mail, webhooks) is looked for. */
const SWEEP_MS = 15_000;
/** Under a test clock, an advance made elsewhere (the CLI, another process) shows within seconds. */
const TEST_CLOCK_SWEEP_MS = 2_000;
const SHUTDOWN_GRACE_MS = 3_000;
/**
 * How long after turning ready the warm-up (the matching market, the screening rules) waits.
 * Started at once, its first pages and the rules' parsing (0.2–0.3 s of CPU in one stretch)
 * ran before the readiness probe's first 200 and the first requests of a new instance. A brief
 * matched or a text sent before the warm-up loads what it needs itself, as it always could.
 */
export const WARM_UP_DELAY_MS = 1_000;

export interface StartOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  /** `outbox` keeps mail for the demo mailbox; an `smtp://` URL sends it. */
  mail?: string;
  mailFrom?: string;
  /** Notification e-mail gathered per engagement over this window (ACCORD_NOTIFICATION_MAIL_WINDOW_SECONDS). */
  notificationMailWindowSeconds?: number;
  /** Days the sweeper keeps mail and notifications (ACCORD_*_RETENTION_DAYS); defaults if unset. */
  retention?: RetentionPolicy;
  /** Seed the demo instance when the database has no users yet. */
  seedDemo?: boolean;
  publicUrl?: string;
  logLevel?: string;
  passwords?: PasswordHasher;
  poolSize?: number;
  trustProxy?: boolean;
  filesDirectory?: string;
  allowsLoopbackWebhooks?: boolean;
  /** How webhook hosts resolve; the system resolver unless a test names its own. */
  webhookLookup?: WebhookPolicy["lookup"];
  /** Real time plus an offset operators advance (ACCORD_TEST_CLOCK=true); never in production. */
  testClock?: boolean;
  /** Keep the engagement list's first pages in the process (ACCORD_LIST_REPLY_CACHE); on by default. */
  keepsListReplies?: boolean;
  loginAttemptsPerMinute?: number;
  signupsPerHour?: number;
  unsubscribesPerMinute?: number;
  passwordResetsPerHour?: number;
  metricsAccess?: MetricsAccess;
  loginThrottle?: LoginThrottlePolicy;
  /** Milliseconds from ready to the warm-up; `WARM_UP_DELAY_MS` unless a test names its own. */
  warmUpDelayMs?: number;
}

export interface RunningAccord {
  url: string;
  app: FastifyInstance;
  deps: AppDeps;
  demoLogins: DemoLogin[];
  /** Settles once the warm-up has loaded the market and the screening rules (or failed to), or on close. */
  warmedUp: Promise<void>;
  close(): Promise<void>;
}

/** Opens and migrates the database, seeds the demo if asked, and listens. */
export async function startAccord(options: StartOptions): Promise<RunningAccord> {
  const logger = pino({ level: options.logLevel ?? "info" });
  const handle = openDatabase(options.databaseUrl, { poolSize: options.poolSize });
  await migrateToLatest(handle.db);
  await ensureDefaultTaxonomy(handle);
  const host = options.host ?? "127.0.0.1";
  // The public URL depends on the port actually bound when port 0 asks for any free one.
  let publicUrl = options.publicUrl ?? "";
  const deps = createDeps(handle, {
    publicUrl: "http://placeholder",
    signingSecret: await loadInstanceSecret(handle.db),
    mail: options.mail ?? "outbox",
    ...(options.mailFrom && { mailFrom: options.mailFrom }),
    logger,
    ...(options.passwords && { passwords: options.passwords }),
    ...(options.filesDirectory && { filesDirectory: options.filesDirectory }),
    allowsLoopbackWebhooks: options.allowsLoopbackWebhooks ?? false,
    ...(options.webhookLookup && { webhookLookup: options.webhookLookup }),
    testClock: options.testClock ?? false,
    ...(options.keepsListReplies === false && { keepsListReplies: false }),
    notificationMailWindowMs:
      (options.notificationMailWindowSeconds ?? DEFAULT_NOTIFICATION_MAIL_WINDOW_SECONDS) * 1000,
    ...(options.retention && { retention: options.retention }),
  });
  await deps.testClock?.refresh(true);
  // Listening before the seed lets the public URL carry the bound port; /readyz waits for both.
  let isReady = false;
  const app = await buildApp(deps, {
    readiness: { isReady: () => isReady },
    webRoot: existsSync(WEB_ROOT) ? WEB_ROOT : null,
    trustProxy: options.trustProxy ?? false,
    ...(options.loginAttemptsPerMinute && {
      loginAttemptsPerMinute: options.loginAttemptsPerMinute,
    }),
    ...(options.signupsPerHour && { signupsPerHour: options.signupsPerHour }),
    ...(options.unsubscribesPerMinute && {
      unsubscribesPerMinute: options.unsubscribesPerMinute,
    }),
    ...(options.passwordResetsPerHour && {
      passwordResetsPerHour: options.passwordResetsPerHour,
    }),
    ...(options.metricsAccess && { metricsAccess: options.metricsAccess }),
    ...(options.loginThrottle && { loginThrottle: options.loginThrottle }),
  });
  try {
    await app.listen({ port: options.port ?? 3000, host });
  } catch (error) {
    // A port taken or not ours to take: the caller says why; nothing is left open behind it.
    await app.close();
    await deps.mailer.close();
    await handle.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  publicUrl ||= url;
  deps.publicUrl = publicUrl.replace(/\/+$/, "");

  const demoLogins = options.seedDemo && (await isDatabaseEmpty(deps)) ? await seedDemo(deps) : [];
  isReady = true;
  const sweeper = startSweeper(deps, deps.testClock ? TEST_CLOCK_SWEEP_MS : SWEEP_MS);
  const warmUp = scheduleWarmUp(deps, options.warmUpDelayMs ?? WARM_UP_DELAY_MS);
  if (deps.testClock) logger.warn("test clock on: operators may move this instance's time");

  return {
    url,
    app,
    deps,
    demoLogins,
    warmedUp: warmUp.done,
    async close() {
      warmUp.cancel();
      await sweeper.stop();
      // Give requests in flight a moment, then drop connections a client keeps open (a browser's
      // keep-alive sockets would otherwise hold the shutdown forever).
      const closing = app.close();
      setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      await closing;
      await deps.mailer.close();
      await handle.close();
    },
  };
}

/**
 * Loads, in the background after `delayMs`, what the first brief matched and the first text
 * sent would otherwise wait for. Cancelled by a close before it starts; a failure only means
 * the first use loads it instead.
 */
function scheduleWarmUp(deps: AppDeps, delayMs: number): { done: Promise<void>; cancel(): void } {
  let cancel = () => {};
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      const market = currentProviderMarket(deps.db, deps.clock.now()).catch((error: unknown) =>
        deps.logger.warn(
          { err: error },
          "the matching market will load on the first match instead",
        ),
      );
      const screening = loadScreening().catch((error: unknown) =>
        deps.logger.warn({ err: error }, "screening will load on the first text sent instead"),
      );
      void Promise.all([market, screening]).then(() => resolve());
    }, delayMs);
    timer.unref();
    cancel = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { done, cancel };
}
