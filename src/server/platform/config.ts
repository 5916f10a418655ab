import { z } from "zod";
import { parseNetwork, type MetricsAccess } from "./metrics";
import type { LoginThrottlePolicy } from "../../domain/auth/login-throttle";
import type { RetentionPolicy } from "./deps";

/** A month of sent mail: enough to answer "did the e-mail go out?", not an archive of it. */
export const DEFAULT_MAIL_RETENTION_DAYS = 30;
/** Three months of notifications: the engagement's own pages keep its history for ever. */
export const DEFAULT_NOTIFICATION_RETENTION_DAYS = 90;

/** Five minutes: a conversation's burst of messages reaches each person as one e-mail. */
export const DEFAULT_NOTIFICATION_MAIL_WINDOW_SECONDS = 300;

const ConfigSchema = z.object({
  ACCORD_DATABASE_URL: z.string().default("sqlite:./data/accord.db"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  /** The address people use to reach Accord, for links in e-mails. */
  ACCORD_PUBLIC_URL: z.string().url().optional(),
  /** `outbox` keeps mail in the database (demo, shown in the app); `smtp://…` or `smtps://…` sends it. */
  ACCORD_MAIL: z.string().default("outbox"),
  ACCORD_MAIL_FROM: z.string().default("Accord <no-reply@accord.localhost>"),
  /**
   * Notification e-mails of an engagement are gathered this long from the first event of a
   * burst, then each person gets one e-mail for all of it; 0 sends one e-mail per event.
   */
  ACCORD_NOTIFICATION_MAIL_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_NOTIFICATION_MAIL_WINDOW_SECONDS),
  /** Days sent mail (and mail given up on) stays in the outbox before the sweeper removes it. */
  ACCORD_MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).default(DEFAULT_MAIL_RETENTION_DAYS),
  /** Days in-app notifications, read or not, are kept before the sweeper removes them. */
  ACCORD_NOTIFICATION_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .default(DEFAULT_NOTIFICATION_RETENTION_DAYS),
  /** Where uploaded deliverable files are kept. */
  ACCORD_FILES_DIR: z.string().default("./data/files"),
  /** Allow plain-HTTP webhooks to 127.0.0.1/localhost (development only). */
  ACCORD_WEBHOOKS_ALLOW_LOOPBACK: z.enum(["true", "false"]).default("false"),
  ACCORD_SEED_DEMO: z.enum(["auto", "never"]).default("auto"),
  /** Set behind a TLS-terminating proxy, so client addresses and https (secure cookies) are seen. */
  ACCORD_TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  /**
   * Keep the engagement list's first pages in each process, keyed by the organisations' list
   * versions (docs/PERFORMANCE.md, h-listcache); `false` works every list out afresh.
   */
  ACCORD_LIST_REPLY_CACHE: z.enum(["true", "false"]).default("true"),
  /** A clock operators move forward (`accord clock advance 15d`), for sandboxes and demos only. */
  ACCORD_TEST_CLOCK: z.enum(["true", "false"]).default("false"),
  /** Log-in attempts per minute per address and e-mail. */
  ACCORD_RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Sign-ups per hour per address. */
  ACCORD_RATE_LIMIT_SIGNUP_PER_HOUR: z.coerce.number().int().min(1).default(100),
  /** Requests per minute per address to each unsubscribe route (a mailed link's one click). */
  ACCORD_RATE_LIMIT_UNSUBSCRIBE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Password-reset requests per hour per address, known e-mails or not. */
  ACCORD_RATE_LIMIT_PASSWORD_RESET_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** A bearer token that lets a scraper read /metrics. */
  ACCORD_METRICS_TOKEN: z.string().min(16).optional(),
  /** Comma-separated addresses or CIDR ranges that may read /metrics without the token. */
  ACCORD_METRICS_ALLOW: z
    .string()
    .refine((value) => isNetworkList(value), "expected addresses or CIDR ranges, comma-separated")
    .optional(),
  /** Failed log-ins one address may make in a window, over all accounts (shared by processes). */
  ACCORD_LOGIN_ADDRESS_FAILURES: z.coerce.number().int().min(1).default(30),
  ACCORD_LOGIN_ADDRESS_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Consecutive failures that lock an account, the first lock, and the longest one. */
  ACCORD_LOGIN_ACCOUNT_FAILURES: z.coerce.number().int().min(1).default(5),
  ACCORD_LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(60),
  ACCORD_LOGIN_LOCK_MAX_SECONDS: z.coerce.number().int().min(1).default(3600),
  /**
   * PostgreSQL connections each `accord serve` process pools; unset: DEFAULT_POOL_SIZE
   * (db/connect.ts). SQLite ignores it.
   */
  ACCORD_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).optional(),
  /** `accord rescore`'s worker threads; unset: one per core the process may use (at most 4). */
  ACCORD_RESCORE_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  databaseUrl: string;
  /** PostgreSQL connections pooled per process (ACCORD_DATABASE_POOL_SIZE); undefined: the default. */
  poolSize?: number;
  /** `accord rescore`'s worker threads (ACCORD_RESCORE_WORKERS); undefined: its default. */
  rescoreWorkers?: number;
  port: number;
  host: string;
  publicUrl: string;
  mail: string;
  mailFrom: string;
  notificationMailWindowSeconds: number;
  retention: RetentionPolicy;
  seedDemo: "auto" | "never";
  filesDirectory: string;
  allowsLoopbackWebhooks: boolean;
  logLevel: string;
  trustProxy: boolean;
  testClock: boolean;
  /** Keep the engagement list's first pages per process (ACCORD_LIST_REPLY_CACHE). */
  keepsListReplies: boolean;
  loginAttemptsPerMinute: number;
  signupsPerHour: number;
  unsubscribesPerMinute: number;
  passwordResetsPerHour: number;
  metricsAccess: MetricsAccess;
  loginThrottle: LoginThrottlePolicy;
}

