const SESSION_COOKIE = "accord_session";

export interface BenchUser {
  userId: string;
  /** The `cookie` header every load request sends; GETs need no CSRF token. */
  cookie: string;
}

/** Signs the bench user up through the real API, so the session is one Accord itself issued. */
export async function signUpBenchUser(
  baseUrl: string,
  email = "bench-owner@bench.accord.test",
): Promise<BenchUser> {
  const response = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email,
      password: "bench-password-not-secret",
      name: "Bench Owner",
    }),
  });
  if (response.status !== 201) {
    throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
  }
  const body = (await response.json()) as { user?: { id?: unknown } };
  const session = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (typeof body.user?.id !== "string" || !session) {
    throw new Error("sign-up returned no user id or no session cookie");
  }
  return { userId: body.user.id, cookie: session };
}

/**
 * The headers of the bench user's writes, as the web app sends them: the session and CSRF
 * cookies, and the token fetched for the session.
 */
export async function writeHeaders(
  baseUrl: string,
  user: BenchUser,
): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/v1/auth/csrf`, {
    headers: { cookie: user.cookie },
  });
  if (response.status !== 200) {
    throw new Error(`GET /auth/csrf answered ${response.status}: ${await response.text()}`);
  }
  const { token } = (await response.json()) as { token?: unknown };
  const cookies = response.headers.getSetCookie().map((header) => header.split(";")[0] ?? "");
  if (typeof token !== "string") throw new Error("GET /auth/csrf returned no token");
  return { cookie: [user.cookie, ...cookies].join("; "), "x-csrf-token": token };
}

/**
 * Checks once, before any load, that each case answers what a person would see: a full first
 * page of the list, the engagement asked for, its events, and ledgers that verify. A benchmark
 * of empty or failing answers would measure nothing.
 */
export async function checkAnswers(
  baseUrl: string,
  user: BenchUser,
  expected: { engagementIds: readonly string[]; listPageSize: number },
): Promise<void> {
  const get = async (path: string): Promise<unknown> => {
    const response = await fetch(baseUrl + path, { headers: { cookie: user.cookie } });
    if (response.status !== 200)
      throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
  const [firstId] = expected.engagementIds;
  if (firstId === undefined) throw new Error("the bench organisation has no engagements");

  const list = (await get("/api/v1/engagements")) as { engagements?: { id: string }[] };
  const wanted = Math.min(expected.listPageSize, expected.engagementIds.length);
  if (list.engagements?.length !== wanted || list.engagements[0]?.id !== firstId) {
    throw new Error(
      `the engagement list shows ${list.engagements?.length ?? 0} engagements, expected ${wanted} starting with ${firstId}`,
    );
  }
  const page = (await get(`/api/v1/engagements/${firstId}`)) as { id?: string };
  if (page.id !== firstId) throw new Error("the engagement page shows another engagement");
  const timeline = (await get(`/api/v1/engagements/${firstId}/events`)) as { events?: unknown[] };
  if (!timeline.events?.length) throw new Error("the engagement has no events");
  for (const id of expected.engagementIds.slice(0, 3)) {
    const verdict = (await get(`/api/v1/engagements/${id}/ledger/verify`)) as {
      isIntact?: boolean;
    };
    if (verdict.isIntact !== true) throw new Error(`the generated ledger of ${id} does not verify`);
  }
}

/**
 * Checks once, before any load, that each brief's matches are what its client would see: a
 * full first list (20, or every candidate when fewer), best first, each offering at least one
 * of the brief's skills.
 */
export async function checkMatches(
  baseUrl: string,
  user: BenchUser,
  briefs: readonly { id: string; skillIds: readonly string[]; candidates: number }[],
  limit = 20,
): Promise<void> {
  for (const brief of briefs) {
    const path = `/api/v1/briefs/${brief.id}/matches`;
    const response = await fetch(baseUrl + path, { headers: { cookie: user.cookie } });
    if (response.status !== 200)
      throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    const { matches } = (await response.json()) as {
      matches?: { score: number; missingSkillIds: string[] }[];
    };
    const wanted = Math.min(limit, brief.candidates);
    if (matches?.length !== wanted) {
      throw new Error(`${path} lists ${matches?.length ?? 0} providers, expected ${wanted}`);
    }
    matches.forEach((match, index) => {
      if (match.missingSkillIds.length >= brief.skillIds.length)
        throw new Error(`${path} lists a provider offering none of the brief's skills`);
      if (index > 0 && match.score > (matches[index - 1]?.score ?? Infinity))
        throw new Error(`${path} is not ranked best first`);
    });
  }
}
