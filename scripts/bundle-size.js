#!/usr/bin/env node
// What a first visit to a page downloads in JavaScript, gzipped, added up from the build
// manifest (the entry, the page's own chunks, the first screen's part of the catalogue and
// everything they import statically), against each page's budget. A page is weighed in each
// language and its heaviest counts. Run after `vite build`; exits 1 over budget.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const WEB_DIST = fileURLToPath(new URL("../dist/web", import.meta.url));

/** The languages a page is weighed in; `{locale}` in a module's path stands for each. */
export const LOCALES = ["en", "fr", "de", "es", "id"];

/** The charts' library, which a page asks for only when it has something to draw. */
const CHART_LIBRARY = "../../node_modules/uplot/dist/uPlot.esm.js";
/** The overview's chart, loaded as it comes near the screen, with or without money to draw. */
const OVERVIEW_CHART = "features/billing/components/money-over-time-chart.tsx";

/** Budgets in bytes of gzipped JavaScript (issue: log-in ≤ 120 KB, an engagement ≤ 200 KB). */
export const PAGES = [
  {
    page: "log-in",
    // The light page served at /login (src/web/login.html), not the app's React route.
    modules: ["login.html", "shared/i18n/catalogues/{locale}-first.ts"],
    budget: 120 * 1024,
  },
  {
    page: "engagement overview",
    modules: [
      "index.html",
      // The app itself, imported by the small entry once it has started the first requests.
      "app/start.tsx",
      "app/routes/engagement.tsx",
      "app/routes/engagement-overview.tsx",
      // Loaded when it comes near the screen, which on a phone it does at once.
      OVERVIEW_CHART,
      // and, once an invoice is issued, the chart's library (asked for only when it draws).
      CHART_LIBRARY,
      // The rest of the catalogue comes with the first page beyond the first screen.
      "shared/i18n/catalogues/{locale}-first.ts",
    ],
    budget: 200 * 1024,
  },
];

/** The first screen's modules scripts/first-screen-chunks.ts puts in one chunk, by its name. */
const MERGED_INTO = {
  "app/start.tsx": "app",
  "app/routes/engagement.tsx": "app",
  "app/routes/engagement-overview.tsx": "app",
};

/**
 * A module's manifest entry: by its source path, or (when Rollup merged it) by chunk name, its
 * own or that of the chunk it was merged into.
 */
function entryOf(manifest, module) {
  if (manifest[module]) return manifest[module];
  const chunks = Object.values(manifest);
  const name = basename(module).replace(/\.[jt]sx?$/, "");
  const found =
    chunks.find((chunk) => chunk.name === name) ??
    chunks.find((chunk) => MERGED_INTO[module] && chunk.name === MERGED_INTO[module]);
  if (!found) throw new Error(`${module} is not in the build manifest`);
  return found;
}

/** The JavaScript files a page loads before it shows: its modules and their static imports. */
export function filesOfPage(manifest, modules) {
  const files = new Set();
  const visit = (chunk) => {
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  for (const module of modules) visit(entryOf(manifest, module));
  return [...files].filter((file) => file.endsWith(".js"));
}

/** Each page's gzipped weight in its heaviest language, and whether it stays within budget. */
export function weighPages(manifest, gzippedSize, pages = PAGES) {
  return pages.map(({ page, modules, budget }) => {
    const languages = modules.some((module) => module.includes("{locale}")) ? LOCALES : [null];
    const weights = languages.map((locale) => {
      const inLocale = modules.map((module) =>
        locale ? module.replace("{locale}", locale) : module,
      );
      const bytes = filesOfPage(manifest, inLocale).reduce(
        (sum, file) => sum + gzippedSize(file),
        0,
      );
      return { locale, bytes };
    });
    const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    return {
      page,
      locale: heaviest.locale,
      bytes: heaviest.bytes,
      budget,
      isWithinBudget: heaviest.bytes <= budget,
    };
  });
}

/**
 * What an engagement's overview needs before it draws, which the page the server sends for it
 * (written by scripts/preload-links-plugin.ts) names so the browser fetches it at once; not its
 * catalogue, which depends on the reader, nor the chart, which comes later.
 */
export const OVERVIEW_FIRST_SCREEN = [
  "index.html",
  "app/start.tsx",
  "app/routes/engagement.tsx",
  "app/routes/engagement-overview.tsx",
];

/** The files among `files` that `html` does not name. */
export function unnamedFiles(html, files) {
  return files.filter((file) => !html.includes(`/${file}"`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(WEB_DIST, ".vite/manifest.json"), "utf8"));
  const gzipped = (file) => gzipSync(readFileSync(join(WEB_DIST, file)), { level: 9 }).length;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const results = weighPages(manifest, gzipped);
  for (const { page, locale, bytes, budget, isWithinBudget } of results) {
    const language = locale ? ` in ${locale}, its heaviest language` : "";
    process.stdout.write(
      `${isWithinBudget ? "✔" : "✖"} ${page}: ${kb(bytes)} of JavaScript gzipped${language} (budget ${kb(budget)})\n`,
    );
  }
  const overviewHtml = readFileSync(join(WEB_DIST, "engagement-overview.html"), "utf8");
  const unnamed = unnamedFiles(overviewHtml, filesOfPage(manifest, OVERVIEW_FIRST_SCREEN));
  process.stdout.write(
    unnamed.length === 0
      ? "✔ engagement overview: its page names all its first screen's code\n"
      : `✖ engagement overview: its page does not name ${unnamed.join(", ")}\n`,
  );
  // Most overviews have no invoice yet: their chart draws nothing and must not run uPlot.
  const isChartLibraryEager = filesOfPage(manifest, [OVERVIEW_CHART]).includes(
    entryOf(manifest, CHART_LIBRARY).file,
  );
  process.stdout.write(
    isChartLibraryEager
      ? "✖ engagement overview: its chart imports the chart library before it has anything to draw\n"
      : "✔ engagement overview: its chart asks for the chart library only when it draws\n",
  );
  if (results.some((result) => !result.isWithinBudget) || unnamed.length > 0 || isChartLibraryEager)
    process.exit(1);
}
