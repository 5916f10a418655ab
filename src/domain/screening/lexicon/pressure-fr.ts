import type { PressureLexicon } from "./lexicon";

/** fr: pressure in plain words (round AQ); see `PressureLexicon`. */
export const frPressure: PressureLexicon = {
  superior: [
    "(?:votre|ton|ta|vos|tes) (?:\\w+ ){0,2}(?:boss|patron\\w*|directeur\\w*|directrice\\w*|direction|gerant\\w*|chef\\w*|responsable\\w*|superieur\\w*|employeur|pdg|dg|siege|maison mere|franchiseur|proprietaire)",
    "(?:le |la )?(?:patron\\w*|directeur\\w*|directrice|gerant\\w*|proprietaire|dirigeant\\w*|responsable) (?:de|d) (?:votre|ton|ta|vos) \\w+",
    "(?:l )?ordre (?:des|de l|du) \\w+|conseil de l ordre|barreau|chambre (?:des|de) (?:metiers|notaires|commerce)|(?:association|federation|syndicat|comite|ordre) (?:\\w+ ){0,2}professionnel\\w*|comite de (?:l|votre|ton) association",
  ],
  disclosure: [
    "(?:lui|leur) (?:\\w+ ){0,2}(?:glisser|dire|raconter|parler|transmettre|faire part|montrer|envoyer|transferer|signaler)\\w*",
    "(?:lui|leur|y) en (?:glisser|toucher) un mot",
    "(?:lui|leur) (?:en )?(?:dirai|parlerai|ferai part|transmettrai|raconterai|montrerai|enverrai|glisserai|signalerai)\\w*",
    "(?:curieu\\w*|interesse\\w*|interessant) (?:\\w+ ){0,2}(?:de |d )?(?:savoir|apprendre|lire|voir|decouvrir|connaitre)",
    "(?:aimerai\\w*|adorerai\\w*) (?:\\w+ ){0,1}(?:lire|savoir|voir|apprendre|decouvrir)",
    "(?:saura|sauront|apprendra|apprendront|entendra parler|entendront parler)",
    "transmettr\\w* (?:\\w+ ){0,3}(?:votre|ton) avis",
    "trouver\\w* (?:ca |cela )?interessant",
  ],
  heldGoods: [
    "caution",
    "acompte",
    "(?:le )?solde",
    "paiement|reglement|virement",
    "(?:fichiers?|sources|code(?: source)?|donnees|sauvegardes?)",
    "(?:acces|identifiants|mots de passe|cles|codes? d acces|code de transfert)",
    "domaine|hebergement|support|maintenance",
    "certificats?|attestations?|documents|plans|photos|maquettes|garantie",
  ],
  untilReview: ["jusqu a ce que", "jusqu a", "tant que", "avant que", "avant d", "a moins que"],
  reviewChange: [
    "(?:devenu\\w*|passe\\w*|remonte\\w*|monte\\w*|revenu\\w*) (?:\\w+ ){0,2}(?:a )?(?:cinq|5|quatre|4)",
    "disparai\\w*",
    "disparu\\w*",
    "supprime\\w*",
    "retire\\w*",
    "modifie\\w*",
    "change\\w*",
    "corrige\\w*",
    "enleve\\w*",
    "efface\\w*",
    "remonte\\w*",
  ],
  circulated: [
    "(?:votre|ton) nom (?:\\w+ ){0,3}(?:circule\\w*|tourne\\w*|fait le tour|passe de main en main)",
    "(?:tout le monde|tous les \\w+|toutes les \\w+) (?:\\w+ ){0,4}conna\\w* (?:votre|ton) nom",
  ],
};
