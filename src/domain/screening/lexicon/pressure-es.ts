import type { PressureLexicon } from "./lexicon";

/** es: pressure in plain words (round AQ); see `PressureLexicon`. */
export const esPressure: PressureLexicon = {
  superior: [
    "(?:tu|su|sus|tus) (?:\\w+ ){0,2}(?:jef[ae]s?|director\\w*|gerente\\w*|supervisor\\w*|dueno\\w*|duena\\w*|patron\\w*|empleador\\w*|superior\\w*|casa matriz|oficina central|matriz|franquiciador\\w*|coordinador\\w*)",
    "(?:dueno|duena|jefe|jefa|director\\w*|gerente|patron\\w*) de (?:la |el )?(?:\\w+ ){0,2}(?:donde (?:laburas|trabajas|trabaja|labura)|(?:tu|su) \\w+)",
    "colegio (?:de |oficial de |profesional )?\\w+|camara de comercio|gremio|consejo profesional|asociacion profesional|(?:al |el )colegio",
  ],
  disclosure: [
    "(?:le|les) (?:\\w+ ){0,2}(?:cuento|comento|digo|paso|mando|reenvio|contare|comentare|dire|pasare|mandare|enviare|hare llegar)",
    "(?:le|les) (?:voy|vamos) a (?:contar|comentar|decir|pasar|mandar|reenviar|enviar|hacer llegar|platicar)",
    "(?:enviar|mandar|pasar|llevar|elevar)\\w* (?:\\w+ ){0,6}(?:al|a la) (?:comite|colegio|consejo|junta|gerencia|direccion)",
    "(?:le|les) (?:va|van) a (?:interesar|encantar|gustar)",
    "(?:interesar\\w*|encantar\\w*|gustar\\w*) (?:\\w+ ){0,2}(?:saber|leer|ver|conocer|enterarse)",
    "se (?:va|van) a enterar",
    "se enterara\\w*",
  ],
  heldGoods: [
    "deposito|anticipo|garantia",
    "(?:el )?saldo|pago|fondos|finiquito",
    "archivos|codigo(?: fuente)?|datos|respaldos?",
    "accesos?|contrasenas?|claves?|credenciales",
    "dominio|hosting|soporte|mantenimiento",
    "certificados?|documentos|planos|fotos",
  ],
  untilReview: ["hasta que", "hasta", "mientras", "antes de que", "antes de", "a menos que"],
  reviewChange: [
    "(?:pase\\w*|vuelva\\w*|suba\\w*|llegue\\w*) (?:\\w+ ){0,2}(?:a )?(?:cinco|5|cuatro|4)",
    "desaparezca\\w*",
    "se borre",
    "borrad\\w*",
    "eliminad\\w*",
    "retirad\\w*",
    "cambi\\w*",
    "modifiqu\\w*",
    "modificad\\w*",
    "corrij\\w*",
    "quite\\w*",
    "baje\\w*",
  ],
  circulated: [
    "(?:tu|su) nombre (?:\\w+ ){0,3}(?:circula\\w*|anda (?:\\w+ ){0,2}boca|corre|da vueltas|esta en boca)",
    "en boca de todos",
  ],
};
