import type { PressureLexicon } from "./lexicon";

/** de: pressure in plain words (round AQ); see `PressureLexicon`. */
export const dePressure: PressureLexicon = {
  superior: [
    "(?:ihr|ihre|ihrem|ihren|ihrer|dein|deine|deinem|deinen|deiner) (?:\\w+ ){0,2}(?:chef\\w*|vorgesetzt\\w*|geschaftsfuhr\\w*|geschaftsleitung|bereichsleit\\w*|abteilungsleit\\w*|filialleit\\w*|niederlassungsleit\\w*|teamleit\\w*|inhaber\\w*|direktor\\w*|zentrale|konzernzentrale|franchisegeber\\w*|arbeitgeber\\w*|vorstand\\w*|aufsichtsrat\\w*|verwaltungsrat\\w*)",
    "(?:inhaber\\w*|chef\\w*|leitung|geschaftsfuhrung|direktor\\w*|zentrale) (?:ihrer|deiner|ihres|deines) \\w+",
    "franchise ?zentrale|\\w*kammer|innung\\w*|berufsverband\\w*|standesorganisation|(?:ihr|ihre|ihrem|dein|deine|deinem)\\w* (?:\\w+ )?verband",
  ],
  disclosure: [
    "(?:ihm|ihr|ihnen|dem|der) (?:\\w+ ){0,3}(?:erzahl\\w*|sag\\w*|zeig\\w*|weiterleit\\w*|weitergeb\\w*|bericht\\w*|mitteil\\w*|schick\\w*|stecken)",
    "erzahl\\w* (?:\\w+ ){0,2}(?:ihm|ihr|ihnen|dem|der)",
    "(?:gebe|geb|leite|leit) (?:\\w+ ){0,3}weiter",
    "weiterleiten|weitergeben|weiterleite",
    "in kenntnis (?:setzen|gesetzt|setze)",
    "(?:sich|man) (?:\\w+ ){0,6}interessier\\w*",
    "(?:erfahrt|erfahren|wird erfahren)",
    "(?:wurde|wird|werden) (?:\\w+ ){0,3}(?:gern(?:e)?|bestimmt|sicher) (?:\\w+ ){0,2}(?:lesen|horen|wissen|sehen|erfahren)",
  ],
  heldGoods: [
    "kaution",
    "anzahlung",
    "restzahlung|restbetrag|schlussrate|zahlung|geld",
    "(?:quell)?dateien|quellcode|daten|backups?",
    "zugang\\w*|zugangsdaten|passw\\w*|schlussel|admin ?zugang\\w*",
    "domain|hosting|support|wartung",
    "zertifikat\\w*|unterlagen|plane|fotos|garantie",
  ],
  untilReview: ["bis", "solange", "erst wenn", "erst dann wenn", "bevor", "ehe"],
  reviewChange: [
    "(?:wieder )?auf (?:funf|5|vier|4) (?:sternen?|punkten?)",
    "verschwunden",
    "verschwindet",
    "geloscht",
    "entfernt",
    "geandert",
    "korrigiert",
    "angepasst",
    "weg",
    "raus",
    "offline",
    "zuruckgezogen",
    "runter",
  ],
  circulated: [
    "(?:ihr|ihren|dein|deinen) name\\w* (?:\\w+ ){0,3}(?:macht (?:\\w+ ){0,2}die runde|kursiert|zirkuliert|rum|herum)",
    "(?:kennt|kennen) (?:\\w+ ){0,5}(?:ihren|deinen) namen",
    "macht (?:\\w+ ){0,2}(?:ihr|dein) name\\w* (?:\\w+ ){0,4}die runde",
  ],
};
