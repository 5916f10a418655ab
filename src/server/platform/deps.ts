import type { Kysely } from "kysely";
import type { LookupAddress } from "node:dns";
import type { Logger } from "pino";
import type { DialectName } from "../db/connect";
import type { Database } from "../db/schema";
import type { EngagementEvent } from "../../domain/ledger/event-catalogue";
import type { ChainedEvent } from "../../domain/ledger/ledger";
import type { Clock } from "./clock";
import type { IdGenerator } from "./ids";
import type { FileStorage } from "./file-storage";
import type { Mailer } from "./mailer";
import type { PasswordHasher } from "./passwords";
import type { TestClock } from "./test-clock";
import type { KeptReplies } from "./kept-replies";

/** Every side effect the use-cases reach, injected so tests choose real or fake parts. */
export interface AppDeps {
  db: Kysely<Database>;
  /**
   * For standalone statements only (no transaction): on PostgreSQL they may share a busy
   * connection, pipelined, instead of waiting for a free one (`sharingPool`); else `db`.
   */
  sharedReads: Kysely<Database>;
  dialect: DialectName;
  clock: Clock;
  /** The same clock when the instance runs a test clock (ACCORD_TEST_CLOCK=true), else null. */
  testClock: TestClock | null;
  ids: IdGenerator;
  passwords: PasswordHasher;
  mailer: Mailer;
  logger: Logger;
  /**
   * How long an engagement's notified events are gathered into one e-mail per person, from the
   * first of a burst; 0 writes each event's e-mails with it.
   */
  notificationMailWindowMs: number;
  /** How long the sweeper keeps mail and in-app notifications (`sweep-retention.ts`). */
  retention: RetentionPolicy;
  /** Base URL for links in e-mails, without a trailing slash. */
  publicUrl: string;
  /**
   * The instance's signing key, the same for every process of it: CSRF tokens and the one-click
   * unsubscribe links of notification e-mail (`list-unsubscribe.ts`).
   */
  signingSecret: string;
  files: FileStorage;
  webhooks: WebhookPolicy;
  /**
   * What follows every appended event inside its transaction (health's refresh), composed in
   * create-deps so the ledger does not depend on the parts that react to it.
   */
  afterAppend: readonly EventReaction[];
  /**
   * The engagement list's first pages kept in this process (`list-reply-key.ts`), or null where
   * nothing is kept. Per process; what keeps them right is the list versions in the database.
   */
  listReplies: KeptReplies | null;
}

/** Days kept before the sweeper removes them; the ledger is never removed. */
export interface RetentionPolicy {
  /** Sent mail (and mail given up on, and the outbox's mailbox), from when it was written. */
  mailDays: number;
  /** In-app notifications, read or not, and read receipts. */
  notificationDays: number;
}

export type EventReaction = (
  trx: Kysely<Database>,
  deps: AppDeps,
  event: ChainedEvent<EngagementEvent>,
) => Promise<void>;

export interface WebhookPolicy {
  /**
   * Plain-HTTP endpoints on the loopback interface, for local development and tests; every
   * other endpoint must be HTTPS.
   */
  allowsLoopbackHttp: boolean;
  /**
   * Every address a host name resolves to (`dns.lookup` with `all: true` in production);
   * tests inject their own, so no test asks real DNS.
   */
  lookup: (hostname: string) => Promise<LookupAddress[]>;
}
