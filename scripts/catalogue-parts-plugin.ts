// A Vite plugin that cuts each language's catalogue into the two parts the browser loads
// (src/web/shared/i18n/catalogue-parts.ts). Without it each part's module would carry the
// whole catalogue and pick its keys at run time; with it the built chunk holds its keys alone.
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

const PART_MODULE = /\/shared\/i18n\/catalogues\/(en|fr|de|es|id)-(first|rest)\.ts$/;

export function catalogueParts(): Plugin {
  return {
    name: "accord-catalogue-parts",
    // Only the build: the dev server runs the modules as written, so edits to a catalogue show.
    apply: "build",
    load(moduleId) {
      const match = PART_MODULE.exec(moduleId);
      if (!match) return null;
      const [server, web] = CATALOGUES[match[1] as Locale];
      const selected = cataloguePart(server, web, match[2] as CataloguePart);
      // JSON.parse of a string reads faster than the same object as a literal.
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(selected))});\n`;
    },
  };
}
