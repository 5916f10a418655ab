import { fr } from "../../../../i18n/messages/fr";
import { webFr } from "../../../i18n/messages/fr";
import { cataloguePart } from "../catalogue-parts";
import type { AppMessages } from "../messages";

/** French, everything but the first screen's part. The build replaces this module by the selected keys alone. */
export const messages = cataloguePart(fr, webFr, "rest") as Partial<AppMessages>;
