import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startAccord } from "../../src/server/start";
import { moveTestClockForward } from "../../src/server/modules/test-clock/move-test-clock-forward";
import {
  findUserByEmail,
  normaliseEmail,
  setPlatformRole,
} from "../../src/server/modules/auth/users.repository";
import { listUnsubscribeUrl } from "../../src/server/modules/notifications/list-unsubscribe";
import { sweepDueWork } from "../../src/server/sweeper";
import { fakeResolver } from "../../test/support/fake-dns";

/** What the browser journeys share: the built web app, a server, Chromium and a few steps. */

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const RESULTS_DIR = `${REPO_ROOT}test-results`;
export const PASSWORD = "correct horse battery";
const WEB_INDEX = `${REPO_ROOT}dist/web/index.html`;
/** What the bundle is built from: the app, and the catalogues and contracts it imports. */
const WEB_SOURCES = ["src/web", "src/i18n", "src/contracts", "src/domain"].map(
  (dir) => `${REPO_ROOT}${dir}`,
);

function newestChange(dir: string): number {
  return readdirSync(dir).reduce((newest, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return Math.max(newest, stat.isDirectory() ? newestChange(path) : stat.mtimeMs);
  }, 0);
}

/** Builds dist/web when it is missing or older than its sources, so a journey never tests a stale bundle. */
export async function buildWebIfStale(): Promise<void> {
  if (existsSync(WEB_INDEX)) {
    const builtAt = statSync(WEB_INDEX).mtimeMs;
    if (WEB_SOURCES.every((dir) => newestChange(dir) <= builtAt)) return;
  }
  const { build } = await import("vite");
  // Vitest sets NODE_ENV=test, which would bundle React's development build; build what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: `${REPO_ROOT}vite.config.ts`, logLevel: "warn" });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Fails early, and plainly, when the server answers pages but not the bundle they load. */
export async function assertServesWebApp(url: string): Promise<void> {
  const html = await (await fetch(`${url}/signup`)).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!script) throw new Error("GET /signup did not answer with the web app's index.html");
  const asset = await fetch(`${url}${script}`);
  if (!asset.ok)
    throw new Error(`GET ${script} answered ${asset.status}: the bundle is not served`);
}

export interface Server {
  url: string;
  /** Moves a test-clock server's time forward (as `accord clock advance`); its new now. */
  advanceClock(by: string): Promise<Date>;
  /** Makes a signed-up person a platform moderator (as an operator would). */
  makeModerator(email: string): Promise<void>;
  /** The unsubscribe link that this server's notification e-mail to that person names. */
  unsubscribeLinkOf(email: string): Promise<string>;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Start with the test clock on, so a journey can let days pass. */
  testClock?: boolean;
}

/** Starts Accord on an in-memory database, or uses `ACCORD_E2E_URL` when set. */
export async function startServer(options: ServerOptions = {}): Promise<Server> {
  const external = process.env.ACCORD_E2E_URL;
  if (external) {
    return {
      url: external.replace(/\/+$/, ""),
      advanceClock: () => Promise.reject(new Error("ACCORD_E2E_URL: move its clock with the CLI")),
      makeModerator: () => Promise.reject(new Error("ACCORD_E2E_URL: name moderators there")),
      unsubscribeLinkOf: () =>
        Promise.reject(new Error("ACCORD_E2E_URL: take the link from a mail there")),
      close: async () => undefined,
    };
  }
  // The server serves dist/web only if it exists when it starts.
  await buildWebIfStale();
  const filesDirectory = await mkdtemp(join(tmpdir(), "accord-e2e-files-"));
  let accord: Awaited<ReturnType<typeof startAccord>>;
  try {
    accord = await startAccord({
      databaseUrl: "sqlite::memory:",
      port: 0,
      mail: "outbox",
      logLevel: "warn",
      filesDirectory,
      allowsLoopbackWebhooks: true,
      // The machine running the journeys may have no DNS; webhook hosts resolve from a table.
      webhookLookup: fakeResolver().lookup,
      testClock: options.testClock ?? false,
    });
  } catch (error) {
    await rm(filesDirectory, { recursive: true, force: true });
    throw error;
  }
  await assertServesWebApp(accord.url);
  return {
    url: accord.url,
    async advanceClock(by) {
      const clock = accord.deps.testClock;
      if (!clock) throw new Error("this journey's server has no test clock");
      const moved = await moveTestClockForward(accord.deps.db, by, clock.realNow());
      if (!moved.ok) throw new Error(`the test clock refused ${by}: ${moved.failure.code}`);
      await clock.refresh(true);
      await sweepDueWork(accord.deps);
      return clock.now();
    },
    async makeModerator(email) {
      const user = await findUserByEmail(accord.deps.db, normaliseEmail(email));
      if (!user) throw new Error(`no user signed up as ${email}`);
      await setPlatformRole(accord.deps.db, user.id, "moderator");
    },
    async unsubscribeLinkOf(email) {
      const user = await findUserByEmail(accord.deps.db, normaliseEmail(email));
      if (!user) throw new Error(`no user signed up as ${email}`);
      return listUnsubscribeUrl(accord.deps.publicUrl, accord.deps.signingSecret, user.id);
    },
    async close() {
      // Chromium can leave a socket open that never carried a request (a preconnect); the
      // server would wait for it forever, so the test ends every connection itself.
      accord.app.server.closeAllConnections();
      await accord.close();
      // The uploads of a journey are its own: nothing of them outlives the run.
      await rm(filesDirectory, { recursive: true, force: true });
    },
  };
}

