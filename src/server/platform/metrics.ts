import type { FastifyInstance, FastifyRequest } from "fastify";
import ipaddr from "ipaddr.js";
import { timingSafeEqual } from "node:crypto";
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";
import { sendFailure } from "./http";
import { negotiateLocale } from "./request-context";

/**
 * Who may read `/metrics`. With neither set it is open (a private network or a proxy guards
 * it); with either set, a request is let in when its address is in `allowedNetworks` or it
 * sends `Authorization: Bearer <token>`.
 */
export interface MetricsAccess {
  token?: string;
  /** Addresses or CIDR ranges, e.g. `127.0.0.1`, `10.0.0.0/8`, `::1`. */
  allowedNetworks?: readonly string[];
}

/** Prometheus metrics for one app instance: process defaults plus request durations by route. */
export function registerMetrics(app: FastifyInstance, access: MetricsAccess = {}): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "accord_" });
  const duration = new Histogram({
    name: "accord_http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  // Both hooks run on every request and await nothing, so they take Fastify's callback form: an
  // async hook costs a promise and its turns of the microtask queue each time.
  app.addHook("onResponse", (request, reply, done) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? "unmatched",
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
  const mayRead = metricsReader(access);
  app.addHook("onRequest", (request, reply, done) => {
    if (request.routeOptions.url !== "/metrics" || mayRead(request)) return done();
    request.locale = negotiateLocale(request);
    sendFailure(reply, request, { code: "forbidden" });
  });
  return registry;
}

/** The check `/metrics` applies to each request, from the configuration. */
export function metricsReader(access: MetricsAccess): (request: FastifyRequest) => boolean {
  const networks = (access.allowedNetworks ?? []).map(parseNetwork);
  const token = access.token ? Buffer.from(`Bearer ${access.token}`) : null;
  if (networks.length === 0 && !token) return () => true;
  return (request) => {
    const given = Buffer.from(request.headers.authorization ?? "");
    if (token && given.length === token.length && timingSafeEqual(given, token)) return true;
    if (!ipaddr.isValid(request.ip)) return false;
    const address = ipaddr.process(request.ip);
    return networks.some(
      ([range, bits]) => range.kind() === address.kind() && address.match(range, bits),
    );
  };
}

/** `10.0.0.0/8` or a single address; IPv4-mapped IPv6 is read as IPv4, as clients are. */
export function parseNetwork(text: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  const trimmed = text.trim();
  if (trimmed.includes("/")) {
    const [range, bits] = ipaddr.parseCIDR(trimmed);
    return [range, bits];
  }
  const address = ipaddr.process(trimmed);
  return [address, address.kind() === "ipv4" ? 32 : 128];
}
