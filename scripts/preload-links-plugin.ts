// A Vite plugin that writes into the app's HTML the code its first screen needs, so the browser
// fetches it beside the small entry instead of after it: the app (React, the router, the frame
// and their styles) in index.html, and in engagement-overview.html (which the server sends for
// an engagement's overview, the page people open most) that page's code as well. Without it
// the browser learns of these files only once the entry has run, a round trip later, and the
// entry spends its first task adding a <link> for each.
import type { Plugin, Rollup } from "vite";

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The app's code, imported by the entry (src/web/main.tsx) once the first requests are off. */
const APP_MODULES = ["/src/web/app/start.tsx"];
/** What an engagement's overview adds to the app (its tab and the engagement's frame). */
const OVERVIEW_MODULES = [
  "/src/web/app/routes/engagement-overview.tsx",
  "/src/web/app/routes/engagement.tsx",
];
/** The variant of index.html the server sends for an engagement's overview. */
export const OVERVIEW_HTML = "engagement-overview.html";

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((file): file is OutputChunk => file.type === "chunk");
}

/** The files a module's chunk needs before it runs: the chunk and its static imports. */
function closure(bundle: OutputBundle, chunk: OutputChunk, files = new Set<string>()) {
  if (files.has(chunk.fileName)) return files;
  files.add(chunk.fileName);
  for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
  for (const imported of chunk.imports) {
    const next = bundle[imported];
    if (next?.type === "chunk") closure(bundle, next, files);
  }
  return files;
}

function filesOf(bundle: OutputBundle, modules: string[]): Set<string> {
  const files = new Set<string>();
  for (const module of modules) {
    // Its own chunk, or the one Rollup merged it into.
    const chunk = chunksOf(bundle).find((c) => c.moduleIds.some((id) => id.endsWith(module)));
    if (!chunk) throw new Error(`${module} is in no chunk of the build`);
    closure(bundle, chunk, files);
  }
  return files;
}

/** `<link>` tags for `files` (scripts as module preloads, styles as style sheets). */
export function linkTags(files: Iterable<string>, base = "/"): string {
  return [...files]
    .map((file) =>
      file.endsWith(".css")
        ? `<link rel="stylesheet" crossorigin href="${base}${file}">`
        : `<link rel="modulepreload" crossorigin href="${base}${file}">`,
    )
    .join("\n    ");
}

/** `html` with `tags` at the end of its head, after what it loads already. */
export function withTags(html: string, tags: string): string {
  if (!tags) return html;
  if (!html.includes("</head>")) throw new Error("the page has no </head> to add links before");
  return html.replace("</head>", `  ${tags}\n  </head>`);
}

/** The entry's files, which index.html names already (Vite writes them). */
function entryFiles(bundle: OutputBundle): Set<string> {
  const entry = chunksOf(bundle).find((c) => c.isEntry && c.facadeModuleId?.endsWith("index.html"));
  if (!entry) throw new Error("the build has no index.html entry");
  return closure(bundle, entry);
}

export function preloadLinks(): Plugin {
  let base = "/";
  return {
    name: "accord-preload-links",
    apply: "build",
    // After Vite has written the HTML, before the compression plugin reads the bundle.
    enforce: "post",
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const index = bundle["index.html"];
      if (index?.type !== "asset") return;
      const named = entryFiles(bundle);
      const app = [...filesOf(bundle, APP_MODULES)].filter((file) => !named.has(file));
      const overview = [...filesOf(bundle, OVERVIEW_MODULES)].filter(
        (file) => !named.has(file) && !app.includes(file),
      );
      const appHtml = withTags(String(index.source), linkTags(app, base));
      index.source = appHtml;
      this.emitFile({
        type: "asset",
        fileName: OVERVIEW_HTML,
        source: withTags(appHtml, linkTags(overview, base)),
      });
    },
  };
}
