/**
 * One language's words and structures, as regular-expression sources over normalised text
 * (lower case, no accents, apostrophes as spaces: "n t", "l avis", "j"). Each list is joined
 * into one precompiled expression; a match must start and end on word edges.
 */
export interface Lexicon extends ImpliedLexicon, PressureLexicon {
  /** Legal escalation acts: suing, formal notices, lawyers sent in, debt collection, police. */
  legal: string[];
  /** Threats without legal words: regret, blacklists, ruined reputations, "or else". */
  intimidation: string[];
  /**
   * Places and people of the law (a court, the police) that threaten only when the clause
   * speaks of the future, or the sentence addresses the reader or sets a condition.
   */
  venue: string[];
  /** Future tense and intent markers ("will", "-rons", "werden", "-remos", "akan"). */
  future: string[];
  /** A text presenting itself as a notice ("this letter", "hereby"): addressed by nature. */
  performative: string[];
  /** Business sanctions (stop working, cancel, withhold) that punish only when tied to a review. */
  sanction: string[];
  /** Nouns for a review, rating or stars. */
  reviewNoun: string[];
  /** The speaker publishing a review of the other side. */
  reviewPost: string[];
  /** The speaker's own review ("my review", "mon avis", "ulasan saya"). */
  ownReview: string[];
  /** Marks of a hostile review (one star, negative). */
  negativeReview: string[];
  /** Where a hostile review would reach (everywhere, Google, social media). */
  reviewReach: string[];
  /** What a reviewer may extort: refunds, discounts, free work. */
  demand: string[];
  /** Verbs that remove or change a review (paired with a review noun or context). */
  removal: string[];
  /** Conditionals and ultimatums: "if", "unless", "or else", "otherwise", deadlines. */
  ultimatum: string[];
  /** Conditional openers; a negation right after one belongs to the condition, not the threat. */
  conditional: string[];
  /** Negation words whose scope covers a following cue in the same clause. */
  negation: string[];
  /**
   * Coordinators that carry a negation onto what follows ("neither … nor", "weder … noch",
   * "ni … ni", "let alone", "geschweige denn", "encore moins", "mucho menos", "tidak … apalagi"):
   * a cue after one, with a negation before it in the sentence, is negated.
   */
  coordinatedNegation: string[];
  /** "No choice but to…": a negation that leaves the act standing. */
  exception: string[];
  /** Idioms that deny a whole sentence ("the last thing we would do"). */
  denial: string[];
  /** Words that end a negation's scope (clause edges and subject pronouns). */
  scopeBreak: string[];
  /** Reporting frames: "he said", "she threatened", "according to", narrative past. */
  reporting: string[];
  firstPerson: string[];
  secondPerson: string[];
  /** Third-party possibility ("a provider can sue"): policy talk, not a threat. */
  generalModal: string[];
  /** Sentence openers that make a question even without a question mark. */
  questionOpener: string[];
  /** Honest-review markers ("honest", "fair", "describing"). */
  honest: string[];
  /**
   * Alternatives that make a demand coercive ("or", "otherwise", "keep it and…", "if it is
   * not removed"): a demand to remove a review followed by one is retaliation even when the
   * consequence has no threat word ("take it down or we'll see").
   */
  orElse: string[];
  /** Courtesy that makes a removal request a request ("if you wish", "otherwise no worries"). */
  courtesy: string[];
  /** Causes ("since you", "weil", "karena"): a sanction because of a review punishes it. */
  cause: string[];
  /** Attributions to an essay or article anywhere in the sentence ("says the essay"). */
  attribution: string[];
  /** A lawyer at a meeting or explaining a contract is not escalation ("will attend the kickoff"). */
  neutralVenue: string[];
  /** The bare disjunction ("or", "ou", "oder", "o", "atau"): an alternative after a demand. */
  disjunction: string[];
  /** The bare conjunction of a bargain ("give me X and my review changes"). */
  conjunction: string[];
  /** A review staying or going ("stays", "reste", "bleibt", "queda", "tetap"), in a bargain. */
  reviewState: string[];
  /** "Still", "anyway", "trotzdem": a review that comes whatever happens is no bargain. */
  regardless: string[];
  /** Openers of a consequence ("then", "so", "dann", "alors", "entonces", "maka"). */
  consequence: string[];
  /**
   * Prepositions of absence ("without", "sans", "ohne", "sin", "tanpa"): they negate the noun
   * that follows, not a verb further on ("without permission we will sue").
   */
  privative: string[];
  /** A reporting frame that closes the sentence after the cue ("…, he said", "…, erzählte er"). */
  reportingAfter: string[];
  /**
   * A question that asks whether the reader wants to find out ("do you really want to see…"):
   * with the speaker, the reader and a review in it, a threat in the form of a question.
   */
  rhetorical: string[];
  /**
   * Reluctance to change one's own review ("I'd hate to have to update my review"): with a
   * demand beside it, a bargain on the review.
   */
  reluctance: string[];
  /**
   * A taunt with a deadline ("good luck migrating 40 sites by Monday"): after a sanction sent
   * to a reviewer, it makes the sanction a punishment. Alone it is a wish.
   */
  taunt: string[];
  /**
   * Reciprocity ("too", "my own", "moi aussi", "auch", "también", "juga"): a review announced
   * in return, which with a review link and a review about the reader is a counter-review.
   */
  reciprocity: string[];
  /** What a counter-review is about: the reader or their conduct ("about how you pay late"). */
  aboutReader: string[];
  /** Praise ("positive", "great", "five stars"): a review returned in kind is no threat. */
  praise: string[];
  /**
   * Temporal links of a bargain ("once", "dès que", "sobald", "en cuanto", "setelah"): a demand
   * granted once a review is removed ("a full refund once the review is gone").
   */
  temporal: string[];
  /**
   * A dependency ("depends on", "dépend de", "hängt von … ab", "depende de", "tergantung"): a
   * review made to depend on a refund or a discount is a bargain on the review.
   */
  dependency: string[];
  /**
   * A deadline given to the reader ("you have until Friday", "avant ce soir", "bis morgen",
   * "tiene hasta el viernes", "saya kasih waktu sampai Jumat"): after an imperative demand to
   * remove a review, the pressure of an ultimatum whose consequence is left unsaid.
   */
  deadline: string[];
  /** Politeness ("please", "merci", "bitte", "por favor", "tolong"): a deadline in a request. */
  politeness: string[];
  /** Question tags ("right?", "n'est-ce pas ?", "oder?", "¿no cree?", "ya kan?") closing a statement. */
  questionTag: string[];
  /**
   * Work done on a document ("translate", "traduire", "übersetzen", "traducir", "terjemahkan"):
   * a legal notice that is the object of such work ("please translate the attached somasi") is
   * a job, not a threat.
   */
  paperwork: string[];
  /**
   * Thanks ("thank you for", "merci pour", "danke für", "gracias por", "terima kasih"): a
   * demand thanked for has been granted, so a review changed after it is no bargain.
   */
  gratitude: string[];
  /**
   * Harm to the reader by meaning, not by phrase: a loss ("you'll lose", "nobody will hire
   * you"), an exposure ("everyone will know", "I'll make sure"), an exclusion ("not welcome"),
   * a warning ("be careful", "it'd be a shame"), the authorities. Alone it threatens nobody;
   * it is one weak signal the signal model combines with a review link, a demand, a condition.
   */
  harm: string[];
  /**
   * A review softened or raised for a price ("I'm sure I'll find kinder words", "a refund would
   * make it friendlier", "mine will stay polite", "je passerai à 5 étoiles", "ändere ich die
   * Bewertung auf 4 oder 5 Sterne"): with a demand or a removal beside it and a review named
   * nearby, a soft bargain on the review.
   */
  softening: string[];
  /**
   * The reader's own lawyer or legal department ("your lawyer reviewed the licence terms",
   * "votre service juridique", "Ihr Anwalt", "su abogado", "pengacara Bapak"): news about the
   * reader's side, not escalation by the sender, unless the sentence sets a condition.
   */
  readersCounsel: string[];
  /**
   * A condition that asks for the reader's agreement or convenience ("let me know if your legal
   * team is happy", "if that works for you", "si ça vous convient", "wenn es Ihnen passt", "si te
   * parece", "kalau Bapak berkenan"): its "if" sets no condition on a threat, so it is no ultimatum.
   */
  politeCondition: string[];
  /**
   * The speaker handing over, releasing or resuming something the reader waits for ("I'll send
   * the certificate", "vous aurez les accès", "schicke ich Ihnen", "le entregamos", "saya kirim"):
   * under a condition on a review's fate ("…once that review is changed") it is a sanction held
   * until the review goes.
   */
  release: string[];
  /**
   * A measure taking effect now ("as of today", "from now on", "ab sofort", "hiermit", "a partir
   * de este mes", "mulai order berikutnya"): a sanction on the reader that starts now, sent in
   * answer to the reader's review, is imposed because of it.
   */
  onset: string[];
  /**
   * The speaker withdrawing an earlier threat of their own ("I take it back", "that was out of
   * line", "lo retiro", "je retire mes propos", "ich nehme das zurück", "saya cabut sepenuhnya"):
   * the threat it withdraws, quoted in a sentence before, is reported, not made.
   */
  retraction: string[];
  /**
   * The speaker's own earlier words as a frame ("I said I'd…", "my message yesterday", "dije
   * que", "j'ai dit que", "ich hatte geschrieben", "pesan saya kemarin yang menyebut").
   */
  ownSaying: string[];
  /**
   * A reaffirmation after a reporting frame ("I said it and I repeat it here", "je le répète",
   * "ich wiederhole", "lo reitero", "saya tegaskan lagi"): what follows is said again, now.
   */
  reaffirmation: string[];
  /**
   * A question that dares the reader to choose the worse outcome ("do you really want this to end
   * up in court", "would you rather", "préférez-vous … ou", "wollen Sie wirklich, dass ich…",
   * "¿de verdad quiere llegar a…", "atau Bapak lebih suka…"): backed by the speaker, a threat.
   */
  dare: string[];
  /**
   * A measure the reader asked for ("as you requested", "comme convenu", "wie gewünscht", "como lo
   * solicitó", "sesuai permintaan"): a cancellation granted, not a sanction.
   */
  requested: string[];
  /**
   * The "small world" ("it's a small world", "everyone knows everyone here", "le monde de la réno,
   * c'est petit", "jeder kennt jeden", "dunia EO itu sempit"): a veiled threat when it answers a
   * review, and a friendly line beside thanks or praise ("Thanks for the review! Everyone knows
   * everyone at the market"), so it counts only in a text with neither.
   */
  smallWorld: string[];
  /**
   * A "while" clause on a review staying up ("as long as that review is up", "tant que votre avis
   * reste en ligne", "solange Ihre Bewertung online ist", "mientras su reseña siga publicada",
   * "selama ulasan itu masih tayang"): with a service refused or suspended outside it, the service
   * is held while the review stands.
   */
  reviewStands: string[];
  /** A service suspended ("on hold", "suspendu", "gesperrt", "bloqueado", "ditutup"). */
  withheld: string[];
  /**
   * Someone else's message reaching the speaker ("a vendor wrote me", "m'a écrit", "hat mir
   * geschrieben", "me escribió", "nulis ke saya"): with a permission question after it, a quote.
   */
  quoteFrame: string[];
  /**
   * A question whether something is allowed ("is that allowed?", "c'est permis ?", "darf der
   * das?", "¿eso está permitido?", "itu boleh gak sih?").
   */
  permissionQuestion: string[];
  /**
   * A veiled hint ("just thinking out loud", "je dis ça, je dis rien", "stellen Sie sich mal vor",
   * "imagínate lo que…", "cuma mengingatkan"): with a review named or the context, and a harm or
   * a hardship beside it, a threat left to the reader to finish.
   */
  veiled: string[];
  /** Hardship without a sanction word ("it would be hard", "nicht verlängert", "susah dapat slot"). */
  hardship: string[];
}

