import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ReminderSchedule, ReminderScheduleBody } from "../../../contracts/billing";
import { checkReminderSchedule, DEFAULT_REMINDER_OFFSETS } from "../../../domain/billing/reminders";
import type { MessageKey } from "../../../i18n/messages/en";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findOrganisation } from "../orgs/orgs.repository";
import { decideOrgAction, ORG_ACTION_KINDS } from "../../kernel/org-access";
import { findReminderSchedule, saveReminderSchedule } from "./reminders.repository";

/** The provider's reminder days, or the default when it never chose. */
export async function reminderOffsetsOf(
  db: Kysely<Database>,
  providerOrgId: string,
): Promise<number[]> {
  const row = await findReminderSchedule(db, providerOrgId);
  return row ? (JSON.parse(row.offsets) as number[]) : [...DEFAULT_REMINDER_OFFSETS];
}

type Schedule = z.infer<typeof ReminderSchedule>;

async function providerOrg(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  action: "view" | "manageReminders",
): Promise<Result<null>> {
  const decided = decideOrgAction(actor, orgId, action);
  if (decided !== "allowed") return fail(decided);
  const org = await findOrganisation(deps.db, orgId);
  if (!org) return fail("not_found");
  if (!ORG_ACTION_KINDS.manageReminders?.includes(org.kind))
    return fail("organisation_kind_wrong", { kind: "provider" });
  return ok(null);
}

/** A provider organisation's reminder schedule, for its people to read. */
export async function getReminderSchedule(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<Schedule>> {
  const allowed = await providerOrg(deps, actor, orgId, "view");
  if (!allowed.ok) return allowed;
  const row = await findReminderSchedule(deps.db, orgId);
  return ok({
    orgId,
    offsets: row ? (JSON.parse(row.offsets) as number[]) : [...DEFAULT_REMINDER_OFFSETS],
    isDefault: !row,
    updatedAt: row?.updated_at ?? null,
  });
}

/**
 * A provider's owners choose when reminders go out, in days from the due date. The schedule
 * applies to invoices issued from now on; those already issued keep the reminders planned then.
 */
export async function updateReminderSchedule(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  body: z.infer<typeof ReminderScheduleBody>,
): Promise<Result<Schedule>> {
  const allowed = await providerOrg(deps, actor, orgId, "manageReminders");
  if (!allowed.ok) return allowed;
  const findings = checkReminderSchedule(body.offsets);
  if (findings.length > 0) {
    return fail(
      "validation_failed",
      undefined,
      findings.map((f) => ({
        path: f.path,
        key: `billing.reminders.${f.code}` as MessageKey,
        ...(f.values && { values: f.values }),
      })),
    );
  }
  const offsets = [...body.offsets].sort((a, b) => a - b);
  const at = deps.clock.now().toISOString();
  await saveReminderSchedule(deps.db, {
    providerOrgId: orgId,
    offsets,
    updatedBy: actor.userId,
    at,
  });
  return ok({ orgId, offsets, isDefault: false, updatedAt: at });
}
