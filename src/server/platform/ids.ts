import { createHash, randomBytes, randomUUID } from "node:crypto";

export interface IdGenerator {
  newId(): string;
}

export const randomIds: IdGenerator = { newId: () => randomUUID() };

/**
 * UUIDs of version 7 (RFC 9562): the first 48 bits are the time in milliseconds, the other 74
 * random. Rows written together then land side by side in every primary-key index instead of
 * on as many random pages: a message's twenty notifications and mails touched some forty index
 * pages through random ids, each one written again to SQLite's log and PostgreSQL's WAL. Still
 * unguessable; they only show roughly when a row was made, which its own dates say anyway.
 */
export const timeOrderedIds: IdGenerator = { newId: () => uuidV7(Date.now(), randomBytes(10)) };

export function uuidV7(milliseconds: number, random: Uint8Array): string {
  const hex = milliseconds.toString(16).padStart(12, "0").slice(-12);
  const bytes = Buffer.from(random.subarray(0, 10));
  // 4 bits of version, then 12 random; 2 bits of variant, then 62 random.
  const version = ((bytes.readUInt16BE(0) & 0x0fff) | 0x7000).toString(16);
  const variant = ((bytes.readUInt16BE(2) & 0x3fff) | 0x8000).toString(16);
  const tail = bytes.subarray(4, 10).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${tail}`;
}

/** A secret for a link or a token: 32 random bytes, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Secrets are stored only as their SHA-256, so a database leak does not leak sessions. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
