import type { Kysely } from "kysely";
import {
  type EngagementEvent,
  isNotifiedEvent,
  isWebhookOnlyEvent,
  type NotifiedEvent,
} from "../../../domain/ledger/event-catalogue";
import type { ChainedEvent } from "../../../domain/ledger/ledger";
import {
  type EngagementSides,
  notificationRecipients,
  notifiedOrgIds,
} from "../../../domain/notifications/notification-types";
import type { LockedEngagementRow } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { enqueueWebhookDeliveries } from "../webhooks/enqueue-webhook-deliveries";
import { isCaseStepType } from "./case-step-mail";
import {
  excerptOf,
  notificationMail,
  notificationLinksOf,
  notificationMails,
  type MailedEvent,
  type MailedMember,
} from "./notification-mail";
import { insertEvent } from "../../kernel/stored-events";
import { gatherMail } from "./notification-mail-pending.repository";
import {
  type ActiveEndpoint,
  insertEventNotified,
  insertOrgNotifications,
  listMembersToNotify,
  messageExcerpts,
} from "./notifications.repository";

/**
 * Called by `appendEvent` inside the transaction that appends `event`: writes the in-app
 * notification (once per organisation told: who sees it is read from the memberships when
 * listing) and the webhook deliveries the event causes, and its e-mails (per each user's
 * preferences). When the instance gathers e-mail over a window (`notificationMailWindowMs`),
 * the first event after a quiet spell is mailed at once and the window starts; what follows
 * within it is left to the sweeper, which writes one e-mail per person for the rest of the
 * burst (`send-gathered-mail.ts`). A moderation case's steps are always mailed at once, on
 * their own. Invariant: all of it exists exactly when the event does. It runs on every append,
 * so it reads everything it needs in a handful of queries, whatever the number of people.
 * `row` is the engagement as `appendEvent` read it under the lock (undefined: none); `held`,
 * what the caller wrote in this transaction and holds (`HeldByAppend`).
 *
 * It writes the event's own row first: on PostgreSQL, for a notified event, in the statement
 * that writes its notifications and asks the mail window (data-modifying `with`s), one round
 * trip instead of three.
 */
export async function publishEvent(
  trx: Kysely<Database>,
  deps: AppDeps,
  event: ChainedEvent<EngagementEvent>,
  row: LockedEngagementRow | undefined,
  held?: HeldByAppend,
): Promise<void> {
  const engagement = row && engagementOf(row);
  const told = isNotifiedEvent(event) && engagement ? notifiedOrgIds(event, engagement.sides) : [];
  const isWrittenWithNotices = deps.dialect === "postgres" && told.length > 0;
  if (!isWrittenWithNotices) await insertEvent(trx, event);
  if (isWebhookOnlyEvent(event)) {
    if (engagement) await enqueueWebhookDeliveries(trx, deps, event, engagement.orgIds);
    return;
  }
  if (!isNotifiedEvent(event)) return;
  const type = event.type;
  if (!engagement) return;

  const orgIds = told;
  const notification = {
    eventId: event.id,
    orgIds,
    engagementId: event.engagementId,
    type,
    payload: JSON.stringify(event.payload),
    actorUserId: event.actorUserId,
    createdAt: deps.clock.now().toISOString(),
  };
  const gathers = !isCaseStepType(type) && deps.notificationMailWindowMs > 0;
  const window = gathers
    ? {
        engagementId: event.engagementId,
        seq: event.seq,
        windowEndsAt: new Date(
          deps.clock.now().getTime() + deps.notificationMailWindowMs,
        ).toISOString(),
      }
    : null;
  let gathered: "mail-now" | "gathered" | null = null;
  let endpoints: ActiveEndpoint[] | undefined;
  if (isWrittenWithNotices) {
    ({ gathered, endpoints } = await insertEventNotified(
      trx,
      event,
      notification,
      window,
      engagement.orgIds,
    ));
  } else {
    await insertOrgNotifications(trx, notification);
    if (window) gathered = await gatherMail(trx, window);
  }

  if (isCaseStepType(type)) {
    const members = await listMembersToNotify(trx, orgIds, [type]);
    const recipients = notificationRecipients(members, event.actorUserId);
    await mailCaseStep(trx, deps, event, engagement.title, recipients);
  } else {
    // Without a window every event is mailed at once.
    if (gathered !== "gathered") {
      await mailEvents(trx, deps, event.engagementId, [event], event.hash, {
        ...engagement,
        messageBodies: held?.messageBodies,
      });
    }
  }

  await enqueueWebhookDeliveries(trx, deps, event, engagement.orgIds, endpoints);
}

/**
 * What an append's caller wrote in its transaction and holds, so the event's e-mails do not
 * read it back: a posted message's text by its id (as stored: the row was written with it).
 */
export interface HeldByAppend {
  messageBodies?: ReadonlyMap<string, string>;
}

