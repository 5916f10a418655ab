import argon2 from "argon2";

/** Argon2id with OWASP's minimum parameters by default; tests lower them to stay fast. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export function argon2idHasher(
  options: { memoryCost: number; timeCost: number } = { memoryCost: 19_456, timeCost: 2 },
): PasswordHasher {
  return {
    hash: (password) =>
      argon2.hash(password, { type: argon2.argon2id, parallelism: 1, ...options }),
    verify: async (hash, password) => {
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    },
  };
}

/** Verified against when the e-mail is unknown, so log-in takes as long either way. */
export const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Qd3KIuHUTvy5CV1eTuc1bCpJ8WnXhtJvDBrQbIvPh3Q";
