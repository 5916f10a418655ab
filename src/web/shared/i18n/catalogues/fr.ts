import { fr } from "../../../../i18n/messages/fr";
import { webFr } from "../../../i18n/messages/fr";
import type { AppMessages } from "../messages";

/** One language's whole catalogue (server keys for shared names, then the web's), its own chunk. */
export const messages: AppMessages = { ...fr, ...webFr };
