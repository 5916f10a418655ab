import { PasswordResetBody, PasswordResetRequestBody } from "../../../contracts/auth";
import { OkResponse } from "../../../contracts/common";
import type { AppDeps } from "../../platform/deps";
import { sendFailure } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

const tags = ["auth"];

export function passwordResetRoutes(deps: AppDeps, options: { requestsPerHour: number }) {
  return defineRoutes((app) => {
    app.post(
      "/auth/password-reset/request",
      {
        config: {
          access: "public",
          rateLimit: { max: options.requestsPerHour, timeWindow: "1 hour" },
        },
        schema: {
          tags,
          summary: "Mail a link to set a new password (answered alike for any address)",
          body: PasswordResetRequestBody,
          response: { 202: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(deps, request.body, { ip: request.ip, locale: request.locale });
        deps.mailer.deliverSoon();
        return reply.status(202).send({ ok: true as const });
      },
    );

    app.post(
      "/auth/password-reset",
      {
        config: { access: "public" },
        schema: {
          tags,
          summary: "Set a new password with a mailed link; ends every session of the person",
          body: PasswordResetBody,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await resetPassword(deps, request.body, {
          ip: request.ip,
          locale: request.locale,
        });
        if (!result.ok) return sendFailure(reply, request, result.failure);
        deps.mailer.deliverSoon();
        return { ok: true as const };
      },
    );
  });
}
