import type { FastifyInstance, FastifyRequest } from "fastify";
import { Id } from "../../contracts/common";
import { isStorableText } from "../../contracts/input-rules";
import type { TokenScope } from "../../contracts/tokens";
import { DEFAULT_LOCALE, localeFromAcceptLanguage, type Locale } from "../../i18n/locales";
import { SESSION_COOKIE } from "./session-lifetime";
import type { EngagementRead } from "../kernel/first-read";
import type { Actor } from "./actor";
import type { AppDeps } from "./deps";
import { sendFailure } from "./http";

/**
 * Who may call a route: anyone (`public`), a signed-in person only (`session`), or a person or
 * an API token holding the named scope.
 */
export type Access = "public" | "session" | TokenScope;

/**
 * A route's first read of the engagement its `:id` names (the kernel's `EngagementRead`), which
 * on PostgreSQL the request context runs with the session's statement, as one.
 */
export interface FirstRead {
  /** The route's statement with the session's inside it; see `EngagementRead.readWithSession`. */
  readWithSession: EngagementRead<unknown>["readWithSession"];
}

/** The rows a request's first read found, which its route takes instead of reading again. */
export interface ReadFirst {
  read: FirstRead;
  engagementId: string;
  rows: readonly unknown[];
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
    /** What the route reads first, by the engagement id of its URL (see `FirstRead`). */
    firstRead?: FirstRead;
  }
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    /** The rows of the route's first read when the session's statement brought them. */
    readFirst: ReadFirst | null;
  }
}

/**
 * How a session cookie or an API token becomes an actor: auth's rules, handed in by the app so
 * the platform does not depend on a module.
 */
export interface ActorResolvers {
  fromSession(deps: AppDeps, sessionToken: string): Promise<Actor | null>;
  /** The same, in one statement with the route's first read, whose rows it answers too. */
  fromSessionWith(
    deps: AppDeps,
    sessionToken: string,
    read: FirstRead,
    engagementId: string,
  ): Promise<{ actor: Actor | null; rows: readonly unknown[] }>;
  fromApiToken(deps: AppDeps, apiToken: string): Promise<Actor | null>;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Resolves the actor and locale of every request, then enforces the route's access rule and,
 * for cookie-authenticated writes, the CSRF token. Routes without an access rule are refused,
 * so a forgotten rule fails closed.
 */
export function registerRequestContext(
  app: FastifyInstance,
  deps: AppDeps,
  resolvers: ActorResolvers,
): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("locale", DEFAULT_LOCALE);
  app.decorateRequest("readFirst", null);

  app.addHook("onRequest", async (request) => {
    // Sessions expire and rules decide by this clock: a test clock re-reads its offset first.
    if (deps.testClock) await deps.testClock.refresh();
    request.actor = await resolveActor(deps, resolvers, request);
    request.locale = request.actor?.locale ?? negotiateLocale(request);
  });

  // What one person may read must not stay in a shared or browser cache after they leave.
  // Hooks that await nothing take Fastify's callback form: an async one costs every request a
  // promise and its turns of the microtask queue.
  app.addHook("onSend", (request, reply, payload, done) => {
    if (request.actor && !reply.hasHeader("cache-control"))
      reply.header("cache-control", "no-store");
    done(null, payload);
  });

  // Before validation, so a caller who may not call the route learns nothing from its schema.
  app.addHook("preValidation", (request, reply, done) => {
    const access = request.routeOptions.config.access;
    // The not-found handler has no route url and answers for itself.
    if (access === "public" || !request.routeOptions.url) return done();
    if (access === undefined) {
      return done(new Error(`route ${request.routeOptions.url} declares no access rule`));
    }
    const actor = request.actor;
    if (!actor) return void sendFailure(reply, request, { code: "unauthenticated" });
    if (actor.via.kind === "token") {
      if (access !== "session" && actor.via.scopes.includes(access)) return done();
      const scope = access === "session" ? "session" : access;
      return void sendFailure(reply, request, { code: "token_scope_missing", values: { scope } });
    }
    if (UNSAFE_METHODS.has(request.method)) return app.csrfProtection(request, reply, done);
    done();
  });
}

/** CSRF tokens are bound to the session, so a token stolen from one session is useless in another. */
export function csrfUserInfo(request: FastifyRequest): string {
  const via = request.actor?.via;
  return via?.kind === "session" ? via.sessionHash : "anonymous";
}

async function resolveActor(
  deps: AppDeps,
  resolvers: ActorResolvers,
  request: FastifyRequest,
): Promise<Actor | null> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith("Bearer ")) {
    return resolvers.fromApiToken(deps, authorization.slice("Bearer ".length).trim());
  }
  const session = request.cookies[SESSION_COOKIE];
  if (!session) return null;
  // On PostgreSQL every statement is a round trip: the route's first read carries the session's.
  // SQLite has no round trips to save and reads the two apart, as before.
  const read = request.routeOptions.config.firstRead;
  const engagementId = (request.params as { id?: unknown } | undefined)?.id;
  // Only an id the route's schema would accept goes into the statement: anything else (a NUL,
  // a 5,000-character id) is the route's validation to refuse, not the database's.
  if (read && deps.dialect === "postgres" && isWellFormedId(engagementId)) {
    const found = await resolvers.fromSessionWith(deps, session, read, engagementId);
    request.readFirst = { read, engagementId, rows: found.rows };
    return found.actor;
  }
  return resolvers.fromSession(deps, session);
}

function isWellFormedId(value: unknown): value is string {
  return typeof value === "string" && isStorableText(value) && Id.safeParse(value).success;
}

/**
 * The caller's language from `Accept-Language` (the supported one with the highest weight, else
 * English): for answers to callers not signed in and to people with no language of their own.
 */
export function negotiateLocale(request: FastifyRequest): Locale {
  return localeFromAcceptLanguage(request.headers["accept-language"]);
}