/** A bad value in the environment, each problem named with its variable (`PORT: …`). */
export class InvalidConfigError extends Error {
  override readonly name = "InvalidConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
  }
}

/** Reads the configuration from the environment; a bad value stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new InvalidConfigError(
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    );
  }
  const c = parsed.data;
  const displayHost = c.HOST === "0.0.0.0" ? "127.0.0.1" : c.HOST;
  return {
    databaseUrl: c.ACCORD_DATABASE_URL,
    ...(c.ACCORD_DATABASE_POOL_SIZE !== undefined && { poolSize: c.ACCORD_DATABASE_POOL_SIZE }),
    ...(c.ACCORD_RESCORE_WORKERS !== undefined && { rescoreWorkers: c.ACCORD_RESCORE_WORKERS }),
    port: c.PORT,
    host: c.HOST,
    publicUrl: c.ACCORD_PUBLIC_URL ?? `http://${displayHost}:${c.PORT}`,
    mail: c.ACCORD_MAIL,
    mailFrom: c.ACCORD_MAIL_FROM,
    notificationMailWindowSeconds: c.ACCORD_NOTIFICATION_MAIL_WINDOW_SECONDS,
    retention: {
      mailDays: c.ACCORD_MAIL_RETENTION_DAYS,
      notificationDays: c.ACCORD_NOTIFICATION_RETENTION_DAYS,
    },
    seedDemo: c.ACCORD_SEED_DEMO,
    filesDirectory: c.ACCORD_FILES_DIR,
    allowsLoopbackWebhooks: c.ACCORD_WEBHOOKS_ALLOW_LOOPBACK === "true",
    logLevel: c.LOG_LEVEL,
    trustProxy: c.ACCORD_TRUST_PROXY === "true",
    testClock: c.ACCORD_TEST_CLOCK === "true",
    keepsListReplies: c.ACCORD_LIST_REPLY_CACHE === "true",
    loginAttemptsPerMinute: c.ACCORD_RATE_LIMIT_LOGIN_PER_MINUTE,
    signupsPerHour: c.ACCORD_RATE_LIMIT_SIGNUP_PER_HOUR,
    unsubscribesPerMinute: c.ACCORD_RATE_LIMIT_UNSUBSCRIBE_PER_MINUTE,
    passwordResetsPerHour: c.ACCORD_RATE_LIMIT_PASSWORD_RESET_PER_HOUR,
    metricsAccess: {
      ...(c.ACCORD_METRICS_TOKEN && { token: c.ACCORD_METRICS_TOKEN }),
      allowedNetworks: listOf(c.ACCORD_METRICS_ALLOW ?? ""),
    },
    loginThrottle: {
      addressFailures: c.ACCORD_LOGIN_ADDRESS_FAILURES,
      addressWindowMs: c.ACCORD_LOGIN_ADDRESS_WINDOW_MINUTES * 60_000,
      accountFailures: c.ACCORD_LOGIN_ACCOUNT_FAILURES,
      accountLockMs: c.ACCORD_LOGIN_LOCK_SECONDS * 1000,
      accountLockMaxMs:
        Math.max(c.ACCORD_LOGIN_LOCK_MAX_SECONDS, c.ACCORD_LOGIN_LOCK_SECONDS) * 1000,
      accountMemoryMs: 24 * 60 * 60_000,
    },
  };
}

function listOf(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

function isNetworkList(value: string): boolean {
  try {
    listOf(value).forEach(parseNetwork);
    return true;
  } catch {
    return false;
  }
}
