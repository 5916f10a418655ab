import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { de } from "../../../i18n/messages/de";
import { en } from "../../../i18n/messages/en";
import { webDe } from "../../i18n/messages/de";
import { webEn } from "../../i18n/messages/en";
import { cataloguePart, isServerKeyForWeb, partOf } from "./catalogue-parts";

const WEB = resolve(import.meta.dirname, "../..");

/** The modules the first screen runs: the log-in page, the app's frame, an engagement's overview. */
const FIRST_SCREEN_ROOTS = [
  "log-in/log-in-page.ts",
  "main.tsx",
  "app/start.tsx",
  "app/routes/engagement.tsx",
  "app/routes/engagement-overview.tsx",
  "features/billing/components/money-over-time-chart.tsx",
];

const STATIC_IMPORT = /^import\s+(?!type\b)(?:[^;]*?\sfrom\s+)?"(\.[^"]+)"/gms;

/** The web modules `roots` import, statically and transitively (not the catalogues themselves). */
function modulesOf(roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const base = resolve(dirname(file), specifier);
      const found = [`${base}.ts`, `${base}.tsx`, base].find(
        (path) => /\.tsx?$/.test(path) && existsSync(path),
      );
      if (found?.startsWith(WEB) && !found.includes("/i18n/messages/")) visit(found);
    }
  };
  for (const root of roots) visit(join(WEB, root));
  return [...seen];
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "messages" ? [] : sourcesUnder(path);
    return /\.tsx?$/.test(name) && !name.includes(".test.") ? [path] : [];
  });
}

/**
 * The catalogue keys a module names: as whole strings, or as the fixed start of a template
 * (`engagement.status.${status}` names every key that starts `engagement.status.`).
 */
function keysNamedIn(files: string[], keys: string[]): Set<string> {
  const named = new Set<string>();
  const known = new Set(keys);
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const [, text = ""] of source.matchAll(/["'`]([a-zA-Z][\w.-]*)["'`]/g))
      if (known.has(text)) named.add(text);
    for (const [, head = ""] of source.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g))
      for (const key of keys) if (key.startsWith(head)) named.add(key);
  }
  return named;
}

const I18N = resolve(WEB, "../i18n");

/**
 * The shared i18n modules (`src/i18n`, not its catalogues) that web modules import: they name
 * keys the web shows too (the health tab's improvement line, from `health-improvement-words.ts`).
 */
function sharedI18nModulesOf(files: string[]): string[] {
  const found = new Set<string>();
  for (const file of files)
    for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const path = `${resolve(dirname(file), specifier)}.ts`;
      if (path.startsWith(`${I18N}/`) && !path.includes("/messages/") && existsSync(path))
        found.add(path);
    }
  return [...found];
}

const ALL_KEYS = [...Object.keys(en), ...Object.keys(webEn)];

describe("the catalogue's parts", () => {
  it("put every key the first screen's modules name into the first part", () => {
    const modules = modulesOf(FIRST_SCREEN_ROOTS);
    const named = keysNamedIn(modules, ALL_KEYS);
    // The reading itself works: the frame, the overview and the log-in page are all found.
    expect(named).toContain("nav.engagements");
    expect(named).toContain("engagement.tab.overview");
    expect(named).toContain("auth.login.title");
    expect([...named].filter((key) => partOf(key) !== "first")).toEqual([]);
  });

  it("leave the pages beyond the first screen in the rest", () => {
    expect(partOf("invoices.title")).toBe("rest");
    expect(partOf("webhooks.title")).toBe("rest");
    expect(partOf("engagement.tab.overview")).toBe("first");
  });

  it("carry every server key the web app names, and only those of the server's", () => {
    const web = sourcesUnder(WEB);
    const named = keysNamedIn([...web, ...sharedI18nModulesOf(web)], Object.keys(en));
    expect(named).toContain("role.owner");
    expect(named).toContain("health.improve.pay_invoice");
    expect([...named].filter((key) => !isServerKeyForWeb(key))).toEqual([]);
    expect(isServerKeyForWeb("mail.invitation.subject")).toBe(false);
  });

  it("split a language into two parts that share no key and together miss none", () => {
    const first = cataloguePart(de, webDe, "first");
    const rest = cataloguePart(de, webDe, "rest");
    expect(Object.keys(first).filter((key) => key in rest)).toEqual([]);
    const expected = [...Object.keys(de).filter(isServerKeyForWeb), ...Object.keys(webDe)];
    expect(Object.keys({ ...first, ...rest }).sort()).toEqual(expected.sort());
    expect(first["engagement.tab.overview"]).toBe(webDe["engagement.tab.overview"]);
  });
});
