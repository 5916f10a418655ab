import { id } from "../../../../i18n/messages/id";
import { webId } from "../../../i18n/messages/id";
import type { AppMessages } from "../messages";

/** One language's whole catalogue (server keys for shared names, then the web's), its own chunk. */
export const messages: AppMessages = { ...id, ...webId };
