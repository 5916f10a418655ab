import { id } from "../../../../i18n/messages/id";
import { webId } from "../../../i18n/messages/id";
import { cataloguePart } from "../catalogue-parts";
import type { AppMessages } from "../messages";

/** Indonesian, the first screen's part. The build replaces this module by the selected keys alone. */
export const messages = cataloguePart(id, webId, "first") as Partial<AppMessages>;
