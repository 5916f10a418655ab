import type { DatabaseHandle } from "../../src/server/db/connect";

/**
 * A user `u1` and the two organisations it created, client `oc` and provider `op`: the parties
 * of engagements that tests of the sweeps write as rows, without the use-cases.
 */
export async function insertClientAndProvider(handle: DatabaseHandle, at: string): Promise<void> {
  await handle.db
    .insertInto("users")
    .values({
      id: "u1",
      email: "u1@example.test",
      name: "U",
      password_hash: "x",
      locale: null,
      platform_role: "user",
      created_at: at,
    })
    .execute();
  await handle.db
    .insertInto("organisations")
    .values([
      { id: "oc", name: "Client", kind: "client", created_by: "u1", created_at: at },
      { id: "op", name: "Studio", kind: "provider", created_by: "u1", created_at: at },
    ])
    .execute();
}
