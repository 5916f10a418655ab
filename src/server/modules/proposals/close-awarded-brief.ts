import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { notSelectedMail } from "./not-selected-mail";

/** Sent proposals a closed brief leaves unanswered: they were not selected. */
const OPEN_SENT_STATES = ["submitted", "revision_requested"] as const;

/**
 * Part of accepting a proposal, in its transaction: the brief records that it was awarded and,
 * unless the client keeps it open for more providers, closes; every other sent proposal then
 * becomes `not_selected` and each of its provider's owners and members is told, politely and
 * in their own language, through the mail outbox. Drafts stay their writers' own (a closed
 * brief takes no more proposals). Returns the ids of the proposals not selected.
 */
export async function closeAwardedBrief(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, "mailer" | "publicUrl">,
  input: {
    briefId: string;
    acceptedProposalId: string;
    keepBriefOpen: boolean;
    briefTitle: string;
    clientName: string;
    at: string;
  },
): Promise<string[]> {
  // The first award is the one on record; a brief kept open may award again later.
  await trx
    .updateTable("briefs")
    .set({ awarded_at: input.at })
    .where("id", "=", input.briefId)
    .where("awarded_at", "is", null)
    .execute();
  await trx
    .updateTable("briefs")
    .set({ updated_at: input.at, ...(!input.keepBriefOpen && { status: "closed" as const }) })
    .where("id", "=", input.briefId)
    .execute();
  if (input.keepBriefOpen) return [];

  const others = await trx
    .selectFrom("proposals as p")
    .innerJoin("organisations as o", "o.id", "p.provider_org_id")
    .select(["p.id", "p.provider_org_id", "o.name as provider_name"])
    .where("p.brief_id", "=", input.briefId)
    .where("p.id", "!=", input.acceptedProposalId)
    .where("p.status", "in", [...OPEN_SENT_STATES])
    .orderBy("p.id")
    .execute();
  if (others.length === 0) return [];
  await trx
    .updateTable("proposals")
    .set({ status: "not_selected", updated_at: input.at })
    .where(
      "id",
      "in",
      others.map((o) => o.id),
    )
    .where("status", "in", [...OPEN_SENT_STATES])
    .execute();

  const people = await trx
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["m.org_id", "u.name", "u.email", "u.locale"])
    .where("m.org_id", "in", [...new Set(others.map((o) => o.provider_org_id))])
    .where("m.role", "in", ["owner", "member"])
    .orderBy("m.created_at")
    .orderBy("m.user_id")
    .execute();
  for (const proposal of others) {
    for (const person of people.filter((p) => p.org_id === proposal.provider_org_id)) {
      await deps.mailer.enqueue(
        trx,
        notSelectedMail(
          person,
          {
            proposalId: proposal.id,
            briefTitle: input.briefTitle,
            clientName: input.clientName,
            providerName: proposal.provider_name,
          },
          deps.publicUrl,
        ),
      );
    }
  }
  return others.map((o) => o.id);
}
