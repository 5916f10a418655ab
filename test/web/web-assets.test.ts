import Fastify, { type FastifyInstance } from "fastify";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerWebAssets } from "../../src/server/platform/web-assets";
import {
  filesOfPage,
  OVERVIEW_FIRST_SCREEN,
  PAGES,
  unnamedFiles,
  weighPages,
} from "../../scripts/bundle-size.js";

describe("serving the built web app", () => {
  let root: string;
  let app: FastifyInstance;
  const script = "console.log('hello from a hashed asset, long enough to be worth compressing');";

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "accord-web-"));
    await mkdir(join(root, "assets"));
    await mkdir(join(root, ".vite"));
    await writeFile(join(root, "index.html"), "<!doctype html><div id=root></div>");
    await writeFile(join(root, "login.html"), "<!doctype html><p>light log-in page</p>");
    await writeFile(
      join(root, "engagement-overview.html"),
      "<!doctype html><p>overview's page</p>",
    );
    await writeFile(join(root, "assets/app-Ab12.js"), script);
    await writeFile(join(root, "assets/app-Ab12.js.br"), brotliCompressSync(script));
    await writeFile(join(root, "assets/app-Ab12.js.gz"), gzipSync(script));
    await writeFile(join(root, "assets/app-Ab12.js.map"), "{}");
    await writeFile(join(root, ".vite/manifest.json"), "{}");
    app = Fastify();
    const sendPage = await registerWebAssets(app, root);
    app.setNotFoundHandler((_request, reply) => sendPage?.(reply) ?? reply.code(404).send());
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  it("sends the brotli copy to a browser that accepts it, and gzip to one that takes only gzip", async () => {
    const brotli = await app.inject({
      url: "/assets/app-Ab12.js",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(brotli.headers["content-encoding"]).toBe("br");
    const gzip = await app.inject({
      url: "/assets/app-Ab12.js",
      headers: { "accept-encoding": "gzip" },
    });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    const plain = await app.inject({ url: "/assets/app-Ab12.js" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it("caches hashed assets for a year and always revalidates the page", async () => {
    const asset = await app.inject({ url: "/assets/app-Ab12.js" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await app.inject({ url: "/" });
    expect(page.headers["cache-control"]).toBe("no-cache");
    const deepLink = await app.inject({ url: "/engagements/e1" });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.headers["cache-control"]).toBe("no-cache");
  });

  it("answers /login with the light log-in page, revalidated, and other pages with the app", async () => {
    const login = await app.inject({ url: "/login?next=%2Fengagements" });
    expect(login.statusCode).toBe(200);
    expect(login.body).toContain("light log-in page");
    expect(login.headers["cache-control"]).toBe("no-cache");
    const signup = await app.inject({ url: "/signup" });
    expect(signup.body).toContain("id=root");
  });

  it("answers an engagement's overview with the page naming its code, and its other tabs with the app", async () => {
    const overview = await app.inject({ url: "/engagements/e1" });
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain("overview's page");
    expect(overview.headers["cache-control"]).toBe("no-cache");
    const agreement = await app.inject({ url: "/engagements/e1/agreement" });
    expect(agreement.body).toContain("id=root");
    const list = await app.inject({ url: "/engagements" });
    expect(list.body).toContain("id=root");
  });

  it("never serves source maps or the build manifest", async () => {
    for (const url of ["/assets/app-Ab12.js.map", "/.vite/manifest.json"]) {
      const response = await app.inject({ url });
      expect(response.body, url).not.toBe("{}");
    }
  });
});

describe("the bundle budget", () => {
  const manifest = {
    "index.html": { file: "assets/index.js", imports: ["_react.js"] },
    "_react.js": { file: "assets/react.js" },
    "app/routes/login.tsx": { file: "assets/login.js", imports: ["_react.js", "_form.js"] },
    "_form.js": { file: "assets/form.js" },
    "app/routes/big.tsx": { file: "assets/big.js", dynamicImports: ["app/routes/login.tsx"] },
  };
  const sizes: Record<string, number> = {
    "assets/index.js": 10,
    "assets/react.js": 50,
    "assets/login.js": 5,
    "assets/form.js": 7,
    "assets/big.js": 999,
  };

  it("adds up a page's static imports once each, not what it loads later", () => {
    const [login] = weighPages(manifest, (file: string) => sizes[file] ?? 0, [
      { page: "log-in", modules: ["index.html", "app/routes/login.tsx"], budget: 72 },
    ]);
    expect(login).toMatchObject({ bytes: 72, isWithinBudget: true });
  });

  it("weighs the log-in page as the light page served at /login, within 120 KB", () => {
    const login = PAGES.find((page) => page.page === "log-in");
    expect(login?.modules).toContain("login.html");
    expect(login?.budget).toBe(120 * 1024);
  });

  it("weighs a page in each language and counts its heaviest", () => {
    const withCatalogues = {
      ...manifest,
      "shared/i18n/catalogues/en-first.ts": { file: "assets/en-first.js" },
      "shared/i18n/catalogues/fr-first.ts": { file: "assets/fr-first.js" },
      "shared/i18n/catalogues/de-first.ts": { file: "assets/de-first.js" },
      "shared/i18n/catalogues/es-first.ts": { file: "assets/es-first.js" },
      "shared/i18n/catalogues/id-first.ts": { file: "assets/id-first.js" },
    };
    const withSizes: Record<string, number> = {
      ...sizes,
      "assets/en-first.js": 3,
      "assets/fr-first.js": 4,
      "assets/de-first.js": 6,
      "assets/es-first.js": 4,
      "assets/id-first.js": 3,
    };
    const [page] = weighPages(withCatalogues, (file: string) => withSizes[file] ?? 0, [
      {
        page: "home",
        modules: ["index.html", "shared/i18n/catalogues/{locale}-first.ts"],
        budget: 65,
      },
    ]);
    expect(page).toMatchObject({ locale: "de", bytes: 66, isWithinBudget: false });
  });

  it("weighs an engagement's overview with its chart, within 200 KB", () => {
    const overview = PAGES.find((page) => page.page === "engagement overview");
    expect(overview?.modules).toContain("app/routes/engagement-overview.tsx");
    expect(overview?.modules).toContain("features/billing/components/money-over-time-chart.tsx");
    expect(overview?.budget).toBe(200 * 1024);
  });

  it("finds the overview's first-screen code its page does not name", () => {
    const overview = {
      ...manifest,
      "app/start.tsx": { file: "assets/start.js", imports: ["_react.js"] },
      "app/routes/engagement.tsx": { file: "assets/engagement.js" },
      "app/routes/engagement-overview.tsx": { file: "assets/overview.js", imports: ["_form.js"] },
    };
    const files = filesOfPage(overview, OVERVIEW_FIRST_SCREEN);
    const html = files
      .filter((file) => file !== "assets/form.js")
      .map((file) => `<link rel="modulepreload" href="/${file}">`)
      .join("");
    expect(unnamedFiles(html, files)).toEqual(["assets/form.js"]);
  });

  it("reports a page over its budget", () => {
    const [big] = weighPages(manifest, (file: string) => sizes[file] ?? 0, [
      { page: "big", modules: ["index.html", "app/routes/big.tsx"], budget: 1000 },
    ]);
    expect(big).toMatchObject({ bytes: 1059, isWithinBudget: false });
  });
});

describe("an engagement's overview page for a signed-in reader", () => {
  let root: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "accord-web-"));
    await mkdir(join(root, ".vite"));
    await writeFile(join(root, "index.html"), "<!doctype html><div id=root></div>");
    await writeFile(
      join(root, "engagement-overview.html"),
      '<!doctype html><html lang="en"><head><title>Accord</title></head><body><div id=root></div></body></html>',
    );
    await writeFile(
      join(root, ".vite/manifest.json"),
      JSON.stringify({
        "shared/i18n/catalogues/de-first.ts": { file: "assets/de-first-Xy.js" },
        "shared/i18n/catalogues/en-first.ts": { file: "assets/en-first-Zw.js" },
      }),
    );
    app = Fastify();
    // The API as the page's answers see it: a session cookie, an engagement whose timeline
    // this reader may not read, its threads, the other side's reputation, the reader's
    // organisations and notifications.
    const signedIn = (cookie: string | undefined) => cookie === "session=s1";
    app.get("/api/v1/me", (request, reply) =>
      signedIn(request.headers.cookie)
        ? reply.send({ user: { id: "u1", locale: "de", name: "</script><b>Jonas" } })
        : reply.code(401).send({ error: { code: "unauthenticated", message: "" } }),
    );
    app.get("/api/v1/engagements/e1", (_request, reply) =>
      reply.send({ id: "e1", mySide: "client", client: { id: "c1" }, provider: { id: "p1" } }),
    );
    app.get("/api/v1/engagements/e1/events", (_request, reply) =>
      reply.code(403).send({ error: { code: "forbidden", message: "" } }),
    );
    app.get("/api/v1/orgs/p1/reputation", (_request, reply) => reply.send({ orgId: "p1" }));
    app.get("/api/v1/engagements/e1/threads", (_request, reply) => reply.send({ threads: [] }));
    app.get("/api/v1/orgs", (_request, reply) => reply.send({ organisations: [{ id: "c1" }] }));
    app.get<{ Querystring: { limit?: string } }>("/api/v1/notifications", (request, reply) =>
      reply.send({ notifications: [], unreadCount: 3, limit: request.query.limit }),
    );
    // An ordinary instance has no test clock; a test sets one to see the page carry it.
    app.get("/api/v1/test-clock", (_request, reply) =>
      reply.send(testClock ? { isEnabled: true, ...testClock } : { isEnabled: false }),
    );
    await registerWebAssets(app, root);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  let testClock: { offsetSeconds: number; isAhead: boolean } | null = null;

  const answersOf = (html: string): Record<string, unknown> => {
    const json = /<script type="application\/json" id="first-answers">(.*?)<\/script>/.exec(html);
    return JSON.parse(json?.[1] ?? "null") as Record<string, unknown>;
  };

  it("carries what the page draws first, as the API answers it, and names the reader's catalogue", async () => {
    const page = await app.inject({ url: "/engagements/e1", headers: { cookie: "session=s1" } });
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/de-first-Xy.js">',
    );
    expect(page.body).not.toContain("en-first");
    // In the reader's language from its first byte.
    expect(page.body).toContain('<html lang="de">');
    const answers = answersOf(page.body);
    // The timeline this reader may not read is left out, for the app to ask and be refused.
    expect(Object.keys(answers).sort()).toEqual([
      "/engagements/e1",
      "/engagements/e1/threads",
      "/me",
      "/notifications?limit=1",
      "/orgs",
      "/orgs/p1/reputation",
      "/test-clock",
    ]);
    // No test clock here: said in the page, so the app does not ask for one.
    expect(answers["/test-clock"]).toEqual({ isEnabled: false });
    expect(answers["/orgs/p1/reputation"]).toEqual({ orgId: "p1" });
    expect(answers["/orgs"]).toEqual({ organisations: [{ id: "c1" }] });
    // The header's count comes from the notifications' first page of one, as the app asks.
    expect(answers["/notifications?limit=1"]).toMatchObject({ unreadCount: 3, limit: "1" });
    // A value cannot close the data block: the only "</script>" is the block's own end.
    expect(page.body.match(/<\/script>/g)).toHaveLength(1);
    expect(answers["/me"]).toMatchObject({ user: { name: "</script><b>Jonas" } });
  });

  it("carries the test clock of a sandbox that has one", async () => {
    testClock = { offsetSeconds: 86_400, isAhead: true };
    try {
      const page = await app.inject({ url: "/engagements/e1", headers: { cookie: "session=s1" } });
      expect(answersOf(page.body)["/test-clock"]).toEqual({ isEnabled: true, ...testClock });
    } finally {
      testClock = null;
    }
  });

  it("is compressed as the browser accepts", async () => {
    const page = await app.inject({
      url: "/engagements/e1",
      headers: { cookie: "session=s1", "accept-encoding": "gzip, br" },
    });
    expect(page.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(page.rawPayload).toString()).toContain("first-answers");
  });

  it("stays the shared page, revalidated, for nobody signed in", async () => {
    const page = await app.inject({ url: "/engagements/e1" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.body).not.toContain("first-answers");
    expect(page.body).not.toContain("modulepreload");
    expect(page.body).toContain('<html lang="en">');
  });
});
