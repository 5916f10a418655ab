import type { BriefStatus, MatchFactor } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const BRIEF_STATUS_LABELS: Record<BriefStatus, AppMessageKey> = {
  draft: "brief.status.draft",
  published: "brief.status.published",
  closed: "brief.status.closed",
};

export const MATCH_FACTOR_LABELS: Record<MatchFactor["factor"], AppMessageKey> = {
  capability: "match.factor.capability",
  trackRecord: "match.factor.trackRecord",
  health: "match.factor.health",
  language: "match.factor.language",
  availability: "match.factor.availability",
  price: "match.factor.price",
};
