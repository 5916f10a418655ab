import type { OrgKind, Role } from "../api/types";
import type { AppMessageKey } from "./messages";

/** Role and organisation-kind names come from the server catalogue, shared with the e-mails. */
export const ROLE_LABELS: Record<Role, AppMessageKey> = {
  owner: "role.owner",
  member: "role.member",
  viewer: "role.viewer",
};

export const ORG_KIND_LABELS: Record<OrgKind, AppMessageKey> = {
  client: "orgKind.client",
  provider: "orgKind.provider",
};
