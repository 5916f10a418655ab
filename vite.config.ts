import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";
import { catalogueParts } from "./scripts/catalogue-parts-plugin";
import { firstScreenChunks } from "./scripts/first-screen-chunks";
import { preloadLinks } from "./scripts/preload-links-plugin";

const repoRoot = fileURLToPath(new URL(".", import.meta.url));
/** Where `npm run dev:web` sends API calls: a local `accord serve` unless told otherwise. */
const apiTarget = process.env.ACCORD_API_URL ?? "http://127.0.0.1:3000";
const ownChunk = firstScreenChunks();

/**
 * The web app lives in src/web but imports types and constants from src/contracts and src/i18n,
 * so the dev server may read the whole repository. The API server serves dist/web in production.
 */
export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  plugins: [
    react(),
    catalogueParts(),
    // The first screen's code named in the HTML, fetched beside the entry (see the plugin).
    preloadLinks(),
    // Brotli and gzip copies beside each asset; the server sends the one the browser accepts.
    compression({
      algorithms: ["brotliCompress", "gzip"],
      include: /\.(js|css|html|svg|json|txt)$/,
      threshold: 1024,
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    // Maps are written for debugging but not referenced, and the server never serves them.
    sourcemap: "hidden",
    // Every browser the app supports knows modulepreload: no polyfill file to fetch first.
    modulePreload: { polyfill: false },
    // Read by scripts/check-bundle-size.js to add up what each page loads.
    manifest: true,
    rollupOptions: {
      // The app, and the light log-in page people open first (served at /login).
      input: {
        index: fileURLToPath(new URL("./src/web/index.html", import.meta.url)),
        login: fileURLToPath(new URL("./src/web/login.html", import.meta.url)),
      },
      // Zod ships comments Rollup cannot place; it drops them harmlessly, so say nothing.
      onwarn(warning, warn) {
        if (warning.code === "INVALID_ANNOTATION") return;
        warn(warning);
      },
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        // The app's own code in a few files by when it runs (scripts/first-screen-chunks.ts).
        manualChunks(id, meta) {
          if (!id.includes("node_modules")) return ownChunk(id, meta);
          if (id.includes("node_modules/zod/")) return "zod";
          // Loaded only by pages that draw a chart, never by the log-in page. Its style sheet
          // stays with the chart's component that names it: in the library's file, it made
          // that component import the library at once, so an overview without a chart to draw
          // downloaded and ran uPlot after its first paint (a long task).
          if (id.includes("node_modules/uplot/")) return id.endsWith(".js") ? "charts" : undefined;
          // Loaded only by pages with a form on react-hook-form; it imports zod, which the
          // entry must not pull in through the shared libraries' file.
          if (/node_modules\/(react-hook-form|@hookform)\//.test(id)) return "forms";
          // React, the router, react-intl and the query cache: every page of the app runs
          // them, so one file (one round trip on a phone) rather than three.
          return "libs";
        },
      },
    },
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
    },
  },
});