/**
 * Threats left implied (round AM): a review tied to money in a polite or casual tone, a third
 * party placed to hear about the reader's review, the reader's service "being reviewed" right
 * after their review is named, sarcasm about a review followed by a harm, and legal escalation
 * made indirectly (counsel copied in on a dispute, a claim drafted and held back).
 */
export interface ImpliedLexicon {
  /**
   * A review whose content or stars wait on how a dispute ends ("will naturally reflect how…",
   * "the stars are still open", "I had the 5-star review ready, now I'm not sure", "I suppose
   * your rating matters to you"): with money in dispute beside it, polite leverage.
   */
  reviewTerms: string[];
  /** Money in dispute ("extra charge", "supplément", "Nachzahlung", "recargo", "ongkir tambahan"). */
  charge: string[];
  /**
   * A relative or friend of the speaker placed over the reader ("my brother-in-law runs purchasing
   * at…", "mon beau-frère … achats", "mein Schwager … Einkauf", "mi cuñado … compras", "ipar
   * saya … pengadaan").
   */
  insider: string[];
  /** Interest in what the reader writes or how they treat people ("she'd love to read what you post"). */
  curiousReader: string[];
  /**
   * The reader's schedule, slot or contract being reconsidered, or no longer guaranteed ("your
   * visits are being reconsidered", "en cours de réexamen", "wird neu bewertet", "están siendo
   * revisadas", "sedang ditinjau ulang", "certain names are being discussed").
   */
  reconsidered: string[];
  /** A review passed on inside the sender's firm ("has been forwarded to management"). */
  forwarded: string[];
  /** Praise of a review said in sarcasm ("Lovely review, really", "Qué linda tu reseña"). */
  sarcasm: string[];
  /** The harm that answers it ("your own profile will look different", "you'll have more time"). */
  retort: string[];
  /** Counsel copied in ("I've cc'd our attorney", "je mets Maître … en copie", "in Kopie gesetzt"). */
  counselCopied: string[];
  /** A dispute about defects, money or delivery ("unpaid", "malfaçons", "Mängel", "incumplimiento"). */
  dispute: string[];
  /** A claim or complaint already drafted or filled in ("I've filled it in already", "ya tengo redactada"). */
  claimDrafted: string[];
  /** Held back pending the reader's answer ("not submitted yet", "je l'envoie pas tout de suite"). */
  heldBack: string[];
  /** Where a held claim would go: a complaint body or a payment-order procedure. */
  claimBody: string[];
}

