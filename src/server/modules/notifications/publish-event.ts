import type { Kysely } from "kysely";
import {
  type EngagementEvent,
  isNotifiedEvent,
  isWebhookOnlyEvent,
  type NotifiedEvent,
} from "../../../domain/ledger/event-catalogue";
import type { ChainedEvent } from "../../../domain/ledger/ledger";
import {
  notificationRecipients,
  notifiedOrgIds,
} from "../../../domain/notifications/notification-types";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { enqueueWebhookDeliveries } from "../webhooks/enqueue-webhook-deliveries";
import { excerptOf, notificationMail } from "./notification-mail";
import { insertNotifications, listMembersToNotify } from "./notifications.repository";

/**
 * Called by `appendEvent` inside the transaction that appends `event`: writes the in-app
 * notifications, the e-mails (per each user's preferences) and the webhook deliveries the
 * event causes. Invariant: they exist exactly when the event does. It runs on every append,
 * so it reads everything it needs in a handful of queries, whatever the number of people.
 */
export async function publishEvent(
  trx: Kysely<Database>,
  deps: AppDeps,
  event: ChainedEvent<EngagementEvent>,
): Promise<void> {
  if (isWebhookOnlyEvent(event)) {
    const orgIds = await engagementOrgIds(trx, event.engagementId);
    if (orgIds.length > 0) await enqueueWebhookDeliveries(trx, deps, event, orgIds);
    return;
  }
  if (!isNotifiedEvent(event)) return;
  const type = event.type;
  const engagement = await trx
    .selectFrom("engagements")
    .select(["title", "client_org_id", "provider_org_id"])
    .where("id", "=", event.engagementId)
    .executeTakeFirst();
  if (!engagement) return;
  const orgIds = [engagement.client_org_id, engagement.provider_org_id].filter(
    (id): id is string => id !== null,
  );
  if (orgIds.length === 0) return;

  const members = await listMembersToNotify(trx, notifiedOrgIds(event, orgIds), type);
  const recipients = notificationRecipients(members, event.actorUserId);
  const now = deps.clock.now().toISOString();
  await insertNotifications(
    trx,
    recipients.map((recipient) => ({
      id: deps.ids.newId(),
      user_id: recipient.userId,
      engagement_id: event.engagementId,
      event_id: event.id,
      type,
      payload: JSON.stringify(event.payload),
      created_at: now,
      read_at: null,
    })),
  );

  const mailed = recipients.filter(
    (r) => r.is_email_enabled === null || Number(r.is_email_enabled) === 1,
  );
  if (mailed.length > 0) {
    const notified = {
      ...eventOf(event),
      engagementId: event.engagementId,
      engagementTitle: engagement.title,
      actorName: await actorName(trx, event.actorUserId, members),
      excerpt:
        event.type === "message.posted" ? await messageExcerpt(trx, event.payload.messageId) : null,
      headHash: event.hash,
      accusedOrgName: await accusedOrgName(trx, event),
    };
    await deps.mailer.enqueueAll(
      trx,
      mailed.map((recipient) => notificationMail(recipient, notified, deps.publicUrl)),
    );
  }

  await enqueueWebhookDeliveries(trx, deps, event, orgIds);
}

/** The organisations of an engagement's two sides, for events only webhooks hear of. */
async function engagementOrgIds(trx: Kysely<Database>, engagementId: string): Promise<string[]> {
  const engagement = await trx
    .selectFrom("engagements")
    .select(["client_org_id", "provider_org_id"])
    .where("id", "=", engagementId)
    .executeTakeFirst();
  return [engagement?.client_org_id, engagement?.provider_org_id].filter(
    (id): id is string => typeof id === "string",
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

/** The actor is nearly always among the members already read; else one lookup. */
async function actorName(
  trx: Kysely<Database>,
  actorUserId: string | null,
  members: readonly { userId: string; name: string }[],
): Promise<string | null> {
  if (!actorUserId) return null;
  const member = members.find((m) => m.userId === actorUserId);
  if (member) return member.name;
  const user = await trx
    .selectFrom("users")
    .select("name")
    .where("id", "=", actorUserId)
    .executeTakeFirst();
  return user?.name ?? null;
}

/** The type and payload alone, as the mail words them. */
function eventOf(event: NotifiedEvent): NotifiedEvent {
  return { type: event.type, payload: event.payload } as NotifiedEvent;
}

async function messageExcerpt(trx: Kysely<Database>, messageId: string): Promise<string | null> {
  const message = await trx
    .selectFrom("messages")
    .select("body")
    .where("id", "=", messageId)
    .executeTakeFirst();
  return message ? excerptOf(message.body) : null;
}
