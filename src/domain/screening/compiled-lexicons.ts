import { compileLexicon, type CompiledLexicon } from "./compile";
import { de } from "./lexicon/de";
import { en } from "./lexicon/en";
import { es } from "./lexicon/es";
import { fr } from "./lexicon/fr";
import { id } from "./lexicon/id";
import type { ScreeningLanguage } from "./types";

/** Each language's lexicon, compiled once. */
export const LEXICONS: Record<ScreeningLanguage, CompiledLexicon> = {
  en: compileLexicon(en),
  fr: compileLexicon(fr),
  de: compileLexicon(de),
  es: compileLexicon(es),
  id: compileLexicon(id),
};
