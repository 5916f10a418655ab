import { useMutation } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { UploadedFiles } from "../../../shared/api/types";
import { engagementPath } from "./get-delivery";

/** Uploads files for a submission; they stay unattached until the submission names them. */
export function useUploadFiles(engagementId: string) {
  return useMutation({
    mutationFn: (files: readonly File[]) => {
      const form = new FormData();
      for (const file of files) form.append("files", file, file.name);
      return api.upload<UploadedFiles>(`${engagementPath(engagementId)}/files`, form);
    },
  });
}
