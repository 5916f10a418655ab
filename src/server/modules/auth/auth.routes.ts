import type { FastifyReply } from "fastify";
import {
  CsrfResponse,
  LogInBody,
  MeResponse,
  SignUpBody,
  UpdateMeBody,
} from "../../../contracts/auth";
import { OkResponse } from "../../../contracts/common";
import type { LoginThrottlePolicy } from "../../../domain/auth/login-throttle";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendFailure } from "../../platform/http";
import { askedLocaleOf } from "../../../i18n/locales";
import { csrfUserInfo } from "../../platform/request-context";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getMe } from "./get-me";
import { logIn } from "./log-in";
import { logOut, logOutEverywhere } from "./log-out";
import { actorFromSession } from "./resolve-actor";
import { SESSION_COOKIE } from "../../platform/session-lifetime";
import type { NewSession } from "./sign-up";
import { signUp } from "./sign-up";
import { updateMe } from "./update-me";

const tags = ["auth"];

function setSessionCookie(reply: FastifyReply, session: NewSession): void {
  reply.setCookie(SESSION_COOKIE, session.sessionSecret, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: "auto",
    expires: session.expiresAt,
  });
}

export interface AuthLimits {
  loginAttemptsPerMinute: number;
  signupsPerHour: number;
  loginThrottle: LoginThrottlePolicy;
}

export function authRoutes(deps: AppDeps, options: AuthLimits) {
  return defineRoutes((app) => {
    app.get(
      "/auth/csrf",
      {
        config: { access: "public" },
        schema: {
          tags,
          summary: "Get a CSRF token for cookie-authenticated writes",
          response: { 200: CsrfResponse },
        },
      },
      (request, reply) => ({ token: reply.generateCsrf({ userInfo: csrfUserInfo(request) }) }),
    );

    app.post(
      "/auth/signup",
      {
        config: {
          access: "public",
          rateLimit: { max: options.signupsPerHour, timeWindow: "1 hour" },
        },
        schema: {
          tags,
          summary: "Create an account and sign in",
          body: SignUpBody,
          response: { 201: MeResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await signUp(deps, request.body, {
          ip: request.ip,
          requestLocale: askedLocaleOf(request.headers["accept-language"]),
        });
        if (!result.ok) return sendFailure(reply, request, result.failure);
        return openSession(reply, result.value, 201);
      },
    );

    app.post(
      "/auth/login",
      {
        config: {
          access: "public",
          rateLimit: {
            max: options.loginAttemptsPerMinute,
            timeWindow: "1 minute",
            // After the body is parsed, so attempts are counted per address and e-mail.
            hook: "preValidation",
            keyGenerator: (request) => {
              const email = (request.body as { email?: unknown } | undefined)?.email;
              return `${request.ip}|${typeof email === "string" ? email.toLowerCase() : ""}`;
            },
          },
        },
        schema: {
          tags,
          summary: "Sign in with e-mail and password",
          body: LogInBody,
          response: { 200: MeResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await logIn(deps, request.body, {
          ip: request.ip,
          throttle: options.loginThrottle,
        });
        if (!result.ok) {
          const seconds = result.failure.values?.seconds;
          if (typeof seconds === "number") reply.header("retry-after", String(seconds));
          return sendFailure(reply, request, result.failure);
        }
        return openSession(reply, result.value, 200);
      },
    );

    app.post(
      "/auth/logout",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "End this session",
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        await logOut(deps, actorOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return { ok: true as const };
      },
    );

    app.post(
      "/auth/logout-all",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "End every session of this person",
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        await logOutEverywhere(deps, actorOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return { ok: true as const };
      },
    );

    app.get(
      "/me",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "Who am I, and in which organisations",
          response: { 200: MeResponse, ...ERROR_RESPONSES },
        },
      },
      (request) => getMe(deps, actorOf(request)),
    );

    app.patch(
      "/me",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Change my name or language",
          body: UpdateMeBody,
          response: { 200: MeResponse, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        await updateMe(deps, actorOf(request), request.body);
        return getMe(deps, actorOf(request));
      },
    );

    async function openSession(reply: FastifyReply, session: NewSession, status: number) {
      setSessionCookie(reply, session);
      const actor = await actorFromSession(deps, session.sessionSecret);
      if (!actor) throw new Error("a session just opened cannot be read back");
      return reply.status(status).send(await getMe(deps, actor));
    }
  });
}
