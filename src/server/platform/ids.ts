import { createHash, randomBytes, randomUUID } from "node:crypto";

export interface IdGenerator {
  newId(): string;
}

export const randomIds: IdGenerator = { newId: () => randomUUID() };

/** A secret for a link or a token: 32 random bytes, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Secrets are stored only as their SHA-256, so a database leak does not leak sessions. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
