import { lookup } from "node:dns/promises";
import pino, { type Logger } from "pino";
import type { DatabaseHandle } from "../db/connect";
import { systemClock, type Clock } from "./clock";
import type { AppDeps, WebhookPolicy } from "./deps";
import { localDiskStorage } from "./file-storage";
import { randomIds, type IdGenerator } from "./ids";
import { createMailer } from "./mailer";
import { argon2idHasher, type PasswordHasher } from "./passwords";
import { TestClock } from "./test-clock";

/** Wires the real parts around an open database; tests override any of them. */
export function createDeps(
  handle: DatabaseHandle,
  options: {
    publicUrl: string;
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
  },
): AppDeps {
  const logger = options.logger ?? pino({ level: "silent" });
  const baseClock = options.clock ?? systemClock;
  const testClock = options.testClock
    ? new TestClock(handle.db, baseClock, options.testClockRefreshMs)
    : null;
  const clock = testClock ?? baseClock;
  const ids = options.ids ?? randomIds;
  return {
    db: handle.db,
    dialect: handle.dialect,
    clock,
    testClock,
    ids,
    passwords: options.passwords ?? argon2idHasher(),
    logger,
    publicUrl: options.publicUrl.replace(/\/+$/, ""),
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
  };
}

/** Every address of a name, as the operating system's resolver answers it. */
const systemLookup: WebhookPolicy["lookup"] = (hostname) =>
  lookup(hostname, { all: true, verbatim: true });
