import type { FastifyPluginAsync } from "fastify";
import { sql } from "kysely";
import type { Registry } from "prom-client";
import type { AppDeps } from "../../platform/deps";

/** Liveness, readiness (the database answers) and Prometheus metrics, outside the API prefix. */
export function healthRoutes(deps: AppDeps, metrics: Registry): FastifyPluginAsync {
  return async (app) => {
    const hide = { hide: true };
    app.get("/healthz", { config: { access: "public" }, schema: hide }, () => ({ status: "ok" }));
    app.get("/readyz", { config: { access: "public" }, schema: hide }, async (_request, reply) => {
      try {
        await sql`select 1`.execute(deps.db);
        return { status: "ready", database: deps.dialect };
      } catch (error) {
        deps.logger.warn({ err: error }, "database not ready");
        return reply.status(503).send({ status: "unavailable", database: deps.dialect });
      }
    });
    app.get("/metrics", { config: { access: "public" }, schema: hide }, async (_request, reply) =>
      reply.type(metrics.contentType).send(await metrics.metrics()),
    );
    return Promise.resolve();
  };
}
