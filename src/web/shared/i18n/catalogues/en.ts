import { en } from "../../../../i18n/messages/en";
import { webEn } from "../../../i18n/messages/en";
import type { AppMessages } from "../messages";

/** One language's whole catalogue (server keys for shared names, then the web's), its own chunk. */
export const messages: AppMessages = { ...en, ...webEn };
