import { OkResponse } from "../../../contracts/common";
import {
  Taxonomy,
  TaxonomyItemParams,
  UpsertCategoryBody,
  UpsertSkillBody,
} from "../../../contracts/profiles";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { mapResult } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getTaxonomy, saveCategory, saveSkill } from "./taxonomy";

const tags = ["taxonomy"];

export function taxonomyRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/taxonomy",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "Service categories and skills, named in five languages",
          response: { 200: Taxonomy, ...ERROR_RESPONSES },
        },
      },
      () => getTaxonomy(deps),
    );
    app.put(
      "/taxonomy/categories/:id",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Add or rename a category (moderators)",
          params: TaxonomyItemParams,
          body: UpsertCategoryBody,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await saveCategory(deps, actorOf(request), request.params.id, request.body);
        return sendResult(
          reply,
          request,
          mapResult(result, () => ({ ok: true as const })),
        );
      },
    );
    app.put(
      "/taxonomy/skills/:id",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Add, rename or move a skill (moderators)",
          params: TaxonomyItemParams,
          body: UpsertSkillBody,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await saveSkill(deps, actorOf(request), request.params.id, request.body);
        return sendResult(
          reply,
          request,
          mapResult(result, () => ({ ok: true as const })),
        );
      },
    );
  });
}
