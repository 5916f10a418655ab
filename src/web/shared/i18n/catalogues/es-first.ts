import { es } from "../../../../i18n/messages/es";
import { webEs } from "../../../i18n/messages/es";
import { cataloguePart } from "../catalogue-parts";
import type { AppMessages } from "../messages";

/** Spanish, the first screen's part. The build replaces this module by the selected keys alone. */
export const messages = cataloguePart(es, webEs, "first") as Partial<AppMessages>;
