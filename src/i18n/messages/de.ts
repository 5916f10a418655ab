import type { Catalogue } from "./en";

export const de: Catalogue = {
  "error.validation_failed": "Einige Felder brauchen Ihre Aufmerksamkeit.",
  "error.bad_request": "Die Anfrage konnte nicht gelesen werden.",
  "error.unauthenticated": "Bitte melden Sie sich an, um fortzufahren.",
  "error.forbidden": "Ihre Rolle in dieser Organisation erlaubt diese Aktion nicht.",
  "error.not_found": "Das konnten wir nicht finden.",
  "error.email_taken": "Mit dieser E-Mail-Adresse gibt es bereits ein Konto.",
  "error.invalid_credentials": "E-Mail-Adresse oder Passwort ist falsch.",
  "error.rate_limited":
    "Zu viele Versuche. Versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.",
  "error.csrf_invalid":
    "Ihr Sicherheitstoken fehlt oder ist veraltet. Laden Sie die Seite neu und versuchen Sie es erneut.",
  "error.invitation_invalid": "Diese Einladung ist abgelaufen oder wurde bereits beantwortet.",
  "error.organisation_kind_mismatch":
    "Ein Auftrag verbindet einen Kunden und einen Dienstleister: Wählen Sie eine Ihrer {kind, select, client {Kunden} other {Dienstleister}}-Organisationen.",
  "error.already_member": "Diese Person ist bereits Mitglied der Organisation.",
  "error.last_owner": "Eine Organisation braucht mindestens einen Inhaber.",
  "error.token_scope_missing": "Dieses API-Token hat den Geltungsbereich {scope} nicht.",
  "error.mailbox_disabled":
    "Das Demo-Postfach wird nur angezeigt, wenn E-Mails im Postausgang bleiben.",
  "error.engagement_not_pending": "Dieser Auftrag wartet nicht mehr auf eine Antwort.",
  "error.internal": "Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.",

  "validation.required": "Dieses Feld ist erforderlich.",
  "validation.invalid_type": "Dieser Wert hat den falschen Typ.",
  "validation.too_short":
    "Muss mindestens {minimum, plural, one {# Zeichen} other {# Zeichen}} lang sein.",
  "validation.too_long":
    "Darf höchstens {maximum, plural, one {# Zeichen} other {# Zeichen}} lang sein.",
  "validation.too_few_items":
    "Wählen Sie mindestens {minimum, plural, one {# Eintrag} other {# Einträge}}.",
  "validation.too_many_items":
    "Wählen Sie höchstens {maximum, plural, one {# Eintrag} other {# Einträge}}.",
  "validation.too_small": "Muss mindestens {minimum, number} sein.",
  "validation.too_big": "Darf höchstens {maximum, number} sein.",
  "validation.invalid_email": "Geben Sie eine gültige E-Mail-Adresse ein.",
  "validation.invalid_option": "Wählen Sie eines von: {options}.",
  "validation.unknown_field": "Dieses Feld wird hier nicht erwartet.",
  "validation.invalid": "Dieser Wert ist ungültig.",

  "role.owner": "Inhaber",
  "role.member": "Mitglied",
  "role.viewer": "Betrachter",
  "orgKind.client": "Kunde",
  "orgKind.provider": "Dienstleister",

  "mail.membership_invitation.subject": "{inviter} lädt Sie ein, {org} auf Accord beizutreten",
  "mail.membership_invitation.body":
    "Hallo,\n\n{inviter} lädt Sie ein, {org} auf Accord als {role, select, owner {Inhaber} member {Mitglied} other {Betrachter}} beizutreten.\n\nZum Annehmen öffnen Sie diesen Link: {link}\n\nDiese Einladung läuft am {expiresAt, date, long} ab.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} lädt Sie zu einem Auftrag ein: {title}",
  "mail.engagement_invitation.body":
    "Hallo,\n\n{inviter} von {org} ({kind, select, client {Kunde} other {Dienstleister}}) lädt Ihre Organisation zu einem Auftrag auf Accord ein: „{title}“.\n\nUm ihn für eine Ihrer Organisationen anzunehmen, öffnen Sie diesen Link: {link}\n\nDiese Einladung läuft am {expiresAt, date, long} ab.\n\nAccord",
};
