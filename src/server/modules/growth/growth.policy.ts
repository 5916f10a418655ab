import { READ, WRITE, type AccessTableOf } from "../../kernel/access";

/**
 * Who may do what in a relationship that grows. Both sides set goals, measure them, answer
 * the review and recognise each other; only the provider offers a next phase and only the
 * client answers it (accepting opens an amendment, which both sides then sign).
 */
export const GROWTH_ACCESS = {
  view: READ,
  setGoal: WRITE,
  measure: WRITE,
  answerReview: WRITE,
  offer: { roles: ["owner", "member"], side: "provider" },
  answerOffer: { roles: ["owner", "member"], side: "client" },
  recognise: WRITE,
  answerRecognition: WRITE,
} as const satisfies AccessTableOf<"growth">;
