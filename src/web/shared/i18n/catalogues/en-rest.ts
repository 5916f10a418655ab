import { en } from "../../../../i18n/messages/en";
import { webEn } from "../../../i18n/messages/en";
import { cataloguePart } from "../catalogue-parts";
import type { AppMessages } from "../messages";

/** English, everything but the first screen's part. The build replaces this module by the selected keys alone. */
export const messages = cataloguePart(en, webEn, "rest") as Partial<AppMessages>;
