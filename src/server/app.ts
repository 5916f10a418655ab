import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { namedPlugin } from "./platform/routes";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { replySerializerCompiler } from "./platform/reply-serialisation";
import { registerWebAssets } from "./platform/web-assets";
import { registerApiReference } from "./platform/api-reference";
import { registerSecurityHeaders } from "./platform/security-headers";
import { webhookDocumentation } from "./modules/webhooks/webhook-documentation";
import { withoutUnreferencedSchemas } from "./platform/prune-openapi-schemas";
import { registerOpenApiComponents } from "../contracts/openapi-components";
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottlePolicy } from "../domain/auth/login-throttle";
import { DEFAULT_PASSWORD_RESET_REQUESTS_PER_ADDRESS_PER_HOUR } from "../domain/auth/password-reset";
import { agreementDocumentRoutes } from "./modules/agreement-documents/agreement-document.routes";
import { authRoutes } from "./modules/auth/auth.routes";
import { passwordResetRoutes } from "./modules/auth/password-reset.routes";
import { agreementRoutes } from "./modules/agreements/agreement.routes";
import { briefRoutes } from "./modules/briefs/brief.routes";
import { billingInsightRoutes } from "./modules/billing/billing-insight.routes";
import { billingOrgRoutes } from "./modules/billing/billing-org.routes";
import { invoiceRoutes } from "./modules/billing/invoice.routes";
import { paymentRoutes } from "./modules/billing/payment.routes";
import { refundRoutes } from "./modules/refunds/refund.routes";
import { changeRequestRoutes } from "./modules/change-requests/change-request.routes";
import { disputeRoutes } from "./modules/disputes/dispute.routes";
import { exitRoutes } from "./modules/exits/exit.routes";
import { deliveryRoutes } from "./modules/delivery/delivery.routes";
import { profileRoutes } from "./modules/profiles/profile.routes";
import { taxonomyRoutes } from "./modules/taxonomy/taxonomy.routes";
import { testClockRoutes } from "./modules/test-clock/test-clock.routes";
import { engagementRoutes } from "./modules/engagements/engagement.routes";
import { healthRoutes, type Readiness } from "./modules/health/health.routes";
import { invitationRoutes } from "./modules/invitations/invitation.routes";
import { mailboxRoutes } from "./modules/mailbox/mailbox.routes";
import { messageRoutes } from "./modules/messages/message.routes";
import { relationshipHealthRoutes } from "./modules/relationship-health/relationship-health.routes";
import {
  DEFAULT_UNSUBSCRIBE_REQUESTS_PER_ADDRESS_PER_MINUTE,
  listUnsubscribeRoutes,
  notificationRoutes,
} from "./modules/notifications/notification.routes";
import { orgRoutes } from "./modules/orgs/org.routes";
import { proposalRoutes } from "./modules/proposals/proposal.routes";
import { reviewRoutes } from "./modules/reviews/review.routes";
import { moderationRoutes } from "./modules/moderation/moderation.routes";
import { goalRoutes } from "./modules/growth/goal.routes";
import { relationshipReviewRoutes } from "./modules/growth/review.routes";
import { nextPhaseOfferRoutes } from "./modules/growth/offer.routes";
import { recognitionRoutes } from "./modules/growth/recognition.routes";
import { homeRoutes } from "./modules/home/home.routes";
import { tokenRoutes } from "./modules/tokens/token.routes";
import { webhookRoutes } from "./modules/webhooks/webhook.routes";
import type { AppDeps } from "./platform/deps";
import { engagementMoneyCurrency } from "./kernel/engagement-currency";
import {
  answerClientError,
  answerFrameworkError,
  registerErrorHandling,
} from "./platform/error-handling";
import { sendFailure } from "./platform/http";
import { registerMetrics, type MetricsAccess } from "./platform/metrics";
import { csrfUserInfo, registerRequestContext, type Access } from "./platform/request-context";
import {
  actorFromApiToken,
  actorFromSession,
  actorFromSessionWith,
} from "./modules/auth/resolve-actor";
import { serialiseRequestForLog } from "./platform/request-log";
import { textCheckingValidatorCompiler } from "./platform/validation";

/** One route as the authorisation matrix and the docs see it. */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
}

declare module "fastify" {
  interface FastifyInstance {
    routeTable: readonly RouteEntry[];
  }
}

export interface AppOptions {
  /** The built web app (dist/web); when absent only the API is served. */
  webRoot?: string | null;
  /** Log-in attempts per minute per address and e-mail, counted in this process. */
  loginAttemptsPerMinute?: number;
  /** Sign-ups per hour per address. */
  signupsPerHour?: number;
  /** Requests per minute per address to each unsubscribe route. */
  unsubscribesPerMinute?: number;
  /** Password-reset requests per hour per address. */
  passwordResetsPerHour?: number;
  /** Set behind a TLS-terminating proxy so client addresses and https are seen. */
  trustProxy?: boolean;
  /** Who may read `/metrics`; open to all when absent. */
  metricsAccess?: MetricsAccess;
  /** Failed log-ins per address and per account, counted in the database for all processes. */
  loginThrottle?: LoginThrottlePolicy;
  /** `/readyz` answers 503 until this says the instance is ready (default: at once). */
  readiness?: Readiness;
}

