import type { Rollup } from "vite";
import { describe, expect, it } from "vitest";
import { OVERVIEW_HTML, preloadLinks } from "../../scripts/preload-links-plugin";

function chunk(fileName: string, moduleIds: string[], imports: string[] = [], css: string[] = []) {
  return {
    type: "chunk",
    fileName,
    moduleIds,
    imports,
    isEntry: moduleIds.some((id) => id.endsWith(".html")),
    facadeModuleId: moduleIds[0] ?? null,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  } as unknown as Rollup.OutputChunk;
}

/** A build shaped like Accord's: a small entry, the app it imports, the overview's route. */
function build(): Rollup.OutputBundle {
  const html = `<!doctype html><html><head><script type="module" src="/assets/index.js"></script>
<link rel="modulepreload" crossorigin href="/assets/api.js"></head><body></body></html>`;
  return {
    "index.html": { type: "asset", fileName: "index.html", source: html },
    "assets/index.js": chunk("assets/index.js", ["/r/src/web/index.html"], ["assets/api.js"]),
    "assets/api.js": chunk("assets/api.js", ["/r/src/web/shared/api/api-client.ts"]),
    "assets/start.js": chunk(
      "assets/start.js",
      ["/r/src/web/app/start.tsx", "/r/src/web/app/router.tsx"],
      ["assets/react.js", "assets/api.js"],
      ["assets/styles.css"],
    ),
    "assets/react.js": chunk("assets/react.js", ["/r/node_modules/react/index.js"]),
    "assets/overview.js": chunk(
      "assets/overview.js",
      ["/r/src/web/app/routes/engagement-overview.tsx"],
      ["assets/engagement.js", "assets/react.js"],
    ),
    "assets/engagement.js": chunk("assets/engagement.js", ["/r/src/web/app/routes/engagement.tsx"]),
    "assets/settings.js": chunk("assets/settings.js", ["/r/src/web/app/routes/settings.tsx"]),
  } as unknown as Rollup.OutputBundle;
}

function run(bundle: Rollup.OutputBundle): Record<string, string> {
  const plugin = preloadLinks();
  const emitted: Record<string, string> = {};
  const context = {
    emitFile: (file: { fileName: string; source: string }) =>
      (emitted[file.fileName] = file.source),
  };
  (plugin.configResolved as (config: { base: string }) => void)({ base: "/" });
  (plugin.generateBundle as (...args: unknown[]) => void).call(context, {}, bundle, false);
  const index = bundle["index.html"] as Rollup.OutputAsset;
  return { "index.html": String(index.source), ...emitted };
}

const preloads = (html: string) =>
  [...html.matchAll(/<link rel="(modulepreload|stylesheet)" crossorigin href="([^"]+)">/g)].map(
    (match) => match[2],
  );

describe("the first screen's code named in the app's HTML", () => {
  it("lets the browser fetch the app and its styles beside the entry, each file once", () => {
    const pages = run(build());
    expect(preloads(pages["index.html"] ?? "")).toEqual([
      "/assets/api.js",
      "/assets/start.js",
      "/assets/styles.css",
      "/assets/react.js",
    ]);
  });

  it("names an engagement's overview code only in the overview's page", () => {
    const pages = run(build());
    expect(preloads(pages[OVERVIEW_HTML] ?? "")).toEqual([
      "/assets/api.js",
      "/assets/start.js",
      "/assets/styles.css",
      "/assets/react.js",
      "/assets/overview.js",
      "/assets/engagement.js",
    ]);
    expect(pages["index.html"]).not.toContain("overview.js");
    expect(pages[OVERVIEW_HTML]).not.toContain("settings.js");
  });

  it("fails the build when the app's module is missing, rather than ship a page without it", () => {
    const bundle = build();
    delete bundle["assets/start.js"];
    expect(() => run(bundle)).toThrow(/start\.tsx is in no chunk/);
  });
});
