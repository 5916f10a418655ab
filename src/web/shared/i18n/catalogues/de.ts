import { de } from "../../../../i18n/messages/de";
import { webDe } from "../../../i18n/messages/de";
import type { AppMessages } from "../messages";

/** One language's whole catalogue (server keys for shared names, then the web's), its own chunk. */
export const messages: AppMessages = { ...de, ...webDe };
