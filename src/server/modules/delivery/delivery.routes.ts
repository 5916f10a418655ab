import multipart from "@fastify/multipart";
import type { FastifyPluginAsync } from "fastify";
import {
  DeliverableParams,
  DeliveryOverview,
  EngagementParams,
  EvaluateBody,
  FileParams,
  Submission,
  SubmissionParams,
  SubmitBody,
  UploadedFiles,
} from "../../../contracts/delivery";
import { MAX_FILE_BYTES, MAX_FILES_PER_UPLOAD } from "../../../domain/delivery/file-policy";
import type { AppDeps } from "../../platform/deps";
import { actorOf, attachmentDisposition, sendFailure, sendResult } from "../../platform/http";
import { fail } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { evaluate } from "./evaluate-submission";
import { getDelivery } from "./read-delivery";
import { readFile } from "./read-file";
import { submitDeliverable } from "./submit-deliverable";
import { findEngagementFor } from "../../kernel/lock-participant";
import { DELIVERY_ACCESS } from "./delivery.policy";
import { fileTooLarge, uploadFiles, type IncomingFile } from "./upload-files";

const tags = ["delivery"];

export function deliveryRoutes(deps: AppDeps): FastifyPluginAsync {
  const routes = defineRoutes((app) => {
    app.get(
      "/engagements/:id/delivery",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Deliverables and milestones of the agreement in force, with every round",
          params: EngagementParams,
          response: { 200: DeliveryOverview, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await getDelivery(deps, actorOf(request), request.params.id)),
    );
    app.post(
      "/engagements/:id/files",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: `Upload files for a submission (multipart/form-data, up to ${MAX_FILES_PER_UPLOAD} files of ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
          params: EngagementParams,
          response: { 201: UploadedFiles, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const allowed = await findEngagementFor(
          deps.db,
          actor,
          request.params.id,
          DELIVERY_ACCESS.upload,
        );
        if (!allowed.ok) return sendResult(reply, request, allowed);
        if (!request.isMultipart()) return sendResult(reply, request, fail("upload_invalid"));
        // Errors of reading the request are the uploader's; any other error is a bug (500).
        const readErrors = new Set<unknown>();
        let current = "";
        const files = (async function* (): AsyncGenerator<IncomingFile> {
          try {
            for await (const part of request.files()) {
              // Typed as a string, but undefined for a part sent with no filename at all.
              const name = (part.filename as string | undefined) ?? "";
              current = name;
              part.file.on("error", (error) => readErrors.add(error));
              yield { name, stream: part.file };
            }
          } catch (error) {
            readErrors.add(error);
            throw error;
          }
        })();
        let result;
        try {
          result = await uploadFiles(deps, actor, request.params.id, files);
        } catch (error) {
          if (!readErrors.has(error)) throw error;
          const code = (error as { code?: string }).code;
          return sendResult(
            reply,
            request,
            code === "FST_REQ_FILE_TOO_LARGE"
              ? fileTooLarge(current)
              : code === "FST_FILES_LIMIT"
                ? fail("too_many_files", { limit: MAX_FILES_PER_UPLOAD })
                : fail("upload_invalid"),
          );
        }
        return sendResult(reply, request, result, 201);
      },
    );
    app.get(
      "/engagements/:id/files/:fileId",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Download a file handed in with a submission",
          params: FileParams,
          response: ERROR_RESPONSES,
        },
      },
      async (request, reply) => {
        const result = await readFile(
          deps,
          actorOf(request),
          request.params.id,
          request.params.fileId,
        );
        if (!result.ok) return sendFailure(reply, request, result.failure);
        const { name, mediaType, sizeBytes, stream } = result.value;
        return (
          reply
            .type(mediaType)
            .header("content-length", sizeBytes)
            .header("content-disposition", attachmentDisposition(name))
            .header("x-content-type-options", "nosniff")
            // A stream goes out as it is, past the JSON serialiser; the typed reply only knows JSON.
            .send(stream as never)
        );
      },
    );
    app.post(
      "/engagements/:id/deliverables/:deliverableId/submissions",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Hand in a round of a deliverable (provider), starting the review window",
          params: DeliverableParams,
          body: SubmitBody,
          response: { 201: Submission, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await submitDeliverable(
            deps,
            actorOf(request),
            request.params.id,
            request.params.deliverableId,
            request.body,
          ),
          201,
        ),
    );
    app.post(
      "/engagements/:id/submissions/:submissionId/evaluation",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary:
            "Evaluate a submission on each agreed criterion (client); remarks outside the criteria cannot block acceptance",
          params: SubmissionParams,
          body: EvaluateBody,
          response: { 200: Submission, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await evaluate(
            deps,
            actorOf(request),
            request.params.id,
            request.params.submissionId,
            request.body,
          ),
        ),
    );
  });
  return async (app) => {
    await app.register(multipart, {
      // One byte past the limit, so the storage sees a file is too large while it streams.
      limits: { fileSize: MAX_FILE_BYTES + 1, files: MAX_FILES_PER_UPLOAD, fields: 10, parts: 20 },
    });
    await app.register(routes);
  };
}
