import type { Kysely } from "kysely";
import type { ChainedEvent } from "../../../domain/ledger/ledger";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";

/**
 * Called by `appendEvent` inside the transaction that appends `event`: writes the in-app
 * notifications, the e-mails (per each user's preferences) and the webhook deliveries the
 * event causes.
 */
export async function publishEvent(
  _trx: Kysely<Database>,
  _deps: AppDeps,
  _event: ChainedEvent,
): Promise<void> {
  // Implemented with the notifications and webhooks modules.
}
