import type { FastifyPluginAsync } from "fastify";
import { sql } from "kysely";
import type { Registry } from "prom-client";
import type { AppDeps } from "../../platform/deps";

/** Whether the instance has finished starting (migrated, and the demo seeded if asked). */
export interface Readiness {
  isReady(): boolean;
}

/**
 * Liveness, readiness (started, and the database answers) and Prometheus metrics, outside the
 * API prefix. A load balancer sends nobody to an instance still migrating or seeding.
 */
export function healthRoutes(
  deps: AppDeps,
  metrics: Registry,
  readiness: Readiness = { isReady: () => true },
): FastifyPluginAsync {
  return async (app) => {
    const hide = { hide: true };
    app.get("/healthz", { config: { access: "public" }, schema: hide }, () => ({ status: "ok" }));
    app.get("/readyz", { config: { access: "public" }, schema: hide }, async (_request, reply) => {
      if (!readiness.isReady()) {
        return reply.status(503).send({ status: "starting", database: deps.dialect });
      }
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
