/**
 * A new password is refused when it is one people commonly choose, or when it is made of the
 * account's own e-mail address or name (NIST SP 800-63B §5.1.1.2: check against breached and
 * common values and context-specific words, not composition rules).
 */
/** Why a password choice is refused; each has a message `validation.<problem>`. */
export const PASSWORD_PROBLEMS = ["password_common", "password_personal"] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** Lower case, without spaces, punctuation or accents, so "P.a s-s" compares as "pass". */
function squash(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Trailing digits and symbols people add to a common word ("password1!", "dragon2026"). */
function withoutDecoration(text: string): string {
  return text.replace(/[\d\W_]+$/u, "");
}

export function checkPasswordChoice(
  password: string,
  person: { email: string; name: string },
  isCommon: (candidate: string) => boolean,
): PasswordProblem | null {
  const lower = password.toLowerCase();
  const squashed = squash(password);
  if (isCommon(lower) || isCommon(squashed) || isCommon(withoutDecoration(lower))) {
    return "password_common";
  }
  const [localPart = "", domain = ""] = person.email.toLowerCase().split("@");
  const words = (texts: string[]) => texts.map(squash).filter((word) => word.length >= 3);
  // The person's own words make a password personal; the e-mail's domain alone does not
  // (everyone at one company shares it) but does not count as guessing material either.
  const personalWords = words([localPart, person.name, ...person.name.split(/\s+/)]);
  const knownWords = [...personalWords, ...words(domain.split("."))];
  const rest = knownWords.reduce((left, word) => left.split(word).join(""), squashed);
  const isPersonal = personalWords.some((word) => squashed.includes(word));
  // What is left once the known words are taken out is too little to guess at.
  if (isPersonal && squash(withoutDecoration(rest)).length < 6) return "password_personal";
  return null;
}
