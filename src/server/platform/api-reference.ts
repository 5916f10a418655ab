import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { FastifySwaggerUiOptions } from "@fastify/swagger-ui";
import { namedPlugin } from "./routes";

/** Where the interactive API reference answers. */
export const API_REFERENCE_PREFIX = "/api/docs";

/** The paths @fastify/swagger-ui serves under its prefix, declared here without loading it. */
const REFERENCE_PATHS = [
  "/",
  "/json",
  "/yaml",
  "/static/index.html",
  "/static/swagger-initializer.js",
  "/static/*",
];

/** Hop-by-hop and length headers: the app writes its own for the body it sends. */
const UNFORWARDED = new Set(["connection", "content-length", "date", "keep-alive"]);

/**
 * Serves the interactive API reference (@fastify/swagger-ui) at `/api/docs`, loading the plugin
 * and its dependencies (@fastify/static, yaml, glob) on the first request there instead of at
 * start-up, where registering it cost some 55 ms of CPU before `/readyz`. Fastify takes no
 * routes once listening, so the plugin runs in a small Fastify instance of its own, built on
 * first use, to which these routes pass each request; the answers leave through the app, with
 * its security headers, and a path the plugin does not know gets the app's own 404.
 */
export async function registerApiReference(
  app: FastifyInstance,
  uiOptions: Pick<FastifySwaggerUiOptions, "uiConfig">,
): Promise<void> {
  let reference: Promise<FastifyInstance> | null = null;
  const loadReference = () =>
    (reference ??= buildReference(app, uiOptions).catch((error: unknown) => {
      reference = null; // the next request tries again
      throw error;
    }));
  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    // Always a GET: for a HEAD, Fastify runs this route's GET handler and drops the body itself.
    const answer = await (
      await loadReference()
    ).inject({ method: "GET", url: request.url, headers: request.headers });
    if (answer.statusCode === 404) return reply.callNotFound();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !UNFORWARDED.has(name)) reply.header(name, value);
    }
    reply.code(answer.statusCode);
    // A redirect has no body; an empty buffer would be sent as application/octet-stream.
    return answer.rawPayload.length > 0 ? reply.send(answer.rawPayload) : reply.send();
  };
  await app.register(
    namedPlugin(async (scope: FastifyInstance) => {
      for (const url of REFERENCE_PATHS) {
        scope.get(url, { schema: { hide: true } }, forward);
      }
      return Promise.resolve();
    }, "accord-api-reference"),
    { prefix: API_REFERENCE_PREFIX },
  );
}

async function buildReference(
  app: FastifyInstance,
  uiOptions: Pick<FastifySwaggerUiOptions, "uiConfig">,
): Promise<FastifyInstance> {
  const { default: swaggerUi } = await import("@fastify/swagger-ui");
  const reference = Fastify({ logger: false });
  // The plugin reads the document through `swagger()`, which @fastify/swagger gave the app.
  reference.decorate("swagger", app.swagger.bind(app));
  // Called as a function rather than registered: registering checks that a plugin named
  // @fastify/swagger was registered in this instance, and here the decorator above stands in.
  const runSwaggerUi = swaggerUi as unknown as (
    instance: FastifyInstance,
    options: FastifySwaggerUiOptions,
  ) => Promise<void>;
  await reference.register(async (scope) => {
    await runSwaggerUi(scope, { ...uiOptions, routePrefix: API_REFERENCE_PREFIX });
  });
  await reference.ready();
  return reference;
}
