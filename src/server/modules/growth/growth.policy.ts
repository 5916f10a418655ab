import { READ, WRITE, type AccessTableOf } from "../../kernel/access";

/**
 * Who may do what in a relationship that grows. Both sides set goals, measure them, answer
 * the review and recognise each other; only the provider offers a next phase and only the
 * client answers it (accepting opens an amendment, which both sides then sign). Goals, values
 * and next phases ask for a relationship that goes on: once the exit has ended it they are
 * refused (`endsWithExit`), and so are corrections of recorded values, which share `measure`;
 * reading and recognition stay open.
 */
export const GROWTH_ACCESS = {
  view: READ,
  setGoal: { ...WRITE, endsWithExit: true },
  measure: { ...WRITE, endsWithExit: true },
  answerReview: WRITE,
  offer: { roles: ["owner", "member"], side: "provider", endsWithExit: true },
  answerOffer: { roles: ["owner", "member"], side: "client", endsWithExit: true },
  recognise: WRITE,
  answerRecognition: WRITE,
} as const satisfies AccessTableOf<"growth">;
