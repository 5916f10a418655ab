import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { UpsertCategoryBody, UpsertSkillBody } from "../../../shared/api/types";

export function saveCategory(id: string, body: UpsertCategoryBody): Promise<{ ok: true }> {
  return api.put(`/taxonomy/categories/${encodeURIComponent(id)}`, body);
}

export function saveSkill(id: string, body: UpsertSkillBody): Promise<{ ok: true }> {
  return api.put(`/taxonomy/skills/${encodeURIComponent(id)}`, body);
}

/** Adds or renames a category (moderators only). */
export function useSaveCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpsertCategoryBody }) => saveCategory(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["taxonomy"] }),
  });
}

/** Adds, renames or moves a skill (moderators only). */
export function useSaveSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpsertSkillBody }) => saveSkill(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["taxonomy"] }),
  });
}
