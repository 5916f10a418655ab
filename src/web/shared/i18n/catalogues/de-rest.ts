import { de } from "../../../../i18n/messages/de";
import { webDe } from "../../../i18n/messages/de";
import { cataloguePart } from "../catalogue-parts";
import type { AppMessages } from "../messages";

/** German, everything but the first screen's part. The build replaces this module by the selected keys alone. */
export const messages = cataloguePart(de, webDe, "rest") as Partial<AppMessages>;
