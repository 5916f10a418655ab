import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** File names under assets/ carry a hash of their content, so they never change. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** The page itself names the current assets: always revalidated. */
const REVALIDATE = "no-cache";

/** The app's page for an engagement's overview (the build's variant of index.html). */
const OVERVIEW_PAGE = "engagement-overview.html";

/** Source maps and the build manifest are for developers, not for every visitor. */
function isPublicAsset(pathName: string): boolean {
  return !pathName.endsWith(".map") && !pathName.split("/").some((part) => part.startsWith("."));
}

/**
 * Serves the built web app: the brotli or gzip copy the browser accepts (written at build
 * time), hashed assets cached for a year, the page revalidated. Returns how to answer a page
 * route the API does not know: the app's index.html, whose router shows the page or its own
 * "not found".
 */
export async function registerWebAssets(
  app: FastifyInstance,
  webRoot: string | null | undefined,
): Promise<((reply: FastifyReply) => FastifyReply) | undefined> {
  if (!webRoot || !existsSync(join(webRoot, "index.html"))) return undefined;
  await app.register(fastifyStatic, {
    root: webRoot,
    // One route for all files, looked up when asked for: listing the build's ~500 files into a
    // route each cost a fifth of the server's start-up. A file that is not there falls through
    // to the not-found handler, which answers pages with the app.
    wildcard: true,
    index: "index.html",
    preCompressed: true,
    // Our own header below, per kind of file, instead of the plugin's one for all.
    cacheControl: false,
    dotfiles: "deny",
    allowedPath: (pathName) => isPublicAsset(pathName),
    setHeaders(res, path) {
      res.setHeader("cache-control", path.includes("/assets/") ? IMMUTABLE : REVALIDATE);
    },
  });
  // The log-in page people open first is a light page of its own, not the whole app.
  if (existsSync(join(webRoot, "login.html"))) {
    app.get("/login", (_request, reply) =>
      reply.header("cache-control", REVALIDATE).type("text/html").sendFile("login.html"),
    );
  }
  // An engagement's overview, the page people open most: the app's page naming that page's code
  // too, so the browser fetches it beside the app (written by scripts/preload-links-plugin.ts).
  if (existsSync(join(webRoot, OVERVIEW_PAGE))) {
    app.get("/engagements/:engagementId", (_request, reply) =>
      reply.header("cache-control", REVALIDATE).type("text/html").sendFile(OVERVIEW_PAGE),
    );
  }
  return (reply) =>
    reply.header("cache-control", REVALIDATE).type("text/html").sendFile("index.html");
}
