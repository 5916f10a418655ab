import type { z } from "zod";
import type { Onboarding } from "../../../contracts/home";
import { onboardingSteps } from "../../../domain/onboarding/onboarding";
import { decideOrgAction } from "../../kernel/org-access";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findOrgKind, readOnboardingFacts } from "./onboarding.repository";

/** The organisation's first steps, each ticked from its real data; any member may read it. */
export async function getOnboarding(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<z.infer<typeof Onboarding>>> {
  const decision = decideOrgAction(actor, orgId, "view");
  if (decision !== "allowed") return fail(decision);
  const org = await findOrgKind(deps.db, orgId);
  if (!org) return fail("not_found");
  const steps = onboardingSteps(org.kind, await readOnboardingFacts(deps.db, orgId));
  return ok({ orgId, kind: org.kind, steps, isComplete: steps.every((s) => s.isDone) });
}
