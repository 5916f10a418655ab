import { normaliseText } from "../screening/normalise";

/** A statement a review or reply can make that the ledger can confirm or contradict. */
export type RecordClaim = "never_delivered" | "never_paid";

/** A word of the same clause: no spaces, no clause punctuation. */
const W = "[^\\s.,;:!?]+";
/** Up to n words between a negation and its verb, within the clause. */
const gap = (n: number) => `(?: ${W}){0,${n}}`;
const rx = (...parts: string[]) => new RegExp(parts.join(""), "g");

/**
 * Small lexicons per language, matched on normalised text (lower case, accents folded,
 * apostrophes as spaces), so "n'a jamais livré" is "n a jamais livre" and "nie übergeben" is
 * "nie ubergeben". A negation may stand a few words from its verb ("nie etwas geliefert",
 * "ne nous ont jamais rien livré", "nunca han entregado"), within one clause.
 */
const CLAIM_PATTERNS: Record<RecordClaim, readonly RegExp[]> = {
  never_delivered: [
    rx(
      "\\b(?:never|not once|did ?n ?o?t|didn t)",
      gap(3),
      " (?:deliver(?:ed)?|hand(?:ed)? (?:in|over)|ship(?:ped)?|turn(?:ed)? in)\\b",
    ),
    rx(
      "\\b(?:has|have|had)(?: not|n t|nt)(?: yet| ever| even)? (?:deliver(?:ed)?|ship(?:ped)?|hand(?:ed)? (?:in|over))(?: us)? (?:anything|a (?:single )?thing|a single \\w+|any \\w+|at all)\\b",
    ),
    rx(
      "\\b(?:nothing|not a (?:single )?thing|not one thing)(?: (?:was|were|has|have|had|ever|been|got|even|actually|really))* delivered\\b|\\bdelivered (?:absolutely )?nothing\\b",
    ),
    rx(
      "\\bnever (?:received|got|saw|seen)",
      gap(2),
      " (?:anything|the work|any work|the (?:deliverables?|files|code|app|site|website|design|product|result)|a (?:single )?(?:deliverable|file|line))\\b",
    ),
    rx(
      "\\b(?:jamais|rien)",
      gap(3),
      " (?:livre[es]{0,2}|livrer)\\b|\\baucune? (?:livraison|livrable)\\b",
    ),
    rx(
      "\\bjamais (?:recu|eu|vu)",
      gap(2),
      " (?:le travail|le livrable|les livrables|le site|l application|le code|le resultat|les fichiers|quoi que ce soit)\\b",
    ),
    rx(
      "\\b(?:nie|niemals|nichts)",
      gap(3),
      " (?:(?:ab|aus)?geliefert|liefern|ubergeben|zugestellt)\\b|\\bkeine (?:einzige )?lieferung\\b",
    ),
    rx(
      "\\b(?:nie|niemals|keine?n?)",
      gap(2),
      " (?:ergebnis(?:se)?|arbeit|lieferung|dateien|code|website)",
      gap(1),
      " (?:erhalten|bekommen|gesehen)\\b",
    ),
    rx(
      "\\b(?:nunca|jamas)",
      gap(3),
      " (?:entrego|entregaron|entregado|entregada|entregar|entregaba|entregaban)\\b",
    ),
    rx(
      "\\bno",
      gap(2),
      " (?:entrego|entregaron|entregado)",
      gap(1),
      " nada\\b|\\bnada (?:fue |ha sido |se )?entregado\\b",
    ),
    rx(
      "\\b(?:nunca|jamas)",
      gap(1),
      " (?:recibimos|recibi|recibio|recibieron|vimos)",
      gap(2),
      " (?:el trabajo|los entregables|el entregable|el codigo|el sitio|la web|el diseno|los archivos|el resultado)\\b",
    ),
    rx(
      "\\b(?:tidak|tak|belum|nggak|gak) pernah",
      gap(2),
      " (?:mengirim(?:kan)?|menyerahkan|dikirim(?:kan)?|diserahkan|menyelesaikan)\\b",
    ),
    rx("\\btidak ada", gap(3), " (?:dikirim(?:kan)?|diserahkan)\\b"),
    rx(
      "\\b(?:tidak|tak|belum) pernah (?:menerima|mendapat(?:kan)?|melihat)",
      gap(1),
      " (?:hasil|pekerjaan|file|kode|desain|situs)\\b",
    ),
  ],
  never_paid: [
    rx("\\b(?:never|not once|did ?n ?o?t|didn t)", gap(3), " (?:paid|pay|settled?)\\b"),
    rx(
      "\\b(?:has|have|had)(?: not|n t|nt)(?: yet| ever| even)? (?:paid|settled)",
      gap(1),
      " (?:anything|a (?:single )?(?:thing|cent|penny|dime|invoice|euro|dollar)|any (?:of )?\\w+|at all)\\b",
    ),
    rx("\\bnever (?:received|got|saw|seen)", gap(2), " (?:payment|cent|penny|dime|money|paid)\\b"),
    rx(
      "\\bnot (?:paid|received|got|seen) (?:a|one) (?:single )?(?:cent|penny|dime|euro|dollar)\\b|\\bno payment (?:(?:was|has|been|ever) )*(?:made|received|arrived)\\b",
    ),
    rx("\\b(?:jamais|rien)", gap(3), " (?:paye[es]{0,2}|payer|regle[es]{0,2}|verse|vire)\\b"),
    rx(
      "\\baucune? (?:paiement|virement|reglement|centime)\\b|\\baucune facture",
      gap(3),
      " (?:payee|reglee)\\b|\\bpas (?:un|le moindre) (?:centime|sou)\\b",
    ),
    rx(
      "\\bjamais (?:recu|vu|touche)",
      gap(2),
      " (?:paiement|virement|reglement|centime|argent|sou)\\b",
    ),
    rx("\\b(?:nie|niemals|nichts)", gap(3), " (?:(?:be|ge)?zahlt|beglichen|uberwiesen)\\b"),
    rx(
      "\\b(?:nie|niemals|keine?n?)",
      gap(2),
      " (?:zahlung(?:en)?|geld|cent|euro)",
      gap(1),
      " (?:erhalten|bekommen|gesehen)\\b",
    ),
    rx("\\bkeine (?:einzige )?zahlung\\b|\\bkeinen (?:einzigen )?(?:cent|euro|pfennig)\\b"),
    rx(
      "\\b(?:nunca|jamas)",
      gap(3),
      " (?:pago|pagaron|pagado|pagada|pagar|pagaba|pagaban|abono|abonaron)\\b",
    ),
    rx("\\bno", gap(2), " (?:pago|pagaron|pagado|abono|abonaron)", gap(1), " (?:nada|ni un)\\b"),
    rx("\\bningun pago\\b|\\bni un (?:centimo|peso|euro|dolar)\\b"),
    rx(
      "\\b(?:tidak|tak|belum|nggak|gak) pernah",
      gap(2),
      " (?:membayar|bayar|dibayar|melunasi|dilunasi|mentransfer)\\b",
    ),
    rx(
      "\\b(?:tidak|tak|belum) pernah (?:menerima|mendapat(?:kan)?)",
      gap(1),
      " (?:pembayaran|uang|bayaran|sepeser|transfer)\\b",
    ),
    rx("\\b(?:tidak|belum)", gap(2), " sepeser\\b"),
  ],
};

