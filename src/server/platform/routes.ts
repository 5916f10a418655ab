import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyPluginAsync,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponse } from "../../contracts/errors";

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Declares a module's routes with Zod schemas doing validation, serialisation and OpenAPI. */
export function defineRoutes(register: (app: ZodApp) => void): FastifyPluginAsync {
  const plugin: FastifyPluginAsync = async (app) => {
    register(app.withTypeProvider<ZodTypeProvider>());
    return Promise.resolve();
  };
  return namedPlugin(plugin);
}

/**
 * Gives a plugin a name: Fastify names an unnamed one by comparing it with every module loaded
 * so far, on each registration (a tenth of the CPU of building the app).
 */
export function namedPlugin<Plugin extends object>(plugin: Plugin, name = "accord-routes"): Plugin {
  return Object.assign(plugin, { [Symbol.for("fastify.display-name")]: name });
}

/** The error answers a route may give, for validation of the reply and the OpenAPI document. */
export const ERROR_RESPONSES = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  410: ErrorResponse,
  413: ErrorResponse,
  415: ErrorResponse,
  422: ErrorResponse,
  429: ErrorResponse,
} as const;
