import type { Catalogue } from "./en";

export const es: Catalogue = {
  "error.validation_failed": "Algunos campos requieren su atención.",
  "error.bad_request": "No se pudo leer la solicitud.",
  "error.unauthenticated": "Inicie sesión para continuar.",
  "error.forbidden": "Su rol en esta organización no permite esta acción.",
  "error.not_found": "No lo hemos encontrado.",
  "error.email_taken": "Ya existe una cuenta con esta dirección de correo electrónico.",
  "error.invalid_credentials": "La dirección de correo o la contraseña no son correctas.",
  "error.rate_limited":
    "Demasiados intentos. Vuelva a intentarlo en {seconds, plural, one {# segundo} other {# segundos}}.",
  "error.csrf_invalid":
    "Su token de seguridad falta o ha caducado. Recargue la página y vuelva a intentarlo.",
  "error.invitation_invalid": "Esta invitación ha caducado o ya ha sido respondida.",
  "error.organisation_kind_mismatch":
    "Un encargo une a un cliente y un prestador de servicios: elija una de sus organizaciones {kind, select, client {cliente} other {prestadoras de servicios}}.",
  "error.already_member": "Esta persona ya es miembro de la organización.",
  "error.last_owner": "Una organización necesita al menos un propietario.",
  "error.token_scope_missing": "Este token de API no tiene el alcance {scope}.",
  "error.mailbox_disabled":
    "El buzón de demostración solo se muestra cuando el correo se guarda en la bandeja de salida.",
  "error.engagement_not_pending": "Este encargo ya no está esperando respuesta.",
  "error.internal": "Algo ha fallado por nuestra parte. Vuelva a intentarlo.",

  "validation.required": "Este campo es obligatorio.",
  "validation.invalid_type": "Este valor tiene un tipo incorrecto.",
  "validation.too_short":
    "Debe tener al menos {minimum, plural, one {# carácter} other {# caracteres}}.",
  "validation.too_long":
    "Debe tener como máximo {maximum, plural, one {# carácter} other {# caracteres}}.",
  "validation.too_few_items":
    "Elija al menos {minimum, plural, one {# elemento} other {# elementos}}.",
  "validation.too_many_items":
    "Elija como máximo {maximum, plural, one {# elemento} other {# elementos}}.",
  "validation.too_small": "Debe ser al menos {minimum, number}.",
  "validation.too_big": "Debe ser como máximo {maximum, number}.",
  "validation.invalid_email": "Introduzca una dirección de correo electrónico válida.",
  "validation.invalid_option": "Elija una de estas opciones: {options}.",
  "validation.unknown_field": "Este campo no se espera aquí.",
  "validation.invalid": "Este valor no es válido.",

  "role.owner": "Propietario",
  "role.member": "Miembro",
  "role.viewer": "Lector",
  "orgKind.client": "Cliente",
  "orgKind.provider": "Prestador de servicios",

  "mail.membership_invitation.subject": "{inviter} le invita a unirse a {org} en Accord",
  "mail.membership_invitation.body":
    "Hola:\n\n{inviter} le invita a unirse a {org} en Accord como {role, select, owner {propietario} member {miembro} other {lector}}.\n\nPara aceptar, abra este enlace: {link}\n\nEsta invitación caduca el {expiresAt, date, long}.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} le invita a un encargo: {title}",
  "mail.engagement_invitation.body":
    "Hola:\n\n{inviter}, de {org} ({kind, select, client {cliente} other {prestador de servicios}}), invita a su organización a un encargo en Accord: «{title}».\n\nPara aceptarlo en nombre de una de sus organizaciones, abra este enlace: {link}\n\nEsta invitación caduca el {expiresAt, date, long}.\n\nAccord",
};