/** Up to `n` intervening words. */
export const gap = (n: number) => `(?:[a-z0-9-]+\\s+){0,${n}}`;

/**
 * Pressure said in plain words (round AQ): the reader's superiors or professional body told about
 * them because of the review, something the reader needs kept until the review changes, and the
 * reader's name passed around a trade after it.
 */
export interface PressureLexicon {
  /**
   * The reader's superiors or the body over their work ("your boss", "the owner of your salon",
   * "your head office", "votre directrice", "dein Chef", "su director general", "atasan Bapak"),
   * and professional bodies ("the Law Society", "l'Ordre des architectes", "Architektenkammer",
   * "Colegio de Arquitectos", "IAI").
   */
  superior: string[];
  /**
   * Telling them, or their interest in hearing ("might mention", "I'll pass on how…", "would be
   * interested to learn", "je lui glisserai un mot", "erzähl ich ihm", "le comento", "saya
   * ceritakan ke beliau").
   */
  disclosure: string[];
  /** What the reader needs and the speaker holds: a deposit, a balance, files, access, codes. */
  heldGoods: string[];
  /** Until, before, as long as ("jusqu'à ce que", "bis", "hasta que", "sampai", "sebelum"). */
  untilReview: string[];
  /** The review's change: gone, changed, up to five stars ("remonte à 5", "jadi lima"). */
  reviewChange: string[];
  /** The reader's name passed around a trade ("your name is circulating among…", "nama Bapak beredar"). */
  circulated: string[];
}
