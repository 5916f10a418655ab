import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { isLocale } from "../../i18n/locales";
import { answersTag, overviewFirstAnswers } from "./overview-first-answers";

/** File names under assets/ carry a hash of their content, so they never change. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** The page itself names the current assets: always revalidated. */
const REVALIDATE = "no-cache";

/** The app's page for an engagement's overview (the build's variant of index.html). */
const OVERVIEW_PAGE = "engagement-overview.html";

/** A page written for one reader: never kept by a cache. */
const PRIVATE = "no-store";

/** The first screen's catalogue file of each language, from the build's manifest. */
function catalogueFiles(webRoot: string): Record<string, string> {
  const manifestPath = join(webRoot, ".vite/manifest.json");
  if (!existsSync(manifestPath)) return {};
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<
    string,
    { file?: string }
  >;
  const files: Record<string, string> = {};
  for (const [module, chunk] of Object.entries(manifest)) {
    const locale = /shared\/i18n\/catalogues\/(\w+)-first\.ts$/.exec(module)?.[1];
    if (locale && chunk.file) files[locale] = chunk.file;
  }
  return files;
}

/** `html` compressed as the browser accepts (a page written per request has no copy on disk). */
function sendHtml(request: FastifyRequest, reply: FastifyReply, html: string): FastifyReply {
  const accepted = String(request.headers["accept-encoding"] ?? "");
  reply.header("cache-control", PRIVATE).header("vary", "accept-encoding, cookie");
  reply.type("text/html; charset=utf-8");
  if (/\bbr\b/.test(accepted)) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 5 };
    return reply.header("content-encoding", "br").send(brotliCompressSync(html, { params }));
  }
  if (/\bgzip\b/.test(accepted))
    return reply.header("content-encoding", "gzip").send(gzipSync(html));
  return reply.send(html);
}

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
  // For a signed-in reader it also carries what the page draws first and names the reader's
  // catalogue (see overview-first-answers.ts), so nothing waits for the code to ask.
  if (existsSync(join(webRoot, OVERVIEW_PAGE))) {
    const overviewHtml = readFileSync(join(webRoot, OVERVIEW_PAGE), "utf8");
    const catalogues = catalogueFiles(webRoot);
    app.get<{ Params: { engagementId: string } }>(
      "/engagements/:engagementId",
      async (request, reply) => {
        // Only a head start: should asking fail, the page is sent as it is and the app asks.
        const first = await overviewFirstAnswers(app, request, request.params.engagementId).catch(
          () => null,
        );
        if (!first)
          return reply
            .header("cache-control", REVALIDATE)
            .type("text/html")
            .sendFile(OVERVIEW_PAGE);
        const catalogue = first.locale ? catalogues[first.locale] : undefined;
        const link = catalogue ? `<link rel="modulepreload" crossorigin href="/${catalogue}">` : "";
        // In the reader's language from the start: the app no longer changes it once drawn,
        // which made the browser style and lay out the whole page again.
        const language = first.locale && isLocale(first.locale) ? first.locale : null;
        const html = (
          language
            ? overviewHtml.replace(/<html lang="[^"]*">/, `<html lang="${language}">`)
            : overviewHtml
        )
          .replace("</head>", `${link}</head>`)
          .replace("</body>", `${answersTag(first.answers)}</body>`);
        return sendHtml(request, reply, html);
      },
    );
  }
  return (reply) =>
    reply.header("cache-control", REVALIDATE).type("text/html").sendFile("index.html");
}
