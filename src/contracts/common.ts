import { z } from "zod";
import { LOCALES } from "../i18n/locales";

export const Id = z.string().min(1).max(64);
export const Timestamp = z.string().meta({ description: "ISO-8601 UTC timestamp" });
export const LocaleCode = z.enum(LOCALES);
export const Email = z.email().max(254);
export const OrgKind = z.enum(["client", "provider"]);
export const Role = z.enum(["owner", "member", "viewer"]);
export type Role = z.infer<typeof Role>;
export type OrgKind = z.infer<typeof OrgKind>;

export const OrgRef = z.object({ id: Id, name: z.string(), kind: OrgKind });

export const OkResponse = z.object({ ok: z.literal(true) });
