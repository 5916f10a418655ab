import { es } from "../../../../i18n/messages/es";
import { webEs } from "../../../i18n/messages/es";
import type { AppMessages } from "../messages";

/** One language's whole catalogue (server keys for shared names, then the web's), its own chunk. */
export const messages: AppMessages = { ...es, ...webEs };
