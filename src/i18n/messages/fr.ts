import type { Catalogue } from "./en";

export const fr: Catalogue = {
  "error.validation_failed": "Certains champs demandent votre attention.",
  "error.bad_request": "La requête n’a pas pu être lue.",
  "error.unauthenticated": "Veuillez vous connecter pour continuer.",
  "error.forbidden": "Votre rôle dans cette organisation ne permet pas cette action.",
  "error.not_found": "Nous n’avons pas trouvé cet élément.",
  "error.email_taken": "Un compte existe déjà avec cette adresse e-mail.",
  "error.invalid_credentials": "L’adresse e-mail ou le mot de passe est incorrect.",
  "error.rate_limited":
    "Trop de tentatives. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.",
  "error.csrf_invalid":
    "Votre jeton de sécurité est absent ou périmé. Rechargez la page et réessayez.",
  "error.invitation_invalid": "Cette invitation a expiré ou a déjà reçu une réponse.",
  "error.organisation_kind_mismatch":
    "Une mission réunit un client et un prestataire : choisissez une de vos organisations {kind, select, client {cliente} other {prestataires}}.",
  "error.already_member": "Cette personne est déjà membre de l’organisation.",
  "error.last_owner": "Une organisation doit garder au moins un propriétaire.",
  "error.token_scope_missing": "Ce jeton d’API n’a pas la portée {scope}.",
  "error.mailbox_disabled":
    "La boîte de démonstration n’est affichée que lorsque les e-mails restent dans la file d’envoi.",
  "error.engagement_not_pending": "Cette mission n’attend plus de réponse.",
  "error.internal": "Une erreur s’est produite de notre côté. Veuillez réessayer.",

  "validation.required": "Ce champ est obligatoire.",
  "validation.invalid_type": "Cette valeur n’a pas le bon type.",
  "validation.too_short":
    "Doit contenir au moins {minimum, plural, one {# caractère} other {# caractères}}.",
  "validation.too_long":
    "Doit contenir au plus {maximum, plural, one {# caractère} other {# caractères}}.",
  "validation.too_few_items":
    "Choisissez au moins {minimum, plural, one {# élément} other {# éléments}}.",
  "validation.too_many_items":
    "Choisissez au plus {maximum, plural, one {# élément} other {# éléments}}.",
  "validation.too_small": "Doit être au moins {minimum, number}.",
  "validation.too_big": "Doit être au plus {maximum, number}.",
  "validation.invalid_email": "Saisissez une adresse e-mail valide.",
  "validation.invalid_option": "Choisissez parmi : {options}.",
  "validation.unknown_field": "Ce champ n’est pas attendu ici.",
  "validation.invalid": "Cette valeur n’est pas valide.",

  "role.owner": "Propriétaire",
  "role.member": "Membre",
  "role.viewer": "Lecteur",
  "orgKind.client": "Client",
  "orgKind.provider": "Prestataire",

  "mail.membership_invitation.subject": "{inviter} vous invite à rejoindre {org} sur Accord",
  "mail.membership_invitation.body":
    "Bonjour,\n\n{inviter} vous invite à rejoindre {org} sur Accord en tant que {role, select, owner {propriétaire} member {membre} other {lecteur}}.\n\nPour accepter, ouvrez ce lien : {link}\n\nCette invitation expire le {expiresAt, date, long}.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} vous invite à une mission : {title}",
  "mail.engagement_invitation.body":
    "Bonjour,\n\n{inviter}, de {org} ({kind, select, client {client} other {prestataire}}), invite votre organisation à une mission sur Accord : « {title} ».\n\nPour l’accepter au nom d’une de vos organisations, ouvrez ce lien : {link}\n\nCette invitation expire le {expiresAt, date, long}.\n\nAccord",
};
