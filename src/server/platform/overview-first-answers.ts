import type { FastifyInstance, FastifyRequest } from "fastify";

/** Where the page carries the answers, read by src/web/app/early-requests.ts. */
export const FIRST_ANSWERS_ID = "first-answers";

/** The notifications' first page, whose unread count the navigation shows. */
const UNREAD_COUNT_PATH = "/notifications?limit=1";

/** Where the test clock stands, asked by the app's banner on every page. */
const TEST_CLOCK_PATH = "/test-clock";

/** The API's answer (`GET /api/v1<path>`) for the reader of `request`, as it came. */
async function responseOf(app: FastifyInstance, request: FastifyRequest, path: string) {
  const headers: Record<string, string> = {};
  for (const name of ["cookie", "accept-language", "authorization"] as const) {
    const value = request.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  return app.inject({ method: "GET", url: `/api/v1${path}`, headers });
}

/** An API answer (`GET /api/v1<path>`) for the reader of `request`; undefined unless a 200 JSON. */
async function answerOf(
  app: FastifyInstance,
  request: FastifyRequest,
  path: string,
): Promise<unknown> {
  const response = await responseOf(app, request, path);
  const isJson = String(response.headers["content-type"] ?? "").startsWith("application/json");
  return response.statusCode === 200 && isJson ? response.json() : undefined;
}

interface EngagementSides {
  mySide?: string;
  client?: { id?: string } | null;
  provider?: { id?: string } | null;
}

/**
 * What an engagement's overview draws first, answered by the API itself (same access rules,
 * same presenters) for the signed-in reader, by API path: who is signed in, the engagement,
 * its timeline, its threads, the reader's organisations, the unread notifications' count,
 * the other side's reputation, and the test clock. Written into the page, they spare a phone the
 * two round trips the app would make after its code has run (the reputation waits for the
 * engagement). Nothing when nobody is signed in; a part the API refuses is left out and the
 * app asks for it as before, getting the same refusal.
 */
export async function overviewFirstAnswers(
  app: FastifyInstance,
  request: FastifyRequest,
  engagementId: string,
): Promise<{ answers: Record<string, unknown>; locale: string | null } | null> {
  const me = (await answerOf(app, request, "/me")) as { user?: { locale?: string } } | undefined;
  if (!me) return null;
  const answers: Record<string, unknown> = { "/me": me };
  const engagementPath = `/engagements/${encodeURIComponent(engagementId)}`;
  // The engagement, its timeline, and what the header and the tabs ask for on every page.
  const paths = [
    engagementPath,
    `${engagementPath}/events`,
    `${engagementPath}/threads`,
    "/orgs",
    UNREAD_COUNT_PATH,
    TEST_CLOCK_PATH,
  ];
  const answered = await Promise.all(paths.map((path) => answerOf(app, request, path)));
  paths.forEach((path, index) => {
    if (answered[index] !== undefined) answers[path] = answered[index];
  });
  const engagement = answers[engagementPath];
  const sides = engagement as EngagementSides | undefined;
  const otherSide = sides?.mySide === "client" ? sides.provider : sides?.client;
  if (otherSide?.id) {
    const reputationPath = `/orgs/${encodeURIComponent(otherSide.id)}/reputation`;
    const reputation = await answerOf(app, request, reputationPath);
    if (reputation !== undefined) answers[reputationPath] = reputation;
  }
  return { answers, locale: me.user?.locale ?? null };
}

/** The answers as a JSON data block for the page (never run; `<` escaped so it cannot close). */
export function answersTag(answers: Record<string, unknown>): string {
  const json = JSON.stringify(answers).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${FIRST_ANSWERS_ID}">${json}</script>`;
}