/** Builds the whole HTTP application around its dependencies; it never listens by itself. */
export async function buildApp(deps: AppDeps, options: AppOptions): Promise<FastifyInstance> {
  // Typed as Fastify's logger interface, so the instance keeps Fastify's default generics. Its
  // request serialiser replaces Fastify's, so no mailed link's token reaches the log.
  const logger: FastifyBaseLogger = deps.logger.child(
    {},
    { serializers: { req: serialiseRequestForLog } },
  );
  const app = Fastify({
    loggerInstance: logger,
    trustProxy: options.trustProxy ?? false,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  const routeTable: RouteEntry[] = [];
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // Plugins' own routes (the API reference, the web app's files) are public; every API
    // route must still declare its own rule.
    const isPluginPublic = route.url.startsWith("/api/docs") || !route.url.startsWith("/api/");
    if (isPluginPublic && route.config?.access === undefined) {
      route.config = { ...route.config, access: "public" };
    }
    for (const method of methods) {
      if (method === "HEAD") continue;
      routeTable.push({ method, url: route.url, access: route.config?.access });
    }
  });
  app.decorate("routeTable", routeTable);
  registerOpenApiComponents();
  // Fastify reads text/plain by default, yet no route takes text: a JSON body sent as text/plain
  // was answered 400 "must be an object". Refused as any media type a route does not take, 415;
  // an empty one is no body (what `fetch` labels a POST with `body: ""`).
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser("text/plain", { parseAs: "string" }, (_request, text, done) => {
    if (text === "") done(null, undefined);
    else done(Object.assign(new Error("text/plain is not taken"), { statusCode: 415 }));
  });
  app.setValidatorCompiler(textCheckingValidatorCompiler);
  app.setSerializerCompiler(replySerializerCompiler);
  // Before any plugin, so every route, plugins' included, answers in the API's error shape.
  registerErrorHandling(app, {
    moneyCurrencyOf: (request) => engagementMoneyCurrency(deps.db, request),
  });

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    cookieKey: "accord_csrf",
    cookieOpts: { path: "/", httpOnly: true, sameSite: "strict", secure: "auto" },
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: deps.signingSecret },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Accord API",
        version: "1",
        description:
          "Clients and service providers running their relationship as a fair partnership. " +
          "Authenticate with the session cookie (send `x-csrf-token` on writes) or with " +
          "`Authorization: Bearer <API token>`. Errors always have the shape " +
          "`{ error: { code, message, fields? } }`, with `message` in the caller's language.",
      },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          session: { type: "apiKey", in: "cookie", name: "accord_session" },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an id (`.meta({ id })`) become components, referenced by `$ref`.
    // The webhooks section joins when the document is first asked for: converting its schemas
    // at start-up took a quarter of the time to build the app.
    transformObject: (input) =>
      withoutUnreferencedSchemas({
        ...jsonSchemaTransformObject(input),
        webhooks: webhookDocumentation(),
      }),
  });
  await registerApiReference(app, { uiConfig: { docExpansion: "list" } });

  const metrics = registerMetrics(app, options.metricsAccess);
  registerRequestContext(app, deps, {
    fromSession: actorFromSession,
    fromSessionWith: actorFromSessionWith,
    fromApiToken: actorFromApiToken,
  });

  await app.register(namedPlugin(healthRoutes(deps, metrics, options.readiness), "accord-health"));
  await app.register(
    namedPlugin(async (api: FastifyInstance) => {
      api.get("/openapi.json", { config: { access: "public" }, schema: { hide: true } }, () =>
        app.swagger(),
      );
      await api.register(
        authRoutes(deps, {
          loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 10,
          signupsPerHour: options.signupsPerHour ?? 100,
          loginThrottle: options.loginThrottle ?? DEFAULT_LOGIN_THROTTLE,
        }),
      );
      await api.register(
        passwordResetRoutes(deps, {
          requestsPerHour:
            options.passwordResetsPerHour ?? DEFAULT_PASSWORD_RESET_REQUESTS_PER_ADDRESS_PER_HOUR,
        }),
      );
      await api.register(orgRoutes(deps));
      await api.register(invitationRoutes(deps));
      await api.register(engagementRoutes(deps));
      await api.register(tokenRoutes(deps));
      await api.register(mailboxRoutes(deps));
      await api.register(taxonomyRoutes(deps));
      await api.register(profileRoutes(deps));
      await api.register(briefRoutes(deps));
      await api.register(proposalRoutes(deps));
      await api.register(agreementRoutes(deps));
      await api.register(messageRoutes(deps));
      await api.register(notificationRoutes(deps));
      await api.register(
        listUnsubscribeRoutes(deps, {
          requestsPerMinute:
            options.unsubscribesPerMinute ?? DEFAULT_UNSUBSCRIBE_REQUESTS_PER_ADDRESS_PER_MINUTE,
        }),
      );
      await api.register(webhookRoutes(deps));
      await api.register(agreementDocumentRoutes(deps));
      await api.register(deliveryRoutes(deps));
      await api.register(changeRequestRoutes(deps));
      await api.register(invoiceRoutes(deps));
      await api.register(paymentRoutes(deps));
      await api.register(refundRoutes(deps));
      await api.register(billingInsightRoutes(deps));
      await api.register(billingOrgRoutes(deps));
      await api.register(testClockRoutes(deps));
      await api.register(relationshipHealthRoutes(deps));
      await api.register(reviewRoutes(deps));
      await api.register(moderationRoutes(deps));
      await api.register(disputeRoutes(deps));
      await api.register(exitRoutes(deps));
      await api.register(goalRoutes(deps));
      await api.register(relationshipReviewRoutes(deps));
      await api.register(nextPhaseOfferRoutes(deps));
      await api.register(recognitionRoutes(deps));
      await api.register(homeRoutes(deps));
    }, "accord-api"),
    { prefix: "/api/v1" },
  );

  const sendWebPage = await registerWebAssets(app, options.webRoot);
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === "GET" && !request.url.startsWith("/api/");
    if (isPage && sendWebPage) return sendWebPage(reply);
    return sendFailure(reply, request, { code: "not_found" });
  });
  return app;
}
