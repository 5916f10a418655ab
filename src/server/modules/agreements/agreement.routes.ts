import {
  AgreementDiff,
  AgreementOverview,
  AgreementParams,
  AgreementVersion,
  AgreementVersionParams,
  DiffQuery,
  EditDraftBody,
  SignBody,
} from "../../../contracts/agreements";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { diffAgreementVersions } from "./diff-agreement-versions";
import { editAgreementDraft } from "./edit-agreement-draft";
import { getAgreement } from "./get-agreement";
import { getAgreementVersion } from "./get-agreement-version";
import { openAmendment } from "./open-amendment";
import { signAgreement } from "./sign-agreement";

const tags = ["agreements"];

export function agreementRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/agreement",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "The agreement: the version in force, the open draft, and every version",
          params: AgreementParams,
          response: { 200: AgreementOverview, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await getAgreement(deps, actorOf(request), request.params.id)),
    );
    app.get(
      "/engagements/:id/agreement/versions/:version",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "One version, with its signatures and the fair-terms check",
          params: AgreementVersionParams,
          response: { 200: AgreementVersion, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getAgreementVersion(
            deps,
            actorOf(request),
            request.params.id,
            request.params.version,
          ),
        ),
    );
    app.put(
      "/engagements/:id/agreement/draft",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Edit the open draft; refused if it changed since `baseHash`",
          params: AgreementParams,
          body: EditDraftBody,
          response: { 200: AgreementVersion, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await editAgreementDraft(deps, actorOf(request), request.params.id, request.body),
        ),
    );
    app.post(
      "/engagements/:id/agreement/versions/:version/sign",
      {
        // A person signs for their organisation; an integration's token never does.
        config: { access: "session" },
        schema: {
          tags,
          summary: "Sign a draft for your side (owners); in force once both sides have signed",
          params: AgreementVersionParams,
          body: SignBody,
          response: { 200: AgreementVersion, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await signAgreement(
            deps,
            actorOf(request),
            request.params.id,
            request.params.version,
            request.body,
          ),
        ),
    );
    app.post(
      "/engagements/:id/agreement/amendments",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Open an amendment: a new draft copied from the version in force",
          params: AgreementParams,
          response: { 201: AgreementVersion, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await openAmendment(deps, actorOf(request), request.params.id),
          201,
        ),
    );
    app.get(
      "/engagements/:id/agreement/diff",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Field-level changes between two versions",
          params: AgreementParams,
          querystring: DiffQuery,
          response: { 200: AgreementDiff, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await diffAgreementVersions(deps, actorOf(request), request.params.id, request.query),
        ),
    );
  });
}
