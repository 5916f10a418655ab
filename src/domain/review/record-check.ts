import { normaliseText } from "../screening/normalise";

/** A statement a review or reply can make that the ledger can confirm or contradict. */
export type RecordClaim = "never_delivered" | "never_paid";

/**
 * Small lexicons per language, matched on normalised text (lower case, accents folded,
 * apostrophes as spaces), so "n'a jamais livré" is "n a jamais livre".
 */
const CLAIM_PATTERNS: Record<RecordClaim, readonly RegExp[]> = {
  never_delivered: [
    /\b(never|did ?n ?o?t|didn t) (deliver(ed)?|hand(ed)? (in|over)|ship(ped)?)\b/,
    /\b(nothing|not a single thing) (was |got )?delivered\b|\bdelivered nothing\b/,
    /\bnever (received|got) (anything|the work|a (single )?deliverable)\b/,
    /\b(n a )?jamais (rien )?livre|\bn a rien livre|\baucune livraison\b/,
    /\b(nie(mals)?|nichts|gar nichts) (ab)?geliefert\b|\bkeine lieferung\b/,
    /\bnunca (nos )?entrego\b|\bnunca entregaron\b|\bno entrego nada\b|\bnada entregado\b/,
    /\b(tidak|belum) pernah (mengirim|menyerahkan|dikirim|diserahkan)\b/,
    /\btidak ada (yang|hasil yang) (dikirim|diserahkan)\b/,
  ],
  never_paid: [
    /\b(never|did ?n ?o?t|didn t) (paid|pay)\b|\bnever got paid\b|\bnot paid a (cent|penny)\b/,
    /\b(n a )?jamais (ete )?(paye|regle)|\bn a (pas|rien) paye\b|\baucun paiement\b/,
    /\b(nie(mals)?|nicht|nichts) (be)?zahlt\b|\bnie gezahlt\b|\bkeine zahlung\b/,
    /\bnunca (me |nos )?(pago|pagaron)\b|\bno (me |nos )?(pago|pagaron)\b|\bningun pago\b/,
    /\b(tidak|belum) pernah (membayar|bayar|dibayar)\b|\btidak (membayar|dibayar) sepeser\b/,
  ],
};

/** What the ledger holds that such claims can be checked against. */
export interface RecordFacts {
  /** Rounds accepted by the client or deemed accepted, with the last acceptance time. */
  deliveriesAccepted: number;
  lastDeliveryAcceptedAt: string | null;
  /** Payments the receiving side confirmed, with their total per currency. */
  paymentsConfirmed: number;
  lastPaymentConfirmedAt: string | null;
}

export interface RecordNote {
  claim: RecordClaim;
  /** What the record holds, shown beside the text. */
  record:
    | { kind: "deliveries_accepted"; count: number; lastAt: string | null }
    | { kind: "payments_confirmed"; count: number; lastAt: string | null };
}

/** Which claims the text makes, in any of the five languages. */
export function claimsIn(text: string): RecordClaim[] {
  const norm = normaliseText(text).text.replace(/\s+/g, " ");
  return (Object.keys(CLAIM_PATTERNS) as RecordClaim[]).filter((claim) =>
    CLAIM_PATTERNS[claim].some((pattern) => pattern.test(norm)),
  );
}

/**
 * The records to show beside a text whose claims the ledger contradicts. Nothing is removed:
 * readers see the text and, next to it, what the record says.
 */
export function checkAgainstRecord(text: string, facts: RecordFacts): RecordNote[] {
  return claimsIn(text).flatMap((claim): RecordNote[] => {
    if (claim === "never_delivered" && facts.deliveriesAccepted > 0) {
      const record = {
        kind: "deliveries_accepted" as const,
        count: facts.deliveriesAccepted,
        lastAt: facts.lastDeliveryAcceptedAt,
      };
      return [{ claim, record }];
    }
    if (claim === "never_paid" && facts.paymentsConfirmed > 0) {
      const record = {
        kind: "payments_confirmed" as const,
        count: facts.paymentsConfirmed,
        lastAt: facts.lastPaymentConfirmedAt,
      };
      return [{ claim, record }];
    }
    return [];
  });
}
