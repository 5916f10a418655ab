import { lookup } from "node:dns/promises";
import pino, { type Logger } from "pino";
import type { DatabaseHandle } from "./db/connect";
import { systemClock, type Clock } from "./platform/clock";
import {
  DEFAULT_MAIL_RETENTION_DAYS,
  DEFAULT_NOTIFICATION_RETENTION_DAYS,
} from "./platform/config";
import type { AppDeps, RetentionPolicy, WebhookPolicy } from "./platform/deps";
import { localDiskStorage } from "./platform/file-storage";
import { timeOrderedIds, type IdGenerator } from "./platform/ids";
import { createMailer } from "./platform/mailer";
import { argon2idHasher, type PasswordHasher } from "./platform/passwords";
import { TestClock } from "./platform/test-clock";
import { refreshHealthAfterEvent } from "./modules/relationship-health/refresh-engagement-health";
import { refreshSummaryAfterEvent } from "./modules/engagements/refresh-summary-facts";
import { KeptReplies } from "./platform/kept-replies";

/**
 * Wires the real parts around an open database, and the reactions that follow each ledger
 * event; tests override any part.
 */
export function createDeps(
  handle: DatabaseHandle,
  options: {
    publicUrl: string;
    /** The instance's signing key (`loadInstanceSecret`). */
    signingSecret: string;
    mail: string;
    mailFrom?: string;
    logger?: Logger;
    clock?: Clock;
    ids?: IdGenerator;
    passwords?: PasswordHasher;
    /** Where uploaded files are kept on local disk. */
    filesDirectory?: string;
    allowsLoopbackWebhooks?: boolean;
    /**
     * Run a test clock: `clock` (real time by default) plus the offset kept in the database.
     * `testClockRefreshMs` is how long an offset read is trusted (tests use 0).
     */
    testClock?: boolean;
    testClockRefreshMs?: number;
    /** How webhook hosts are resolved; the system resolver unless a test injects one. */
    webhookLookup?: WebhookPolicy["lookup"];
    /** Notification e-mail gathered per engagement over this window; 0 (the default) at once. */
    notificationMailWindowMs?: number;
    /** How long the sweeper keeps mail and notifications; the configuration's defaults if unset. */
    retention?: RetentionPolicy;
    /** Keep the engagement list's first pages in this process (on unless set false). */
    keepsListReplies?: boolean;
  },
): AppDeps {
  const logger = options.logger ?? pino({ level: "silent" });
  const baseClock = options.clock ?? systemClock;
  const testClock = options.testClock
    ? new TestClock(handle.db, baseClock, options.testClockRefreshMs)
    : null;
  const clock = testClock ?? baseClock;
  const ids = options.ids ?? timeOrderedIds;
  return {
    db: handle.db,
    sharedReads: handle.sharedReads ?? handle.db,
    dialect: handle.dialect,
    clock,
    testClock,
    ids,
    passwords: options.passwords ?? argon2idHasher(),
    logger,
    publicUrl: options.publicUrl.replace(/\/+$/, ""),
    signingSecret: options.signingSecret,
    notificationMailWindowMs: options.notificationMailWindowMs ?? 0,
    retention: options.retention ?? {
      mailDays: DEFAULT_MAIL_RETENTION_DAYS,
      notificationDays: DEFAULT_NOTIFICATION_RETENTION_DAYS,
    },
    files: localDiskStorage(options.filesDirectory ?? "./data/files"),
    webhooks: {
      allowsLoopbackHttp: options.allowsLoopbackWebhooks ?? false,
      lookup: options.webhookLookup ?? systemLookup,
    },
    mailer: createMailer({
      db: handle.db,
      transport: options.mail,
      from: options.mailFrom ?? "Accord <no-reply@accord.localhost>",
      clock,
      ids,
      logger,
    }),
    afterAppend: [refreshSummaryAfterEvent, refreshHealthAfterEvent],
    listReplies: options.keepsListReplies === false ? null : new KeptReplies(LIST_REPLY_LIMITS),
  };
}

/** A first page of 50 is about 40 KB: some 800 of them at most, each reader's own. */
const LIST_REPLY_LIMITS = { maxEntries: 4_096, maxBytes: 32 * 1024 * 1024 };

/** Every address of a name, as the operating system's resolver answers it. */
const systemLookup: WebhookPolicy["lookup"] = (hostname) =>
  lookup(hostname, { all: true, verbatim: true });
