import accepts from "@fastify/accepts";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { registerWebAssets } from "./platform/web-assets";
import { agreementDocumentRoutes } from "./modules/agreement-documents/agreement-document.routes";
import { authRoutes } from "./modules/auth/auth.routes";
import { agreementRoutes } from "./modules/agreements/agreement.routes";
import { briefRoutes } from "./modules/briefs/brief.routes";
import { billingInsightRoutes } from "./modules/billing/billing-insight.routes";
import { billingOrgRoutes } from "./modules/billing/billing-org.routes";
import { invoiceRoutes } from "./modules/billing/invoice.routes";
import { paymentRoutes } from "./modules/billing/payment.routes";
import { changeRequestRoutes } from "./modules/change-requests/change-request.routes";
import { disputeRoutes } from "./modules/disputes/dispute.routes";
import { exitRoutes } from "./modules/exits/exit.routes";
import { deliveryRoutes } from "./modules/delivery/delivery.routes";
import { profileRoutes } from "./modules/profiles/profile.routes";
import { taxonomyRoutes } from "./modules/taxonomy/taxonomy.routes";
import { engagementRoutes } from "./modules/engagements/engagement.routes";
import { healthRoutes } from "./modules/health/health.routes";
import { invitationRoutes } from "./modules/invitations/invitation.routes";
import { mailboxRoutes } from "./modules/mailbox/mailbox.routes";
import { messageRoutes } from "./modules/messages/message.routes";
import { notificationRoutes } from "./modules/notifications/notification.routes";
import { orgRoutes } from "./modules/orgs/org.routes";
import { proposalRoutes } from "./modules/proposals/proposal.routes";
import { tokenRoutes } from "./modules/tokens/token.routes";
import { webhookRoutes } from "./modules/webhooks/webhook.routes";
import type { AppDeps } from "./platform/deps";
import { failureBody, sendFailure } from "./platform/http";
import { registerMetrics } from "./platform/metrics";
import { csrfUserInfo, registerRequestContext, type Access } from "./platform/request-context";
import { fieldFailureFromIssue } from "./platform/validation";

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
  /** Signs CSRF tokens; the same for every process of an instance. */
  signingSecret: string;
  /** The built web app (dist/web); when absent only the API is served. */
  webRoot?: string | null;
  /** Log-in attempts per minute per address and e-mail. */
  loginAttemptsPerMinute?: number;
  /** Set behind a TLS-terminating proxy so client addresses and https are seen. */
  trustProxy?: boolean;
}

/** Builds the whole HTTP application around its dependencies; it never listens by itself. */
export async function buildApp(deps: AppDeps, options: AppOptions): Promise<FastifyInstance> {
  // Typed as Fastify's logger interface, so the instance keeps Fastify's default generics.
  const logger: FastifyBaseLogger = deps.logger;
  const app = Fastify({
    loggerInstance: logger,
    trustProxy: options.trustProxy ?? false,
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
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Before any plugin, so every route, plugins' included, answers in the API's error shape.
  registerErrorHandling(app);

  await app.register(helmet, {
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
    csrfOpts: { hmacKey: options.signingSecret },
  });
  await app.register(rateLimit, { global: false });
  await app.register(accepts);
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
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { docExpansion: "list" } });

  const metrics = registerMetrics(app);
  registerRequestContext(app, deps);

  await app.register(healthRoutes(deps, metrics));
  await app.register(
    async (api) => {
      api.get("/openapi.json", { config: { access: "public" }, schema: { hide: true } }, () =>
        app.swagger(),
      );
      await api.register(
        authRoutes(deps, { loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 10 }),
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
      await api.register(webhookRoutes(deps));
      await api.register(agreementDocumentRoutes(deps));
      await api.register(deliveryRoutes(deps));
      await api.register(changeRequestRoutes(deps));
      await api.register(invoiceRoutes(deps));
      await api.register(paymentRoutes(deps));
      await api.register(billingInsightRoutes(deps));
      await api.register(billingOrgRoutes(deps));
      await api.register(disputeRoutes(deps));
      await api.register(exitRoutes(deps));
    },
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

function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? "body";
      const fields = error.validation.map((issue) => fieldFailureFromIssue(issue, part));
      return sendFailure(reply, request, { code: "validation_failed", fields });
    }
    const code = (error as { code?: string }).code;
    if (code === "FST_CSRF_INVALID_TOKEN" || code === "FST_CSRF_MISSING_SECRET") {
      return sendFailure(reply, request, { code: "csrf_invalid" });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 429) {
      const seconds = Math.max(1, Math.ceil(Number(reply.getHeader("retry-after") ?? 60)));
      return sendFailure(reply, request, { code: "rate_limited", values: { seconds } });
    }
    if (status >= 400 && status < 500) {
      request.log.info({ err: error }, "bad request");
      return reply
        .status(status)
        .send(failureBody(request.locale, { code: status === 404 ? "not_found" : "bad_request" }));
    }
    request.log.error({ err: error }, "unhandled error");
    return sendFailure(reply, request, { code: "internal" });
  });
}
