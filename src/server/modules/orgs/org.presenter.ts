import type { z } from "zod";
import type { Role } from "../../../contracts/common";
import type { Member, Organisation } from "../../../contracts/orgs";
import type { OrganisationRow } from "../../db/schema";
import { orgAbilitiesOf } from "../../kernel/org-access";

export function presentOrganisation(
  org: Pick<OrganisationRow, "id" | "name" | "kind" | "created_at">,
  myRole: Role,
): z.infer<typeof Organisation> {
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    createdAt: org.created_at,
    myRole,
    abilities: orgAbilitiesOf(myRole, org.kind),
  };
}

export function presentMember(row: {
  user_id: string;
  name: string;
  email: string;
  role: Role;
  created_at: string;
}): z.infer<typeof Member> {
  return {
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role,
    joinedAt: row.created_at,
  };
}