/** A case step's e-mail to each person of the parties told of it who gets that type by e-mail. */
async function mailCaseStep(
  trx: Kysely<Database>,
  deps: AppDeps,
  event: ChainedEvent<NotifiedEvent>,
  engagementTitle: string,
  recipients: readonly MailedMember[],
): Promise<void> {
  const mailed = recipients.filter((r) => !r.mutedTypes.has(event.type));
  if (mailed.length === 0) return;
  const notified = {
    ...({ type: event.type, payload: event.payload } as NotifiedEvent),
    engagementId: event.engagementId,
    engagementTitle,
    actorName: null,
    excerpt: null,
    headHash: event.hash,
    accusedOrgName: await accusedOrgName(trx, event),
  };
  const links = notificationLinksOf(deps);
  await deps.mailer.enqueueAll(
    trx,
    mailed.map((recipient) => notificationMail(recipient, notified, links)),
  );
}

/** The organisation a moderation case is against, for the e-mails of its steps. */
async function accusedOrgName(trx: Kysely<Database>, event: NotifiedEvent): Promise<string | null> {
  const orgId =
    event.type === "moderation.case_opened" ||
    event.type === "moderation.case_decided" ||
    event.type === "moderation.appeal_decided"
      ? event.payload.accusedOrgId
      : undefined;
  if (!orgId) return null;
  const org = await trx
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", orgId)
    .executeTakeFirst();
  return org?.name ?? null;
}

/**
 * Writes to the outbox the e-mails telling the engagement's members of `events` (one per
 * person, `notificationMails`), the ledger's head being `headHash`. `known` is what the caller
 * already read or wrote (the messages' texts among `messageBodies` are not read again).
 * Returns the number of e-mails.
 */
export async function mailEvents(
  trx: Kysely<Database>,
  deps: AppDeps,
  engagementId: string,
  events: readonly ChainedEvent<NotifiedEvent>[],
  headHash: string,
  known?: {
    title: string;
    orgIds: string[];
    sides: EngagementSides;
    members?: MailedMember[];
    messageBodies?: ReadonlyMap<string, string> | undefined;
  },
): Promise<number> {
  // A case step went out at once, worded for the reader's party (`mailCaseStep`).
  const told = events.filter((event) => !isCaseStepType(event.type));
  if (told.length === 0) return 0;
  const engagement = known ?? (await readEngagement(trx, engagementId));
  if (!engagement) return 0;
  const members =
    known?.members ??
    (await listMembersToNotify(trx, engagement.orgIds, [...new Set(told.map((e) => e.type))]));
  const mails = notificationMails(
    members,
    await mailedEvents(trx, told, engagement.sides, members, known?.messageBodies),
    { id: engagementId, title: engagement.title, headHash },
    notificationLinksOf(deps),
  );
  if (mails.length > 0) await deps.mailer.enqueueAll(trx, mails);
  return mails.length;
}

/**
 * The events with the organisations told of each, their actors' names and their messages'
 * starts, read in a query or two.
 */
async function mailedEvents(
  trx: Kysely<Database>,
  events: readonly ChainedEvent<NotifiedEvent>[],
  sides: EngagementSides,
  members: readonly { userId: string; name: string }[],
  messageBodies: ReadonlyMap<string, string> = new Map(),
): Promise<MailedEvent[]> {
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const unknown = events.flatMap((e) =>
    e.actorUserId && !names.has(e.actorUserId) ? [e.actorUserId] : [],
  );
  if (unknown.length > 0) {
    const users = await trx
      .selectFrom("users")
      .select(["id", "name"])
      .where("id", "in", [...new Set(unknown)])
      .execute();
    for (const user of users) names.set(user.id, user.name);
  }
  const messageIds = events.flatMap((e) =>
    e.type === "message.posted" ? [e.payload.messageId] : [],
  );
  const excerpts = await messageExcerpts(
    trx,
    messageIds.filter((id) => !messageBodies.has(id)),
  );
  for (const id of messageIds) {
    const body = messageBodies.get(id);
    if (body !== undefined) excerpts.set(id, excerptOf(body));
  }
  return events.map((event) => ({
    ...({ type: event.type, payload: event.payload } as NotifiedEvent),
    toldOrgIds: notifiedOrgIds(event, sides),
    actorUserId: event.actorUserId,
    actorName: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null,
    occurredAt: event.occurredAt,
    excerpt:
      event.type === "message.posted" ? (excerpts.get(event.payload.messageId) ?? null) : null,
  }));
}

async function readEngagement(
  trx: Kysely<Database>,
  engagementId: string,
): Promise<ToldEngagement | undefined> {
  const row = await trx
    .selectFrom("engagements")
    .select(["title", "client_org_id", "provider_org_id"])
    .where("id", "=", engagementId)
    .executeTakeFirst();
  return row && engagementOf(row);
}

interface ToldEngagement {
  title: string;
  orgIds: string[];
  sides: EngagementSides;
}

/** The engagement's title and the organisations of its sides; undefined when it has neither side. */
function engagementOf(
  row: Pick<LockedEngagementRow, "title" | "client_org_id" | "provider_org_id">,
): ToldEngagement | undefined {
  const orgIds = [row.client_org_id, row.provider_org_id].filter((id): id is string => id !== null);
  const sides = { client: row.client_org_id, provider: row.provider_org_id };
  return orgIds.length > 0 ? { title: row.title, orgIds, sides } : undefined;
}