/**
 * Words that turn a "never …" into praise or an ordinary complaint about timing or amount
 * ("never paid late", "jamais livré en retard", "nie zu spät bezahlt", "nunca pagó con
 * retraso", "tidak pernah terlambat membayar", "never once failed to deliver", "never had to
 * pay extra"): a claim whose words, or the rest of its clause, hold one is no claim.
 */
const QUALIFIERS = new RegExp(
  "\\b(?:" +
    [
      "late|later|on time|in time|on schedule|as (?:promised|agreed|planned)|behind",
      "fail(?:ed|s)?|forgot|miss(?:ed)?|(?:had|need(?:ed)?|asked|want(?:ed)?) to|extra|more than|twice",
      "en retard|a temps|a l heure|dans les (?:delais|temps)|oublie|manque|eu a|en trop|plus que|de plus|deux fois",
      "verspatet|zu spat|spater|punktlich|rechtzeitig|fristgerecht|termingerecht|vergessen|versaumt|mehr als|zu viel|zusatzlich|doppelt",
      "tarde|retras\\w*|con demora|a tiempo|puntual\\w*|olvid\\w*|de mas|mas de|dos veces",
      "terlambat|telat|tepat waktu|lupa|gagal|lebih dari|dua kali",
    ].join("|") +
    ")\\b",
);

/** The rest of the clause after `end`: up to four words, stopping at punctuation. */
function restOfClause(norm: string, end: number): string {
  return new RegExp(`^(?: ${W}){0,4}`).exec(norm.slice(end))?.[0] ?? "";
}

function makesClaim(norm: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) =>
    [...norm.matchAll(pattern)].some(
      (match) => !QUALIFIERS.test(match[0] + restOfClause(norm, match.index + match[0].length)),
    ),
  );
}

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
    makesClaim(norm, CLAIM_PATTERNS[claim]),
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
