// A Vite plugin that cuts each language's catalogue into the two parts the browser loads
// (src/web/shared/i18n/catalogue-parts.ts). Without it each part's module would carry the
// whole catalogue and pick its keys at run time; with it the built chunk holds its keys alone.
// It also compiles each message to its ICU syntax tree, which react-intl formats as is: the
// browser no longer parses a message on first use, and the parser leaves the bundle (replaced
// by FormatJS's own parser-less module). The dev server keeps the messages as written.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Plugin } from "vite";
import { de } from "../src/i18n/messages/de";
import { en } from "../src/i18n/messages/en";
import { es } from "../src/i18n/messages/es";
import { fr } from "../src/i18n/messages/fr";
import { id } from "../src/i18n/messages/id";
import type { Locale } from "../src/i18n/locales";
import { webDe } from "../src/web/i18n/messages/de";
import { webEn } from "../src/web/i18n/messages/en";
import { webEs } from "../src/web/i18n/messages/es";
import { webFr } from "../src/web/i18n/messages/fr";
import { webId } from "../src/web/i18n/messages/id";
import { cataloguePart, type CataloguePart } from "../src/web/shared/i18n/catalogue-parts";

const CATALOGUES: Record<Locale, [Record<string, string>, Record<string, string>]> = {
  en: [en, webEn],
  fr: [fr, webFr],
  de: [de, webDe],
  es: [es, webEs],
  id: [id, webId],
};

/** What the parser's package offers without the parser, for the browser's bundle. */
const PARSER_PACKAGE = "@formatjs/icu-messageformat-parser";
const NO_PARSER = join(
  dirname(createRequire(import.meta.url).resolve(`${PARSER_PACKAGE}/package.json`)),
  "lib/no-parser.js",
);

/** Each message as the syntax tree react-intl would parse it into, in that language. */
export function compiled(
  messages: Record<string, string>,
  locale: Locale,
): Record<string, MessageFormatElement[]> {
  const options = { locale: new Intl.Locale(locale) };
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [key, parse(message, options)]),
  );
}

const PART_MODULE = /\/shared\/i18n\/catalogues\/(en|fr|de|es|id)-(first|rest)\.ts$/;

export function catalogueParts(): Plugin {
  return {
    name: "accord-catalogue-parts",
    // Only the build: the dev server runs the modules as written, so edits to a catalogue show.
    apply: "build",
    config() {
      // Only this exact import: the parser's other modules (its types) stay as they are.
      const find = /^@formatjs\/icu-messageformat-parser$/;
      return { resolve: { alias: [{ find, replacement: NO_PARSER }] } };
    },
    load(moduleId) {
      const match = PART_MODULE.exec(moduleId);
      if (!match) return null;
      const locale = match[1] as Locale;
      const [server, web] = CATALOGUES[locale];
      const selected = compiled(cataloguePart(server, web, match[2] as CataloguePart), locale);
      // JSON.parse of a string reads faster than the same object as a literal.
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(selected))});\n`;
    },
  };
}
