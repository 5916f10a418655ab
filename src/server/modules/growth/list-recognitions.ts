import type { z } from "zod";
import type { PublicRecognitions, RecognitionList } from "../../../contracts/growth";
import { recognitionSignal } from "../../../domain/health/recognition-signal";
import { abilitiesOf } from "../../kernel/access";
import { findEngagementFor } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { GROWTH_ACCESS } from "./growth.policy";
import {
  presentPublicRecognition,
  presentRecognition,
  publishedAtOf,
  type SubjectTitles,
} from "./recognition.presenter";
import { subjectTitlesOf } from "./recognition-subjects";
import { listPublishedFor, listRecognitions } from "./recognitions.repository";

/** Every recognition of an engagement, both ways, as its two sides read them. */
export async function listEngagementRecognitions(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<z.infer<typeof RecognitionList>>> {
  const found = await findEngagementFor(deps.db, actor, engagementId, GROWTH_ACCESS.view);
  if (!found.ok) return found;
  const abilities = abilitiesOf(actor, found.value.engagement, GROWTH_ACCESS);
  const titles = await subjectTitlesOf(deps.db, engagementId);
  const rows = await listRecognitions(deps.db, engagementId);
  const reader = { side: found.value.side, mayAnswer: abilities.answerRecognition };
  return ok({
    recognitions: rows.map((row) => presentRecognition(row, titles, reader)),
    abilities: { recognise: abilities.recognise, answerRecognition: abilities.answerRecognition },
  });
}

const PUBLIC_LIMIT = 50;

/**
 * What an organisation's profile and scorecard show of the recognition it received: only what
 * it consented to (published), and the health model's small positive signal from it.
 */
export async function listOrganisationRecognitions(
  deps: AppDeps,
  orgId: string,
): Promise<Result<z.infer<typeof PublicRecognitions>>> {
  const org = await deps.db
    .selectFrom("organisations")
    .select("id")
    .where("id", "=", orgId)
    .executeTakeFirst();
  if (!org) return fail("not_found");
  const rows = await listPublishedFor(deps.db, orgId, PUBLIC_LIMIT);
  const titlesByEngagement = new Map<string, SubjectTitles>();
  for (const engagementId of new Set(rows.map((r) => r.engagement_id))) {
    titlesByEngagement.set(engagementId, await subjectTitlesOf(deps.db, engagementId));
  }
  return ok({
    orgId,
    recognitions: rows.map((row) =>
      presentPublicRecognition(
        row,
        titlesByEngagement.get(row.engagement_id) ?? new Map<string, string>(),
      ),
    ),
    signal: recognitionSignal(rows.map(publishedAtOf), deps.clock.now()),
  });
}
