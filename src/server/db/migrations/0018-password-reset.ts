import type { Kysely } from "kysely";

// "Forgot password": single-use links sent by e-mail. Only the SHA-256 of the token is kept, so
// a copy of the database opens no account; a link counts as used once a password was set with
// it, and every link of the person is closed by a reset.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("password_resets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  // How many links a person was sent lately (the per-account limit) is read by this index.
  await db.schema
    .createIndex("password_resets_user_created")
    .on("password_resets")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("password_resets").execute();
}