function chromiumPath(): string {
  try {
    const found = execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
    if (found) return found;
  } catch {
    // `which` exits non-zero when nothing is found; fall back to the usual Debian path.
  }
  return "/usr/bin/chromium";
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A fresh browser profile: one person on their own computer. */
export async function newPerson(
  browser: Browser,
  stepTimeout: number,
  locale = "en-GB",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale,
    timezoneId: "UTC",
    viewport: { width: 1200, height: 900 },
  });
  context.setDefaultTimeout(stepTimeout);
  const page = await context.newPage();
  return { context, page };
}

export async function signUp(page: Page, baseUrl: string, name: string, email: string) {
  await page.goto(`${baseUrl}/signup`);
  await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // Signed in, people land on their home page: what waits for them.
  await page.waitForURL((url) => url.pathname === "/");
}

/** Logs in again, as someone whose session ended (the test clock moved past its expiry). */
export async function logIn(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

export async function createOrganisation(page: Page, name: string, kind: "Client" | "Provider") {
  await page.getByRole("link", { name: "Create an organisation" }).first().click();
  await page.getByLabel("Organisation name").fill(name);
  await page.getByRole("radio", { name: new RegExp(`^${kind}`) }).check();
  await page.getByRole("button", { name: "Create organisation" }).click();
  await page.getByRole("heading", { level: 1, name: `Members of ${name}` }).waitFor();
}

/**
 * Answers the confirmation asked before an irreversible step: checks it says what cannot be
 * undone, then confirms with its button.
 */
export async function confirmStep(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByText(/cannot be undone/).waitFor();
  await dialog.getByRole("button", { name: button }).click();
  await dialog.waitFor({ state: "hidden" });
}

/** Follows a link of the account menu (settings, the demo mailbox, log out…). */
export async function openAccountMenu(page: Page, link: string): Promise<void> {
  await page.locator(".account-menu summary").click();
  await page.locator(".account-menu-panel").getByRole("link", { name: link }).click();
}

/** Opens one of the current organisation's settings (members, API tokens, webhooks). */
export async function openOrgSettings(page: Page, link: string): Promise<void> {
  await navigate(page, "Organisation");
  await page.getByRole("heading", { level: 1, name: /^Settings of / }).waitFor();
  await page.getByRole("main").getByRole("link", { name: link }).click();
}

/** Follows a link of the main navigation. */
export async function navigate(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
}

/**
 * How long one browser step (a click, a wait for a heading) may take before the journey fails.
 * Only a hang should reach it: journeys run beside the database tests, and on a loaded machine a
 * page can take many seconds to answer without anything being wrong.
 */
export const STEP_TIMEOUT = 60_000;

/**
 * One journey's server and browser, started before its tests and closed after them: call it at
 * the top of a test file and use `baseUrl()` and `person()` inside the tests.
 */
export function useJourney(options: ServerOptions = {}, stepTimeout = STEP_TIMEOUT) {
  let accord: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    accord = await startServer(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await accord?.close();
  });
  return {
    baseUrl: (): string => {
      if (!accord) throw new Error("server not started");
      return accord.url;
    },
    advanceClock: (by: string): Promise<Date> => {
      if (!accord) throw new Error("server not started");
      return accord.advanceClock(by);
    },
    makeModerator: (email: string): Promise<void> => {
      if (!accord) throw new Error("server not started");
      return accord.makeModerator(email);
    },
    unsubscribeLinkOf: (email: string): Promise<string> => {
      if (!accord) throw new Error("server not started");
      return accord.unsubscribeLinkOf(email);
    },
    /** `locale` is the browser's language (its Accept-Language and `navigator.languages`). */
    person: (locale?: string) => {
      if (!browser) throw new Error("browser not started");
      return newPerson(browser, stepTimeout, locale);
    },
  };
}

/**
 * Paula (the provider) and Clara (the client), each signed up in a browser of their own; `run`
 * keeps the addresses unique.
 */
export async function signUpPair(
  journey: Pick<ReturnType<typeof useJourney>, "baseUrl" | "person">,
  run: string,
) {
  const p = await journey.person();
  const providerEmail = `paula-${run}@example.test`;
  await signUp(p.page, journey.baseUrl(), "Paula Okafor", providerEmail);
  const c = await journey.person();
  await signUp(c.page, journey.baseUrl(), "Clara Diaz", `clara-${run}@example.test`);
  return { p, c, providerEmail };
}

/**
 * The cast of the reviews journeys, each signed up in a browser of their own: Paula (the
 * provider), Clara (the client) and Mona, a moderator. `run` keeps the addresses unique.
 */
export async function signUpReviewCast(journey: ReturnType<typeof useJourney>, run: string) {
  const { baseUrl, person, makeModerator } = journey;
  const { p, c } = await signUpPair(journey, run);
  const m = await person();
  const monaEmail = `mona-${run}@example.test`;
  await signUp(m.page, baseUrl(), "Mona Moderator", monaEmail);
  await makeModerator(monaEmail);
  return { p, c, m };
}
