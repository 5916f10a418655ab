import type { Catalogue } from "./en";

export const es: Catalogue = {
  "error.validation_failed": "Algunos campos requieren su atención.",
  "error.bad_request": "No se pudo leer la solicitud.",
  "error.unauthenticated": "Inicie sesión para continuar.",
  "error.forbidden": "Su rol en esta organización no permite esta acción.",
  "error.forbidden.moderator_only": "Solo un moderador de la plataforma puede hacer esto.",
  "error.forbidden.accused_only": "Solo la organización acusada responde al aviso de un caso.",
  "error.forbidden.other_side_only":
    "Solo la otra parte denuncia un texto; este lo escribió su propia organización.",
  "error.forbidden.client_side_only":
    "Este paso solo lo da la parte cliente; la parte prestadora de servicios no puede.",
  "error.forbidden.provider_side_only":
    "Este paso solo lo da la parte prestadora de servicios; la parte cliente no puede.",
  "error.forbidden.initiator_only":
    "Solo la organización que propuso este encargo puede retirarlo.",
  "error.forbidden.reviewed_only":
    "Solo la organización reseñada responde a una reseña; la escribió su parte.",
  "error.forbidden.parties_only": "Solo las partes de un caso pueden recurrirlo; un moderador no.",
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
  "error.invitation_pending":
    "{email} ya tiene una invitación para unirse, válida hasta el {expiresAt}: revóquela para enviar una nueva.",
  "error.engagement_already_proposed":
    "Su organización ya propuso «{title}» a {email}, y la invitación sigue abierta hasta el {expiresAt}: espere su respuesta, retire esa propuesta (si el correo se perdió o la dirección es errónea), o dé otro título a este encargo.",
  "error.counterpart_on_own_side":
    "{who, select, self {Esa es su propia dirección} other {{email} es miembro de {org}}}: un encargo invita a una persona de la otra parte, así que envíelo a una dirección suya.",
  "error.last_owner": "Una organización necesita al menos un propietario.",
  "error.token_scope_missing":
    "{scope, select, session {Solo una persona que haya iniciado sesión puede hacer esto, no un token de API: inicie sesión para hacerlo.} other {Este token de API no tiene el alcance {scope}.}}",
  "error.token_name_taken":
    "La organización ya tiene un token de API activo llamado «{name}»: revóquelo para volver a usar el nombre, o elija otro.",
  "error.mailbox_disabled":
    "El buzón de demostración solo se muestra cuando el correo se guarda en la bandeja de salida.",
  "error.engagement_not_pending": "Este encargo ya no está esperando respuesta.",
  "error.engagement_not_withdrawable":
    "Esta propuesta ya no se puede retirar: el encargo {status, select, active {fue aceptado y está en curso} declined {fue rechazado} withdrawn {ya está retirado} other {ya no está esperando respuesta}}.",
  "error.organisation_kind_wrong":
    "Esto requiere una organización {kind, select, client {cliente} other {prestadora de servicios}}.",
  "error.shortlist_not_provider":
    "{org} es una organización cliente: solo una organización prestadora de servicios puede preseleccionarse o ser invitada a proponer.",
  "error.unknown_skill": "Esta competencia no figura en la taxonomía.",
  "error.brief_not_publishable":
    "El brief aún no se puede publicar: {count, plural, one {# punto lo impide} other {# puntos lo impiden}}.",
  "error.brief_not_editable":
    "Este brief {status, select, published {ya está publicado} other {está cerrado: se aceptó una propuesta}}: solo se puede {action, select, publish {publicar} other {editar}} un brief en borrador.",
  "error.brief_title_taken":
    "Su organización ya tiene un brief en borrador «{title}», empezado el {startedOn}: siga con ese, o dé otro título a este.",
  "error.brief_closed":
    "Este brief está cerrado: se aceptó una propuesta, así que ya no admite invitaciones ni propuestas.",
  "error.proposal_not_editable":
    "Esta propuesta {status, select, submitted {se envió y espera la respuesta del cliente: solo podrá editarse de nuevo si el cliente la devuelve para revisión} accepted {fue aceptada: sus condiciones se editan ahora en el borrador del acuerdo} declined {fue rechazada: ya no se puede editar} withdrawn {fue retirada por el prestador de servicios: ya no se puede editar} other {no fue seleccionada: ya no se puede editar}}.",
  "error.proposal_open_on_brief":
    "Su organización ya tiene una propuesta para «{brief}» (empezada el {startedOn}), {status, select, draft {todavía en borrador: termine esa} revision_requested {devuelta para revisión: revise esa} other {enviada y a la espera de la respuesta del cliente}}.",
  "error.proposal_not_submittable":
    "La propuesta aún no se puede enviar: {count, plural, one {# punto lo impide} other {# puntos lo impiden}}.",
  "error.proposal_wrong_state":
    "Esta propuesta {status, select, draft {todavía es un borrador} submitted {se envió y espera la respuesta del cliente} revision_requested {se devolvió para revisión} accepted {ya fue aceptada} declined {fue rechazada} withdrawn {fue retirada por el prestador de servicios} other {no fue seleccionada: se aceptó otra propuesta al brief}}, así que no puede {action, select, submit {enviarse de nuevo} withdraw {retirarse} decline {rechazarse} requestRevision {devolverse para revisión} other {aceptarse}}.",
  "error.proposal_expired":
    "Esta propuesta era válida hasta el {validUntil} y ha vencido: ya no puede aceptarse tal como está. Pida al prestador de servicios una revisión con una nueva fecha.",
  "error.agreement_version_signed":
    "Una versión firmada nunca cambia: proponga una adenda en su lugar.",
  "error.agreement_not_signable":
    "Esta versión no se puede firmar: {count, plural, one {# cláusula injusta lo impide} other {# cláusulas injustas lo impiden}}.",
  "error.agreement_acknowledgement_missing":
    "Antes de firmar, reconozca {count, plural, one {la observación grave que perjudica a su parte} other {las # observaciones graves que perjudican a su parte}} (un recorte de remuneración): márquela o indique su código en acknowledgedFindings.",
  "error.no_agreement_in_force":
    "Todavía no hay ningún acuerdo en vigor: el trabajo se entrega y se evalúa conforme a un acuerdo firmado.",
  "error.unknown_deliverable": "Este entregable no figura en el acuerdo en vigor.",
  "error.deliverable_in_review":
    "Este entregable está a la espera de la evaluación del cliente; podrá volver a entregarse una vez evaluado.",
  "error.deliverable_already_accepted":
    "Este entregable ya ha sido aceptado: no queda nada por entregar.",
  "error.revision_limit_reached":
    "{limit, plural, =0 {No se acordó ninguna ronda de revisión para este entregable.} one {Se ha agotado la # ronda de revisión acordada para este entregable.} other {Se han agotado las # rondas de revisión acordadas para este entregable.}} Cualquier corrección adicional requiere una solicitud de cambio.",
  "error.submission_not_in_review":
    "{status, select, deemed_accepted {Esta entrega quedó aceptada tácitamente: el plazo de evaluación terminó sin ninguna evaluación, y ya no puede evaluarse.} other {Esta entrega ya ha sido evaluada.}}",
  "error.evaluation_incomplete":
    "La evaluación no está completa: {count, plural, one {# punto requiere} other {# puntos requieren}} su atención.",
  "error.file_too_large": "«{name}» supera el límite de {limit}.",
  "error.file_type_not_allowed":
    "«{name}» no es un tipo de archivo que Accord acepte. Tipos permitidos: {allowed}.",
  "error.too_many_files":
    "Suba como máximo {limit, plural, one {# archivo} other {# archivos}} a la vez.",
  "error.file_already_uploaded":
    "{where, select, upload {«{name}» tiene el mismo contenido que «{stored}» en esta subida: envíelo una sola vez.} other {«{name}» tiene el mismo contenido que «{stored}», subido el {uploadedOn} y aún no entregado: entregue ese.}}",
  "error.upload_invalid":
    "No se pudo leer la carga: envíe los archivos como datos de formulario multipart.",
  "error.change_request_wrong_state":
    "La solicitud de cambio n.º {number} «{title}» {status, select, proposed {espera el presupuesto del prestador de servicios} priced {está presupuestada y espera la respuesta del cliente} approved {ya fue aprobada y espera las firmas de la adenda} applied {ya fue aprobada y forma parte del acuerdo} declined {fue rechazada} other {fue retirada}}, así que no puede {action, select, price {presupuestarse} decline {rechazarse} withdraw {retirarse} other {aprobarse}}.",
  "error.change_request_wrong_side":
    "Este paso corresponde {side, select, client {al cliente} other {al prestador de servicios}}.",
  "error.note_already_converted":
    "Esta observación ya se ha convertido en una solicitud de cambio.",
  "error.change_moves_milestone_too_far":
    "Esta solicitud de cambio mueve el hito «{milestone}» {days, plural, one {# día} other {# días}}, al {dueDate}: una fecha se planifica como máximo con diez años de antelación, el {limit} a más tardar.",
  "error.change_request_open_with_title":
    "La solicitud de cambio n.º {number} «{title}» de su parte sigue abierta: continúe con ella en lugar de proponerla de nuevo.",
  "evaluation.verdict_missing": "Dé un veredicto sobre el criterio acordado «{statement}».",
  "evaluation.verdict_unknown_criterion":
    "«{criterion}» no es uno de los criterios acordados para este entregable. Escríbalo como observación.",
  "evaluation.verdict_duplicate": "Este criterio ya tiene un veredicto.",
  "evaluation.reason_required":
    "Indique por qué no se cumple el criterio, para que el prestador de servicios pueda corregirlo.",
  "error.amendment_retainer_period_changed":
    "Una adenda mantiene el periodo de la cuota recurrente, {period, select, month {un mes} other {un trimestre}}: sus facturas y la liquidación final cuentan la cuota por periodo. La cuota puede cambiar; para facturar por otro periodo, acuerden un nuevo encargo.",
  "error.amendment_currency_changed":
    "Una adenda mantiene la moneda del acuerdo, {currency}: las facturas, los pagos y los reembolsos de este encargo, y cualquier cambio de remuneración, se cuentan en ella. Para trabajar en otra moneda, acuerden un nuevo encargo.",
  "error.agreement_stale":
    "El acuerdo ha cambiado desde que lo abrió. Recárguelo, revise los cambios y vuelva a intentarlo.",
  "error.agreement_already_signed": "Su parte ya ha firmado esta versión.",
  "error.agreement_draft_exists": "Ya hay un borrador abierto: termínelo o fírmelo primero.",
  "error.internal": "Algo ha fallado por nuestra parte. Vuelva a intentarlo.",

  "validation.required": "Este campo es obligatorio.",
  "validation.file_unavailable":
    "Uno de estos archivos no está disponible para entregarlo: vuelva a subirlo y después entregue el trabajo.",
  "validation.invalid_type":
    "{expected, select, int {Debe ser un número entero, sin decimales.} minor {Debe ser un número entero de la unidad más pequeña de la moneda (céntimos), sin decimales: 12,50 es 1250.} minor_money {Debe ser un número entero de la unidad más pequeña de la moneda, sin decimales: {amount} es {minor}.} number {Debe ser un número.} string {Debe ser texto.} boolean {Debe ser true o false.} array {Debe ser una lista.} object {Debe ser un objeto con sus campos.} other {Este valor tiene un tipo incorrecto.}}",
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
  "validation.too_small.percent": "Debe ser al menos {minimum, number, percent}.",
  "validation.too_big.percent": "Debe ser como máximo {maximum, number, percent}.",
  "validation.too_small.money": "Debe ser al menos {minimum}.",
  "validation.too_big.money": "Debe ser como máximo {maximum}.",
  "validation.too_small.amount": "El importe debe ser al menos {minimum, number}.",
  "validation.too_big.amount": "El importe debe ser como máximo {maximum, number}.",
  "validation.too_small.days": "Debe ser al menos {minimum, plural, one {# día} other {# días}}.",
  "validation.too_big.days": "Debe ser como máximo {maximum, plural, one {# día} other {# días}}.",
  "validation.too_small.hours":
    "Debe ser al menos {minimum, plural, one {# hora} other {# horas}}.",
  "validation.too_big.hours":
    "Debe ser como máximo {maximum, plural, one {# hora} other {# horas}}.",
  "validation.invalid_date":
    "Debe ser un día que exista, escrito AAAA-MM-DD (por ejemplo, 2026-02-28).",
  "validation.invalid_email": "Introduzca una dirección de correo electrónico válida.",
  "validation.invalid_option": "Elija una de estas opciones: {options}.",
  "validation.unknown_field": "Este campo no se espera aquí.",
  "validation.invalid": "Este valor no es válido.",
  "validation.invalid_text":
    "Este texto contiene un carácter que no se puede guardar (un carácter NUL o un sustituto suelto).",
  "validation.nothing_to_update": "Envíe al menos un campo para modificar.",
  "validation.ids_or_all":
    "Envíe los identificadores de las notificaciones que quiere marcar como leídas, o bien all: true.",
  "validation.repeated_items": "Elija cada elemento una sola vez.",
  "validation.currency_unknown":
    "Indique una moneda con su código ISO 4217 de tres letras mayúsculas, por ejemplo EUR, USD o JPY.",
  "validation.id_repeated":
    "Otro elemento de esta lista ya tiene este identificador: dé a cada uno el suyo.",
  "validation.target_equals_baseline":
    "El objetivo debe ser distinto del valor de partida; si no, no hay nada a lo que aspirar.",
  "validation.introduction_names_org":
    "Una presentación nombra la organización a la que presenta, y solo una presentación lo hace.",
  "validation.decimal_digits":
    "Debe ser un número entero escrito con cifras, por ejemplo 20: sin espacios, signo, decimales ni exponente.",
  "validation.days_only_for_suspension":
    "Solo una suspensión dura un número de días: no indique días para ninguna otra decisión.",
  "validation.day_before_today": "Debe ser hoy ({today}) o más adelante.",
  "validation.day_too_far_ahead":
    "Una fecha se planifica como máximo con diez años de antelación, el {limit} a más tardar: el {dueDate} es posterior.",
  "validation.correction_unchanged":
    "Ese ya es el valor registrado: una corrección propone otro distinto.",
  "validation.offer_goal_title_repeated":
    "Otro objetivo de esta oferta ya se titula «{title}»: dé a cada objetivo su propio título.",
  "validation.reason_provider_only":
    "Solo el prestador de servicios reconoce al cliente por este motivo (respuestas rápidas, briefs claros, pago puntual).",
  "validation.password_common":
    "Esta contraseña es una de las más comunes y fácil de adivinar. Elija otra, por ejemplo varias palabras sin relación entre sí.",
  "validation.password_personal":
    "Esta contraseña está formada por su dirección de correo electrónico o su nombre. Elija una que no se pueda adivinar a partir de ellos.",

  "role.owner": "Propietario",
  "role.member": "Miembro",
  "role.viewer": "Lector",
  "orgKind.client": "Cliente",
  "orgKind.provider": "Prestador de servicios",

  "clarity.goal_missing": "Indique qué quiere conseguir: añada al menos un objetivo.",
  "clarity.success_measure_missing":
    "Indique cómo se medirá el éxito: añada al menos un indicador de éxito.",
  "clarity.success_measure_not_measurable":
    "Este indicador de éxito no incluye ninguna cifra, así que nadie puede saber cuándo se cumple.",
  "clarity.skills_missing":
    "Elija las competencias que requiere el trabajo, para poder encontrar prestadores de servicios adecuados.",
  "clarity.budget_missing":
    "Indique un rango de presupuesto: los prestadores de servicios necesitan saber con qué recursos cuenta.",
  "clarity.budget_inverted": "El mínimo del presupuesto es superior a su máximo.",
  "clarity.budget_range_wide":
    "El máximo del presupuesto es más de {ratio, number} veces su mínimo: acote el rango para que las propuestas puedan ajustarse a él.",
  "clarity.deadline_missing": "Indique una fecha límite.",
  "clarity.deadline_passed": "La fecha límite ya ha pasado.",
  "clarity.deadline_before_feasible_start":
    "La fecha límite deja menos de {days, plural, one {# día} other {# días}} después del {start}: ningún prestador de servicios puede planificar el trabajo en ese plazo.",
  "clarity.must_haves_contradict": "Este requisito imprescindible contradice otro.",
  "clarity.must_have_also_nice_to_have":
    "Este elemento es a la vez imprescindible y deseable: elija uno de los dos.",
  "clarity.client_people_missing":
    "Indique las personas que su parte dedica al trabajo: una colaboración necesita a ambas partes.",
  "clarity.business_model_scope_missing":
    "Describa el alcance del modelo de negocio, para que los prestadores de servicios sepan a qué sirve el trabajo.",
  "clarity.preferred_language_missing": "Elija los idiomas en los que quiere trabajar.",
  "clarity.earliest_start_passed":
    "El inicio más temprano, el {start}, ya ha pasado (hoy es {today}): los prestadores de servicios planificarán a partir de hoy.",
  "clarity.deadline_before_earliest_start":
    "La fecha límite, el {deadline}, es anterior al inicio más temprano, el {start}: ningún trabajo cabe entre ambas fechas.",

  "feasibility.deliverable_without_criteria":
    "Este entregable no tiene ningún criterio de aceptación: no se puede evaluar de forma objetiva.",
  "feasibility.criterion_without_verification": "Este criterio no indica cómo se verificará.",
  "feasibility.over_budget":
    "El precio, {total}, supera el presupuesto máximo del brief ({budget}).",
  "feasibility.currency_differs":
    "La propuesta está en {proposal}, pero el presupuesto del brief está en {brief}.",
  "feasibility.later_than_deadline":
    "El último hito ({lastDue}) es posterior a la fecha límite del brief ({deadline}).",
  "feasibility.milestone_in_past":
    "Este hito vence el {dueDate}, un día ya pasado (hoy es {today}): dele una fecha por venir.",
  "feasibility.starts_before_client_ready":
    "Un hito cae antes de la fecha en que el cliente puede empezar ({earliestStart}).",
  "feasibility.must_have_uncovered":
    "Ningún entregable cubre el requisito imprescindible «{mustHave}».",
  "feasibility.uncapped_time_and_materials":
    "Facturar por tiempo y materiales sin un tope deja abierto el importe total.",
  "feasibility.milestone_paid_without_deliverable":
    "El hito «{milestone}» prevé un pago, pero ningún entregable está vinculado a él: nunca podría aceptarse ni facturarse.",
  "feasibility.valid_until_passed":
    "La oferta es válida hasta el {validUntil}, un día ya pasado (hoy es {today}): ha vencido. Indique una fecha por venir, o ninguna.",

  "fairTerms.review_gag_clause":
    "Esta cláusula restringe o penaliza las reseñas honestas (idioma detectado: {language}; «{matched}»).",
  "fairTerms.review_gag_clause.reason":
    "Las reseñas honestas protegen a ambas partes; las cláusulas mordaza y de no menosprecio dirigidas contra ellas están prohibidas en varias jurisdicciones (por ejemplo, por la Consumer Review Fairness Act de EE. UU.) y nunca se permiten en Accord.",
  "fairTerms.acceptance_criteria_missing": "Ningún entregable tiene criterio de aceptación.",
  "fairTerms.acceptance_criteria_missing.reason":
    "El trabajo solo se puede evaluar objetivamente con criterios acordados de antemano.",
  "fairTerms.price_below_floor":
    "La tarifa efectiva, {rate} por hora, está por debajo de la tarifa mínima del prestador de servicios, {floor} por hora.",
  "fairTerms.price_below_floor.reason":
    "Las exigencias que no se corresponden con una remuneración acaban con las colaboraciones; el prestador de servicios puede renunciar expresamente a su tarifa mínima.",
  "fairTerms.deliverable_without_criteria":
    "Este entregable no tiene ningún criterio de aceptación.",
  "fairTerms.deliverable_without_criteria.reason":
    "Sin criterios, la aceptación depende de opiniones y no de lo acordado.",
  "fairTerms.criterion_without_verification": "Este criterio no indica cómo se verificará.",
  "fairTerms.criterion_without_verification.reason":
    "Un criterio que nadie puede comprobar invita a disputas en el momento de la evaluación.",
  "fairTerms.payment_terms_over_limit":
    "Las condiciones de pago fijan un plazo de más de {days, number} días.",
  "fairTerms.payment_terms_over_limit.reason":
    "La Directiva europea sobre morosidad (Directiva 2011/7/UE) limita los plazos de pago entre empresas a 60 días, salvo pacto expreso y siempre que no sea manifiestamente abusivo.",
  "fairTerms.review_window_missing": "No se ha fijado un plazo de evaluación para las entregas.",
  "fairTerms.review_window_missing.reason":
    "Sin un plazo de evaluación, una entrega puede quedar esperando respuesta indefinidamente.",
  "fairTerms.review_window_over_limit": "El plazo de evaluación es de más de {days, number} días.",
  "fairTerms.review_window_over_limit.reason":
    "Un plazo de evaluación largo retrasa la aceptación y el pago de un trabajo ya entregado.",
  "fairTerms.revisions_unlimited": "Este entregable permite rondas de revisión ilimitadas.",
  "fairTerms.revisions_unlimited.reason":
    "Las rondas de revisión ilimitadas convierten nuevas exigencias en trabajo no pagado; los cambios adicionales deberían presupuestarse.",
  "fairTerms.notice_period_missing":
    "No se ha fijado un plazo de preaviso para poner fin al encargo.",
  "fairTerms.notice_period_missing.reason":
    "Un plazo de preaviso permite a ambas partes separarse de forma ordenada, con tiempo para el traspaso.",
  "fairTerms.client_responsibilities_missing":
    "No se ha indicado ninguna responsabilidad del cliente.",
  "fairTerms.client_responsibilities_missing.reason":
    "Una colaboración implica obligaciones para ambas partes: lo que el cliente debe aportar y para cuándo.",
  "fairTerms.dispute_skips_amicable_steps":
    "La cláusula de resolución de disputas no empieza con una negociación seguida de una mediación.",
  "fairTerms.dispute_skips_amicable_steps.reason":
    "Las ofertas de reparación y la mediación resuelven la mayoría de los desacuerdos; los pleitos solo crean enemigos.",
  "fairTerms.milestone_paid_without_deliverable":
    "El hito «{milestone}» prevé un pago, pero ningún entregable está vinculado a él: nunca podría aceptarse ni facturarse.",
  "fairTerms.milestone_paid_without_deliverable.reason":
    "Un hito se paga cuando se aceptan sus entregables; un importe prometido en un hito sin entregables no se promete sobre nada. Vincule un entregable al hito o traslade el importe.",
  "fairTerms.pay_cut_without_scope_cut":
    "Esta adenda reduce la remuneración de {paidBefore} a {paidAfter} sin reducir el alcance en proporción: el mismo trabajo por menos.",
  "fairTerms.pay_cut_without_scope_cut.reason":
    "Las exigencias que la remuneración no acompaña acaban con las colaboraciones. El prestador de servicios puede aceptar un recorte, pero solo a sabiendas: su propietario lo reconoce expresamente al firmar y el historial del encargo conserva ese reconocimiento.",
  "fairTerms.amendment_currency_changed":
    "Esta adenda indica otra moneda que el acuerdo vigente, {currency}: no puede firmarse. Redáctela en {currency}; para trabajar en otra moneda, acuerden un nuevo encargo.",
  "fairTerms.amendment_currency_changed.reason":
    "Las facturas, los pagos, los reembolsos y la liquidación final de un encargo se suman en una sola moneda, y cualquier cambio de remuneración se mide en ella.",
  "fairTerms.amendment_retainer_period_changed":
    "Esta adenda factura la cuota recurrente por otro periodo que el acuerdo vigente, {period, select, month {un mes} other {un trimestre}}: no puede firmarse. Mantenga el periodo (la cuota puede cambiar); para facturar por otro periodo, acuerden un nuevo encargo.",
  "fairTerms.amendment_retainer_period_changed.reason":
    "Las facturas de una cuota recurrente y la liquidación final cuentan la cuota por periodo: un mes convertido en trimestre contaría los meses ya trabajados como tercios de trimestre.",

  "match.capability.covered":
    "Cubre {covered, number} de {required, plural, one {# competencia requerida} other {# competencias requeridas}} por el brief.",
  "match.trackRecord.history":
    "{completed, plural, =0 {Aún no hay encargos completados} one {# encargo completado} other {# encargos completados}}; {returning, plural, one {volvió # de {couldReturn, number} clientes} other {volvieron # de {couldReturn, number} clientes}}.{tenure, select, none {} other { Antigüedad: {tenureDays, plural, one {# día} other {# días}} desde su primer encargo.}}",
  "match.trackRecord.new":
    "Nuevo: {completed, plural, =0 {aún no hay encargos completados} one {# encargo completado} other {# encargos completados}}, así que ningún cliente ha podido volver todavía.{tenure, select, none {} other { Antigüedad: {tenureDays, plural, one {# día} other {# días}} desde su primer encargo.}}",
  "match.health.score":
    "Salud de la relación: {score, number} de 100 en todos sus encargos, según los hechos y las valoraciones de ambas partes.",
  "match.health.new":
    "Nuevo: todavía tiene muy pocos encargos para una puntuación de salud de la relación; no cuenta ni a favor ni en contra.",
  "match.language.any": "El brief no indica ningún idioma preferido.",
  "match.language.first_choice": "Trabaja en su idioma de primera elección ({language}).",
  "match.language.other_choice": "Trabaja en uno de sus idiomas ({language}).",
  "match.language.none": "No trabaja en ninguno de sus idiomas preferidos.",
  "match.availability.in_time": "Disponible para su fecha de inicio.",
  "match.availability.late":
    "Disponible {days, plural, one {# día} other {# días}} después de su fecha de inicio.",
  "match.price.within":
    "La tarifa diaria, {rate}, cabe en su presupuesto durante el tiempo disponible.",
  "match.price.above":
    "La tarifa diaria, {rate}, supera lo que su presupuesto permite pagar durante el tiempo disponible.",
  "match.price.unknown": "No hay ninguna tarifa que comparar con su presupuesto.",
  "match.proposal.sent":
    "Ya respondió a este brief: {status, select, submitted {su propuesta espera la respuesta de usted} revision_requested {usted le pidió que revisara su propuesta} accepted {usted aceptó su propuesta} declined {usted rechazó su propuesta} withdrawn {el prestador de servicios retiró su propuesta} other {su propuesta no fue seleccionada}}.",

  "agreementDoc.title": "Acuerdo: {title}",
  "agreementDoc.version":
    "Versión {version} · {status, select, in_force {en vigor} superseded {sustituida} other {borrador}}",
  "agreementDoc.parties": "Entre {client} (cliente) y {provider} (prestador de servicios)",
  "agreementDoc.section.scope": "Alcance",
  "agreementDoc.section.deliverables": "Entregables y criterios de aceptación",
  "agreementDoc.section.milestones": "Hitos",
  "agreementDoc.section.responsibilities": "Funciones y responsabilidades",
  "agreementDoc.section.methodology": "Metodología y frecuencia de seguimiento",
  "agreementDoc.section.remuneration": "Remuneración y condiciones de pago",
  "agreementDoc.section.evaluation": "Evaluación, cambios y salida",
  "agreementDoc.section.clauses": "Cláusulas adicionales",
  "agreementDoc.section.signatures": "Firmas",
  "agreementDoc.criterion": "{statement} (verificación: {verification})",
  "agreementDoc.revisions":
    "{limit, select, unlimited {Rondas de revisión: ilimitadas} other {Rondas de revisión incluidas: {limit}}}",
  "agreementDoc.milestone": "{title}: vencimiento el {dueDate}, {amount}",
  "agreementDoc.clientResponsibilities": "El cliente aporta",
  "agreementDoc.providerResponsibilities": "El prestador de servicios aporta",
  "agreementDoc.responsibility":
    "{what}{dueDate, select, none {} other { (a más tardar el {dueDate})}}",
  "agreementDoc.cadence":
    "Seguimiento {days, plural, one {diario} other {cada # días}}{channels, select, none {} other { por {channels}}}.",
  "agreementDoc.responseTimes":
    "El cliente responde en un plazo de {clientHours, number} h; el prestador de servicios, en un plazo de {providerHours, number} h.",
  "agreementDoc.priceModel":
    "{model, select, fixed {Precio fijo} retainer {Cuota periódica} other {Tiempo y materiales}}: {amount}",
  "agreementDoc.rate": "Tarifa: {rate} por {unit, select, hour {hora} other {día}}",
  "agreementDoc.effort":
    "Esfuerzo estimado: {unit, select, hour {{quantity, plural, one {# hora} other {# horas}}} other {{quantity, plural, one {# día} other {# días}}}}",
  "agreementDoc.paymentTerms":
    "Pago en un plazo de {days, plural, one {# día} other {# días}} desde la fecha de la factura{interest, select, yes {, con los intereses de demora legales} other {}}.",
  "agreementDoc.changeControl":
    "{amendment, select, yes {Todo cambio se presupuesta y se incorpora a este acuerdo mediante una adenda firmada por ambas partes.} other {Los cambios se presupuestan y ambas partes los confirman.}}",
  "agreementDoc.reviewWindow":
    "{days, select, none {Sin plazo de evaluación.} other {El cliente evalúa cada entrega en un plazo de {days, plural, one {# día} other {# días}}{deemed, select, yes {; transcurrido dicho plazo, el silencio equivale a aceptación tácita} other {}}.}}",
  "agreementDoc.notice":
    "{days, select, none {Sin plazo de preaviso.} other {Plazo de preaviso: {days, plural, one {# día} other {# días}}.}}",
  "agreementDoc.handOver": "Obligaciones de traspaso: {duties}",
  "agreementDoc.disputeLadder": "Los desacuerdos se tratan siguiendo, por este orden: {steps}.",
  "agreementDoc.disputeStep":
    "{step, select, negotiation {negociación} amends {oferta de reparación} mediation {mediación} separation {separación de mutuo acuerdo} arbitration {arbitraje} other {vía judicial}}",
  "agreementDoc.floorWaived":
    "El prestador de servicios renuncia a su tarifa mínima para este acuerdo.",
  "agreementDoc.signature":
    "Firmado en nombre {side, select, client {del cliente} other {del prestador de servicios}} por {name} el {signedAt}.",
  "agreementDoc.unsigned":
    "Aún no firmado por {side, select, client {el cliente} other {el prestador de servicios}}.",
  "agreementDoc.hash": "Texto firmado (SHA-256): {hash}",
  "agreementDoc.footer":
    "Emitido por Accord el {date}. El contenido redactado por los usuarios se reproduce tal como fue escrito.",

  "mail.membership_invitation.subject": "{inviter} le invita a unirse a {org} en Accord",
  "mail.membership_invitation.body":
    "Hola:\n\n{inviter} le invita a unirse a {org} en Accord como {role, select, owner {propietario} member {miembro} other {lector}}.\n\nPara aceptar, abra este enlace: {link}\n\nEsta invitación caduca el {expiresAt, date, long}.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} le invita a un encargo: {title}",
  "mail.engagement_invitation.body":
    "Hola:\n\n{inviter}, de {org} ({kind, select, client {cliente} other {prestador de servicios}}), invita a su organización a un encargo en Accord: «{title}».\n\nPara aceptarlo en nombre de una de sus organizaciones, abra este enlace: {link}\n\nEsta invitación caduca el {expiresAt, date, long}.\n\nAccord",
  "mail.proposal_not_selected.subject": "«{brief}»: {client} ha elegido otra propuesta",
  "mail.proposal_not_selected.body":
    "Hola, {name}:\n\nGracias por la propuesta que {provider} envió para «{brief}». {client} ha decidido trabajar con otro prestador de servicios, así que el brief está cerrado y su propuesta no ha sido seleccionada.\n\nSabemos que una buena propuesta requiere tiempo y cuidado, y le agradecemos la suya. Sigue disponible entre sus propuestas: {link}\n\nEsperamos verle responder a otros briefs en Accord.\n\nAccord",
  "error.engagement_ended":
    "Este encargo terminó el {endedOn}: ya no se admiten nuevos objetivos, valores medidos, ofertas de siguiente fase, solicitudes de cambio ni adendas. La lectura, el reconocimiento, las disputas, las facturas y los pagos siguen abiertos.",
  "error.engagement_not_active": "Este encargo no está activo, así que no se le puede añadir nada.",
  "error.webhook_inactive": "Este webhook está desactivado. Actívelo antes de enviarle nada.",
  "error.webhook_url_taken": "La organización ya envía sus eventos a {url}: modifique ese webhook.",
  "error.invoice_wrong_state":
    "Esta factura {status, select, draft {todavía es un borrador} issued {ya se emitió} partly_paid {se emitió y está pagada en parte} paid {se emitió y está pagada} other {está anulada}}, así que {action, select, edit {no puede editarse} issue {no puede emitirse} void {no puede anularse} other {no pueden facturarse intereses de demora sobre ella}}.",
  "error.invoice_void_after_payment":
    "Ya se ha pagado dinero a cuenta de esta factura, así que no se puede anular: emita una nota de crédito en su lugar.",
  "error.invoice_void_after_credit_note":
    "Esta factura se ha corregido con una nota de crédito: para corregirla de nuevo, emita otra nota de crédito en lugar de anularla.",
  "error.invoice_payment_awaiting_answer":
    "Un pago de esta factura está esperando respuesta: confírmelo o rechácelo antes de anular la factura.",
  "error.invoice_not_payable":
    "Esta factura no admite pagos: {status, select, draft {aún no se ha emitido} void {está anulada} paid {ya está pagada} other {está cerrada}}.",
  "error.invoice_not_creditable":
    "Solo se puede reducir con una nota de crédito una factura emitida: ni un borrador ni una factura anulada.",
  "error.invoice_source_already_invoiced":
    "{number, select, none {Un borrador de factura ya incluye esto} other {La factura {number} ya incluye esto}}. Anúlela primero para volver a facturarlo.",
  "error.invoice_lines_invalid":
    "Las líneas de la factura requieren su atención: {count, plural, one {# punto} other {# puntos}}.",
  "error.invoice_lines_fixed_by_source":
    "La línea de esta factura procede del acuerdo; solo las facturas manuales admiten líneas escritas a mano.",
  "error.invoice_total_zero": "Una factura debe reclamar un importe mayor que cero.",
  "error.issue_date_in_future": "Una factura no puede tener una fecha futura.",
  "error.issue_date_before_last_issued":
    "Su última factura tiene fecha del {lastIssueDate}: los números y las fechas siguen el mismo orden, así que ponga a esta una fecha igual o posterior.",
  "error.issue_date_before_due_basis":
    "Esta factura no puede tener fecha anterior al {earliest}: no se debía nada antes de {basis, select, milestone {la aceptación del hito} change_request {la aprobación del cambio} retainer {el inicio del periodo de la iguala} late_interest {el día hasta el que se calculan los intereses} other {la entrada en vigor del acuerdo}}, y las facturas siguen el orden de sus fechas. Féchela el {earliest} o más tarde.",
  "error.milestone_not_accepted":
    "Este hito aún no está aceptado: se podrá facturar cuando todos sus entregables estén aceptados.",
  "error.milestone_unknown": "Este hito no figura en el acuerdo en vigor.",
  "error.milestone_amount_missing": "El acuerdo en vigor no fija ningún importe para este hito.",
  "error.change_request_not_approved": "Solo se puede facturar una solicitud de cambio aprobada.",
  "error.not_a_retainer": "El acuerdo en vigor no es una iguala.",
  "error.retainer_amount_missing": "El acuerdo en vigor no fija ninguna cuota de iguala.",
  "error.retainer_period_invalid":
    "Un periodo de iguala empieza el primer día de un {period, select, quarter {trimestre (enero, abril, julio u octubre)} other {mes}}.",
  "error.payment_currency_mismatch":
    "Esta factura está en {expected}: registre el pago en {expected}, tal como se facturó.",
  "error.payment_exceeds_outstanding":
    "Esto supera lo que queda pendiente de la factura {number}: puede registrar como máximo {open}.",
  "error.payment_already_decided":
    "Este pago ya ha sido {status, select, confirmed {confirmado} other {rechazado}}.",
  "error.payment_same_side":
    "Es la otra parte quien confirma o rechaza un pago registrado por su parte.",
  "error.idempotency_key_reused":
    "Esta Idempotency-Key ya se usó para otro pago. Use una clave nueva para cada pago nuevo.",
  "error.credit_note_exceeds_outstanding":
    "Una nota de crédito reduce como máximo lo que facturó la factura menos las notas de crédito anteriores; lo que de ello ya se pagó se reembolsa: como máximo {open}.",
  "error.credit_note_exceeds_refundable":
    "Una nota de crédito por encima de lo que sigue pendiente devuelve al cliente dinero que pagó, y ese dinero ya se le ha devuelto o se le debe (por una nota de crédito anterior, un reembolso acordado como reparación o un reembolso ya pagado): en esta factura se puede abonar como máximo {open}.",
  "creditNote.reason.amends": "Reparación, disputa n.º {number}",
  "error.credit_note_repeated":
    "La nota de crédito {number} ya reduce esta factura en {amount} por este motivo: no se emite dos veces.",
  "error.refund_currency_mismatch":
    "Este encargo se paga en {expected}: registre el reembolso en {expected}, como pagó el cliente.",
  "error.refund_exceeds_refundable":
    "Es más de lo que se puede devolver: los pagos confirmados del cliente, menos los reembolsos ya registrados, dejan como máximo {open}.",
  "error.refund_already_decided":
    "Este reembolso ya ha sido {status, select, confirmed {confirmado} other {rechazado}}.",
  "error.refund_repeated":
    "Ya está registrado un reembolso de {amount} pagado el {paidOn} con esta referencia: no se registra dos veces.",
  "error.invoice_draft_repeated":
    "Una factura con las mismas líneas ({total}), redactada el {draftedOn}, sigue en borrador: modifique o emita esa.",
  "error.reference_rate_missing":
    "No se conoce ningún tipo de referencia para {currency} en el semestre que empieza el {halfYearStart}, así que no se pueden calcular los intereses de demora. Un operador lo añade con «accord rates set».",
  "error.late_interest_nothing_to_claim":
    "No quedan intereses de demora por facturar en esta factura.",
  "error.dispute_wrong_state":
    "La disputa n.º {number} {status, select, awaiting_response {espera la respuesta de la otra parte a su apertura} negotiating {está en negociación entre las partes} offer_pending {tiene una oferta a la espera de la respuesta de la otra parte} in_mediation {está en mediación y espera la recomendación del moderador} recommended {{action, select, accept_recommendation {tiene una recomendación del moderador que su parte ya aceptó} other {tiene una recomendación del moderador a la espera de la respuesta de cada parte}}} settled {fue resuelta} separated {terminó en una separación de mutuo acuerdo} other {fue retirada}}, así que {action, select, respond {no puede responderse} offer {no puede hacerse ninguna oferta en ella} accept_offer {no puede aceptarse ninguna oferta en ella} decline_offer {no puede rechazarse ninguna oferta en ella} escalate {no puede pasar al siguiente paso} recommend {no puede darse ninguna recomendación en ella} accept_recommendation {su recomendación no puede aceptarse} other {no puede retirarse}}.",
  "error.dispute_wrong_side": "Ese paso le corresponde a la otra parte o al mediador.",
  "error.dispute_awaiting_answer":
    "La otra parte aún no ha respondido: conserva su derecho a responder antes de que la disputa avance.",
  "error.dispute_awaiting_mediator":
    "La recomendación del moderador aún no ha llegado: cuando llegue, podrá aceptarla o pasar al siguiente paso; sin ella, la disputa avanza sola cuando venza su plazo.",
  "error.dispute_window_passed":
    "El plazo para responder terminó el {closedAt}: la disputa pasa a su siguiente paso, donde aún podrá expresarse.",
  "error.dispute_ladder_ends": "La disputa está en el último peldaño de la escalera.",
  "error.amends_invalid":
    "Esta reparación no se puede ofrecer tal como está: {reason, select, amends_empty {elija al menos un tipo de reparación} amends_repeated_kind {cada tipo se ofrece una sola vez (dos importes son un importe mayor)} amends_not_yours {este tipo de reparación le corresponde ofrecerlo a la otra parte} amends_amount_invalid {un importe es un número entero positivo de la unidad más pequeña de la moneda (céntimos)} amends_over_limit {el importe supera lo que permite el historial, como máximo {limit} (un reembolso hasta lo que pagó el cliente menos lo que ya se le debe o se le devolvió, incluida la parte de una nota de crédito que supera lo pendiente, una nota de crédito hasta lo que facturó su factura menos las notas de crédito anteriores)} amends_unknown_item {nombra algo que este encargo no tiene} amends_deadline_not_later {un nuevo plazo debe ser posterior al actual, el {dueDate}} amends_deadline_past {un nuevo plazo no puede haber pasado ya: elija el {dueDate} o un día posterior} amends_deadline_too_far {un nuevo plazo está como máximo a diez años: elija el {dueDate} o un día anterior} amends_apology_blank {una disculpa necesita palabras} amends_rework_accepted {rehacer solo se ofrece para un entregable aún no aceptado} other {revise los elementos ofrecidos}}.",
  "error.exit_already_started": "Ya se dio preaviso en este encargo.",
  "error.subject_already_reported":
    "Este texto ya tiene un caso de moderación; sígalo en Casos (y recurra allí su decisión si no está de acuerdo).",
  "error.review_already_hidden":
    "Un moderador ya ocultó esta reseña, con el motivo que ven ambas partes.",
  "dispute.subject_required":
    "Indique a qué se refiere esta disputa ({kind, select, evaluation {entregable o hito} invoice {factura emitida} other {solicitud de cambio}}).",
  "dispute.subject_unknown":
    "Este encargo no tiene ese elemento ({kind, select, evaluation {entregable o hito} invoice {factura emitida} other {solicitud de cambio}}): elija uno de los suyos.",
  "error.dispute_already_open":
    "La disputa n.º {number} sobre esto sigue abierta: continúela en lugar de abrir otra.",
  "error.exit_not_started":
    "Nadie ha dado preaviso en este encargo todavía, así que no tiene salida. Cualquiera de las partes puede darlo (POST …/exit).",
  "error.exit_cure_period_too_short":
    "Un preaviso por incumplimiento da a la otra parte al menos {days, plural, one {# día} other {# días}} para subsanarlo (dos semanas, o el preaviso acordado si es más corto), para que la reparación llegue antes de la separación.",
  "error.handover_wrong_side": "Este punto del traspaso lo marca la otra parte.",
  "error.handover_already_done": "Este punto del traspaso ya está hecho.",
  "exit.handover.access_removed": "Retirar al prestador de servicios el acceso a sus sistemas",
  "exit.handover.credentials_rotated": "Renovar las credenciales compartidas",
  "error.test_clock_disabled":
    "Esta instancia no tiene reloj de prueba. Solo un entorno de pruebas o una demo iniciados con ACCORD_TEST_CLOCK=true permiten a los operadores adelantar su hora.",
  "error.test_clock_operators_only":
    "Solo los operadores de la plataforma pueden adelantar el reloj de prueba.",
  "error.test_clock_advance_invalid":
    "Adelante el reloj en días, horas o minutos, por ejemplo 15d, 36h o 90m: como mucho {maxDays, plural, one {# día} other {# días}} de una vez y como mucho {maxYears, plural, one {# año} other {# años}} por delante de la hora real.",
  "error.payload_too_large": "La solicitud es demasiado grande.",
  "error.unsupported_media_type": "Este tipo de contenido no se acepta aquí.",
  "error.check_in_closed":
    "Este seguimiento está cerrado: el próximo se abrirá con la cadencia acordada.",
  "error.check_in_already_answered": "Su parte ya respondió a este seguimiento.",
  "error.check_ins_ended":
    "Los seguimientos han terminado: todos los hitos del acuerdo en vigor están aceptados. La reseña del encargo pregunta a ambas partes cómo ha ido.",
  "error.review_occasion_unknown":
    "{kind, select, exit {Todavía no hay nada que valorar en esta ocasión: la salida no ha terminado.} engagement {{reason, select, milestones_open {Todavía no hay nada que valorar en esta ocasión: el encargo se completa cuando todos sus hitos están aceptados ({accepted} de {total} hasta ahora).} no_milestones {Todavía no hay nada que valorar en esta ocasión: el encargo se completa cuando todos sus hitos están aceptados, y el acuerdo en vigor no fija ninguno; se valora en su salida.} ended_by_exit {Este encargo terminó con su salida antes de que se aceptaran todos sus hitos: se valora en su salida, no como una ocasión aparte.} other {No hay nada que valorar en esta ocasión: un encargo se valora una vez completado, con la referencia vacía.}}} other {{reason, select, unknown_milestone {No hay nada que valorar en esta ocasión: el acuerdo no fija ningún hito «{ref}».} other {Todavía no hay nada que valorar en esta ocasión: el hito no ha sido aceptado.}}}}",
  "error.review_window_closed": "El plazo de reseña de esta ocasión ha terminado.",
  "error.review_already_submitted":
    "Su parte ya ha reseñado esta ocasión. Una reseña enviada queda bloqueada.",
  "error.review_reply_exists": "Esta reseña ya tiene su única respuesta pública.",
  "error.review_not_published": "Podrá responder cuando ambas reseñas estén publicadas.",
  "error.screening_nudge":
    "{kind, select, legal_threat {Antes de enviar: esto parece una amenaza legal. Las acciones legales son su derecho; el texto quedará en el historial del encargo. Puede revisarlo o enviarlo tal cual.} other {Antes de enviar: la política de Accord no permite amenazas para castigar o suprimir una reseña, ni reseñas usadas como medio de presión. Puede revisar su texto o enviarlo tal cual; lo que envíe se revisa como siempre.}}",
  "error.organisation_suspended":
    "{sanction, select, expulsion {Su organización fue expulsada por una decisión de moderación: ya no puede iniciar encargos, enviar propuestas ni publicar o responder reseñas. Los encargos en curso siguen hasta su salida.} suspension {Su organización está suspendida por una decisión de moderación hasta el {until}: hasta entonces no puede iniciar encargos, enviar propuestas ni publicar o responder reseñas. El trabajo en curso continúa.} other {Su organización está suspendida por una decisión de moderación hasta que un moderador levante la suspensión: hasta entonces no puede iniciar encargos, enviar propuestas ni publicar o responder reseñas. El trabajo en curso continúa.}}",
  "error.case_wrong_state":
    "Este caso de moderación {status, select, open {{action, select, respond {ya fue respondido y espera la decisión de un moderador} other {está abierto y espera la decisión de un moderador}}} decided {fue decidido} appealed {fue apelado y espera la decisión de la apelación} other {está cerrado: su apelación fue decidida}}, así que {action, select, respond {ya no puede responderse al aviso} decide {no puede decidirse} appeal {no puede apelarse} other {no puede decidirse ninguna apelación sobre él}}.",
  "error.response_window_closed":
    "El plazo de respuesta a este aviso terminó el {closedAt}: ya no se puede presentar la respuesta y un moderador puede decidir. Una vez decidido el caso, cada parte puede apelar una vez.",
  "error.response_window_open":
    "La organización acusada todavía puede responder al aviso; decida cuando termine el plazo de respuesta.",
  "error.appeal_same_moderator":
    "Una apelación la decide un moderador distinto del que decidió el caso.",
  "error.moderator_is_party":
    "Pertenece a una de las organizaciones de este caso, así que debe decidirlo otro moderador.",
  "error.appeal_already_used": "Este caso ya fue apelado una vez.",
  "error.threat_needs_sanction":
    "Una amenaza verificada requiere una sanción: elija una advertencia, una suspensión o una expulsión, o desmarque la amenaza.",
  "error.threat_needs_reported_review":
    "Una amenaza verificada solo se registra en un caso abierto por la denuncia de una reseña o de su respuesta.",
  "screening.policy.retaliation":
    "La política de Accord no permite amenazas para castigar o suprimir una reseña. Un moderador revisará este texto; la reseña sigue publicada, y su organización será notificada y podrá responder.",
  "screening.policy.legal_threat":
    "Este texto parece una amenaza legal y queda en el historial del encargo, visible para ambas partes.",
  "screening.evidence":
    "{role, select, legalThreat {amenaza legal «{phrase}»} intimidation {intimidación «{phrase}»} sanction {sanción «{phrase}»} reviewLeverage {reseña usada como medio de presión «{phrase}»} removalDemand {exigencia de retirar o cambiar la reseña «{phrase}»} reviewMention {reseña mencionada «{phrase}»} sentAfterReview {enviado después de que el destinatario reseñara al remitente} attachedToReview {vinculado a una reseña} other {«{phrase}»}}",
  "review.stars_invalid": "Valore cada uno de estos aspectos de 1 a 5: {aspects}.",
  "review.stars_foreign":
    "Valore a esta parte solo en estos aspectos, cada uno de 1 a 5: {aspects}. No es un aspecto de esta reseña: {foreign}.",
  "billing.invoice.invoice_currency_unknown": "«{currency}» no es una moneda ISO 4217.",
  "billing.invoice.invoice_lines_missing": "Añada al menos una línea.",
  "billing.invoice.invoice_too_many_lines":
    "Una factura tiene como máximo {max, number} líneas; esta tiene {count, number}.",
  "billing.invoice.invoice_amount_unsafe":
    "Estos importes son demasiado grandes para sumarlos con exactitud.",
  "billing.invoice.invoice_amount_too_large":
    "Una factura puede pedir como máximo {total}: un importe mayor es un error de escritura, no una factura.",
  "billing.invoice.invoice_exceeds_agreement":
    "Esta factura pide {rate} sin impuestos, más que los {total} que el acuerdo deja por facturar. Compruebe el importe antes de emitirla, o acuerde antes el trabajo adicional.",
  "billing.invoice.line_description_missing": "Describa qué factura esta línea.",
  "billing.invoice.line_quantity_not_whole_thousandths":
    "Indique la cantidad con tres decimales como máximo.",
  "billing.invoice.line_quantity_not_positive": "La cantidad debe ser mayor que cero.",
  "billing.invoice.line_unit_price_not_whole_minor":
    "Indique el precio unitario sin más decimales de los que tiene la moneda (como mucho, céntimos).",
  "billing.invoice.line_unit_price_negative":
    "Un precio unitario no puede ser negativo: para reducir lo adeudado, emita una nota de crédito.",
  "billing.invoice.line_tax_rate_out_of_range":
    "El tipo impositivo es un porcentaje de 0 a {max, number, percent}.",
  "billing.reminders.reminder_offset_out_of_range":
    "Un recordatorio se sitúa entre {min, number} y {max, number} días respecto a la fecha de vencimiento.",
  "billing.reminders.reminder_offset_duplicate": "Este día ya figura en el calendario.",
  "billing.reminders.too_many_reminders": "Como máximo {max, number} recordatorios por factura.",
  "billing.lateInterest.late_interest_not_agreed":
    "El acuerdo conforme al que se emitió esta factura no prevé intereses de demora legales.",
  "billing.lateInterest.not_overdue": "En este día no hay nada vencido en esta factura.",
  "billing.lateInterest.recovery_compensation_unavailable":
    "No hay configurada ninguna cantidad fija por costes de cobro para esta moneda.",
  "billing.trend.remuneration_cut_without_scope_cut":
    "De {fromPeriod} a {toPeriod}, la remuneración bajó un {remunerationCut} mientras que el alcance acordado bajó un {scopeCut}: el mismo trabajo por menos.",
  "billing.trend.discount_for_speed":
    "Cobrar {discount} menos ({discountShare}) a cambio de cobrar {daysSooner, plural, one {# día} other {# días}} antes le cuesta al prestador de servicios el equivalente a un {annualRate} anual.",
  "billing.source.change_request_unknown": "Esta solicitud de cambio no pertenece a este encargo.",
  "billing.payment.paid_on_in_future":
    "Un pago se registra una vez hecho: el {paidOn} aún no ha llegado (hoy es {limit}).",
  "billing.payment.paid_on_before_engagement":
    "Un pago de las facturas de este encargo se hace a partir del día en que empezó, el {limit}: el {paidOn} es anterior.",
  "billing.refund.paid_on_in_future":
    "Un reembolso se registra una vez pagado: el {paidOn} aún no ha llegado (hoy es {limit}).",
  "billing.refund.paid_on_before_engagement":
    "Un reembolso de este encargo se paga a partir del día en que empezó, el {limit}: el {paidOn} es anterior.",
  "billing.retainer.period_before_engagement":
    "Un periodo de la iguala de este encargo termina, como pronto, el día en que su iguala entró en vigor (por el acuerdo, o por la adenda que convirtió el precio en iguala), el {limit}: el que empieza el {periodStart} terminó antes.",
  "billing.retainer.period_too_far_ahead":
    "Un periodo de la iguala se factura como mucho un periodo por adelantado, empezando a más tardar el {limit}: el {periodStart} es posterior.",
  "invoice.line.changeRequest": "Solicitud de cambio n.º {number}: {title}",
  "invoice.line.retainer": "Iguala, {start} – {end}",
  "invoice.line.lateInterest": "Intereses de demora de la factura {number}, hasta el {asOf}",
  "invoice.line.recoveryCompensation": "Cantidad fija por costes de cobro de la factura {number}",
  "invoiceDoc.title":
    "{status, select, draft {Borrador de factura} void {Factura {number} (anulada)} other {Factura {number}}}",
  "invoiceDoc.void": "Anulada: {reason}",
  "invoiceDoc.from": "De",
  "invoiceDoc.to": "Para",
  "invoiceDoc.engagement": "Encargo: {title}",
  "invoiceDoc.issueDate": "Fecha de emisión: {date}",
  "invoiceDoc.dueDate":
    "Fecha de vencimiento: {date} ({days, plural, one {# día} other {# días}} después de la fecha de emisión)",
  "invoiceDoc.notIssued": "Aún no emitida: sin número ni fechas.",
  "invoiceDoc.column.description": "Descripción",
  "invoiceDoc.column.quantity": "Cantidad",
  "invoiceDoc.column.unitPrice": "Precio unitario",
  "invoiceDoc.column.tax": "Impuesto",
  "invoiceDoc.column.net": "Base",
  "invoiceDoc.subtotal": "Subtotal",
  "invoiceDoc.taxGroup": "Impuesto al {rate} sobre {net}",
  "invoiceDoc.total": "Total",
  "invoiceDoc.creditNote": "Nota de crédito {number} del {date}: {reason}",
  "invoiceDoc.payment":
    "Pago del {date}{reference, select, none {} other { ({reference})}}, confirmado",
  "invoiceDoc.outstanding": "Importe pendiente",
  "invoiceDoc.lateInterest":
    "Una vez pasada la fecha de vencimiento, se aplican los intereses de demora legales (el tipo de referencia más 8 puntos) y una cantidad fija por costes de cobro.",
  "invoiceDoc.note": "Nota",
  "invoiceDoc.footer": "Emitida a través de Accord el {date}. Importes en {currency}.",
  "mail.reminder.subject":
    "{timing, select, before {La factura {number} vence dentro de {days, plural, one {# día} other {# días}}} due_today {La factura {number} vence hoy} other {La factura {number} está vencida desde hace {days, plural, one {# día} other {# días}}}}",
  "mail.reminder.body":
    "Hola, {name}:\n\n{provider} recuerda a {org} que la factura {number} de «{engagement}» {timing, select, before {vence el {dueDate}} due_today {vence hoy, {dueDate}} other {venció el {dueDate}}}. Importe pendiente: {outstanding} de {total}.\n\n{hasRecordedPaid, select, yes {Usted registró {recordedPaid} como pagado: ese importe espera la confirmación de {provider} y no se cuenta en lo pendiente.\n\n} other {}}{hasRecordedReceived, select, yes {{provider} registró {recordedReceived} como recibido: ese importe espera su confirmación y no se cuenta en lo pendiente.\n\n} other {}}{lateInterest, select, yes {El acuerdo prevé intereses de demora legales y una cantidad fija por costes de cobro una vez pasada la fecha de vencimiento.\n\n} other {}}Si ya ha pagado, registre el pago para que {provider} pueda confirmarlo: {link}\n\nAccord",
  "messages.thread_unknown":
    "Este hilo no hace referencia a ningún entregable ni a ninguna solicitud de cambio de este encargo.",
  "messages.message_unknown": "Este mensaje no está en el hilo.",
  "webhooks.url_invalid":
    "Introduzca una dirección completa, como https://example.com/hooks/accord, sin nombre de usuario ni contraseña.",
  "webhooks.url_https_required":
    "Use una dirección https://: los webhooks transportan datos del encargo y solo se envían cifrados.",
  "webhooks.url_private_host":
    "Esta dirección apunta a una red privada. Use una dirección https:// pública.",
  "webhooks.url_unresolvable":
    "Este nombre de host no se resuelve en ninguna dirección. Revise la ortografía o use un nombre público.",
  "mail.notification.deliverable.submitted":
    "{actor} entregó «{deliverable}» (ronda {round}) en «{engagement}»",
  "mail.notification.deliverable.review_due_soon":
    "El plazo de evaluación de «{deliverable}» (ronda {round}) en «{engagement}» termina en menos de un día: si no se evalúa, se aceptará según lo acordado",
  "mail.notification.deliverable.evaluated":
    "{actor} evaluó «{deliverable}» en «{engagement}»: {outcome, select, accepted {aceptado} other {cambios solicitados}}",
  "mail.notification.deliverable.deemed_accepted":
    "«{deliverable}» en «{engagement}» queda aceptado: el plazo de evaluación terminó sin ninguna evaluación",
  "mail.notification.milestone.accepted":
    "El hito «{milestone}» de «{engagement}» ha sido aceptado",
  "mail.notification.change_request.proposed":
    "{actor} propuso la solicitud de cambio n.º {number} en «{engagement}»: {title}",
  "mail.notification.change_request.priced":
    "{actor} presupuestó la solicitud de cambio n.º {number} en «{engagement}»: {title}",
  "mail.notification.change_request.declined":
    "{actor} rechazó la solicitud de cambio n.º {number} en «{engagement}»: {title}",
  "mail.notification.change_request.withdrawn":
    "{actor} retiró la solicitud de cambio n.º {number} en «{engagement}»: {title}",
  "mail.notification.change_request.approved":
    "{actor} aprobó la solicitud de cambio n.º {number} en «{engagement}»: {title}",
  "mail.notification.change_request.applied":
    "La solicitud de cambio n.º {number} ya forma parte del acuerdo de «{engagement}»: {title}",
  "mail.notification.message.posted": "{actor} escribió en «{engagement}»",
  "mail.notification.invoice.issued":
    "{actor} emitió la factura {number} por {amount} en «{engagement}»",
  "mail.notification.invoice.voided": "{actor} anuló la factura {number} en «{engagement}»",
  "mail.notification.payment.recorded":
    "{actor} registró un pago de {amount} de la factura {number} en «{engagement}»: confirme si se ha recibido",
  "mail.notification.payment.confirmed":
    "{actor} confirmó el pago de {amount} de la factura {number} en «{engagement}»",
  "mail.notification.payment.rejected":
    "{actor} indica que el pago de {amount} de la factura {number} en «{engagement}» no se ha recibido",
  "mail.notification.credit_note.issued":
    "{actor} emitió la nota de crédito {number} por {amount} sobre la factura {invoiceNumber} en «{engagement}»",
  "mail.notification.refund.recorded":
    "{actor} registró un reembolso de {amount} en «{engagement}»: confirme si lo ha recibido",
  "mail.notification.refund.confirmed":
    "{actor} confirmó que recibió el reembolso de {amount} en «{engagement}»",
  "mail.notification.refund.rejected":
    "{actor} indica que el reembolso de {amount} en «{engagement}» no se ha recibido",
  "mail.notification.someone": "Alguien",
  "mail.notification.body":
    "Hola, {name}:\n\n{summary}.\n\n{hasExcerpt, select, yes {«{excerpt}»\n\n} other {}}Abra el encargo: {link}\n\nRecibe este correo electrónico como miembro de {org}. Elija qué correos recibe en sus ajustes: {settingsLink}\n\nAccord",
  "mail.notification.moderation.case_opened":
    "Se abrió un caso de moderación contra {role, select, accused {su organización, {accused},} other {{accused}}} en «{engagement}»: puede responder hasta el {due}",
  "mail.notification.moderation.case_decided":
    "La moderación resolvió el caso contra {role, select, accused {su organización, {accused},} other {{accused}}} en «{engagement}»: {decision, select, no_action {ninguna medida} warning {una advertencia} suspension {una suspensión de {days, plural, one {# día} other {# días}}} other {la expulsión}}",
  "mail.notification.moderation.appeal_decided":
    "Se resolvió la apelación del caso contra {role, select, accused {su organización, {accused},} other {{accused}}} en «{engagement}»: {outcome, select, upheld {la decisión se mantiene} other {la decisión queda anulada}}",
  "mail.notification.case_body":
    "Hola, {name}:\n\n{summary}.\n\n{step, select, opened {La moderación lee la respuesta de su organización antes de resolver, y resuelve en cuanto llega o vence el plazo. Hasta entonces no se le retira nada.} other {El motivo indicado: «{reason}»\n\n{step, select, decided {Cada parte puede apelar una vez; otra persona de moderación resuelve la apelación.} other {{outcome, select, upheld {El caso está cerrado.} other {El caso está cerrado y su sanción levantada.}}}}}}\n\nLea el caso{step, select, opened { y respóndalo} other {}}: {link}\n\nRecibe este correo electrónico como miembro de {org}. Elija qué correos recibe en sus ajustes: {settingsLink}\n\nAccord",
  "mail.notification.ledger_head":
    "Cabeza del registro: {hash}. Para comprobar más adelante que nada de lo que se le mostró fue reescrito: accord verify --file export.json --head {hash}",
  "mail.notification.gathered_subject":
    "{count, plural, one {# novedad} other {# novedades}} en «{engagement}»",
  "mail.notification.gathered_body":
    "Hola, {name}:\n\nEsto es lo que pasó en «{engagement}»:\n\n{items}\n\nAbra el encargo: {link}\n\nRecibe este correo electrónico como miembro de {org}. Elija qué correos recibe en sus ajustes: {settingsLink}\n\nAccord",
  "mail.notification.gathered_item":
    "- {summary}{hasExcerpt, select, yes {\n  «{excerpt}»} other {}}",
  // disputes
  "mail.notification.dispute.opened":
    "{actor} abrió la disputa n.º {number} en «{engagement}»: por favor, respóndala",
  "mail.notification.dispute.responded":
    "{actor} respondió a la disputa n.º {number} en «{engagement}»",
  "mail.notification.dispute.offer_made":
    "{actor} ofreció una reparación en la disputa n.º {number} de «{engagement}»",
  "mail.notification.dispute.offer_declined":
    "{actor} rechazó la oferta de la disputa n.º {number} en «{engagement}»",
  "mail.notification.dispute.settled": "La disputa n.º {number} en «{engagement}» está resuelta",
  "mail.notification.dispute.escalated":
    "La disputa n.º {number} en «{engagement}» pasa al siguiente paso",
  "mail.notification.exit.notice_given":
    "{actor} dio su preaviso en «{engagement}»: termina el {date}",
  "mail.notification.exit.protected_started":
    "«{engagement}» pasa a una salida protegida: termina el {date}",
  "mail.notification.exit.hand_over_item_done":
    "{actor} completó un punto del traspaso en «{engagement}»: {duty}",
  "error.exit_feedback_given": "Su lado ya dio su opinión de salida.",
  "mail.notification.exit.ended_amicably":
    "«{engagement}» terminó de mutuo acuerdo: la liquidación está pagada y el traspaso completo",
  // growth
  "mail.notification.goal.correction_proposed":
    "{actor} propone corregir un valor medido en «{engagement}» de {from} a {to}: confírmalo o discútelo",
  "mail.notification.goal.correction_answered":
    "{actor} {outcome, select, confirmed {confirmó la corrección de un valor medido en «{engagement}»: cuenta el valor corregido} other {disputó la corrección de un valor medido en «{engagement}»: el valor registrado se mantiene; háblelo en la conversación}}",
  "mail.notification.relationship_review.opened":
    "«{engagement}» se ha estancado: ambas partes están invitadas a una breve revisión de la relación",
  "mail.notification.relationship_review.revealed":
    "Ambas partes respondieron la revisión de «{engagement}»: las respuestas ya son visibles para las dos",
  "mail.notification.check_in.opened":
    "Hay un seguimiento de «{engagement}» abierto hasta el {closes}: cuente en privado cómo va el trabajo (la otra parte nunca ve su respuesta)",
  "mail.notification.check_in.reminded":
    "Su parte aún no ha respondido al seguimiento de «{engagement}»: se cierra el {closes}",
  "mail.notification.next_phase.offered":
    "{actor} ofrece la siguiente fase de «{engagement}»: {title}",
  "mail.notification.next_phase.answered":
    "{actor} {outcome, select, accepted {aceptó} declined {rechazó} other {pidió un cambio en}} la oferta de siguiente fase «{title}» en «{engagement}»",
  "mail.notification.recognition.given":
    "{actor} reconoció su trabajo en «{engagement}» ({kind, select, kudos {felicitaciones} introduction {una presentación} testimonial {un testimonio} other {un caso de éxito}})",
  "goal.trajectory.sentence": "{title}: {baseline} → {latest}, meta {target}",
  "goal.trajectory.notMeasured": "{title}: desde {baseline}, meta {target}, aún sin mediciones",
  "error.brief_measure_unknown": "El brief no tiene una medida de éxito con ese número.",
  "error.goal_exists_for_measure": "Esta medida de éxito ya es un objetivo del encargo.",
  "error.goal_title_taken": "El encargo ya tiene un objetivo «{title}»: mida ese.",
  "error.goal_value_repeated":
    "«{goal}» ya tiene el valor {value, number} medido el {measuredOn}: se registra una sola vez. Si es erróneo, proponga una corrección.",
  "error.measured_on_in_future": "Solo se puede registrar un valor para un día que ya llegó.",
  "growth.measurement.measured_on_before_goal":
    "Un valor se mide a partir del día en que se fijó su objetivo, el {limit}: el {measuredOn} es anterior.",
  "error.correction_pending": "Ya hay una corrección de este valor esperando respuesta.",
  "error.correction_wrong_state":
    "Esta corrección {status, select, confirmed {ya fue confirmada} disputed {ya fue impugnada} other {espera la respuesta de la otra parte}}, así que no puede {action, select, confirmed {confirmarse} other {impugnarse}}.",
  "error.correction_same_side": "La otra parte responde a una corrección que propuso su parte.",
  "growth.stagnation.reason.no_initiative":
    "Nada nuevo en {days} días: ningún objetivo, adenda, hito aceptado, solicitud de cambio ni oferta nuevos (el umbral es de {thresholdDays} días)",
  "growth.stagnation.reason.goals_flat":
    "{goalCount, plural, =0 {Ningún objetivo avanzó el 5 % del camino hacia su meta} one {El objetivo avanzó menos del 5 % del camino hacia su meta} other {Ningún objetivo avanzó el 5 % del camino hacia su meta}} en {windowDays} días (en el mejor caso: {bestGainPercent, number} %)",
  "growth.stagnation.reason.ratings_not_rising":
    "{checkIns, plural, =0 {Aún no se ha cerrado ningún seguimiento: no hay valoraciones que comparar} other {Las valoraciones de ambas partes se mantienen o bajan en los últimos # seguimientos}}",
  "growth.stagnation.reason.only_recurring_invoices":
    "{invoiceCount, plural, =0 {Ninguna factura en {windowDays} días} other {Solo facturas recurrentes en {windowDays} días (#): se factura lo mismo y nada nuevo}}",
  "growth.stagnation.next.set_new_goal": "Acordad juntos un nuevo objetivo o un siguiente paso",
  "growth.stagnation.next.discuss_goals":
    "Revisad juntos los objetivos: ¿qué los frena y sigue siendo correcta la meta?",
  "growth.stagnation.next.talk_in_review":
    "Decid en la revisión qué querría cada parte más o menos",
  "growth.stagnation.next.offer_next_phase":
    "El prestador de servicios puede ofrecer una siguiente fase con objetivos medibles",
  "error.review_already_answered": "Su parte ya respondió esta revisión.",
  // web
  "error.unsubscribe_link_invalid":
    "Este enlace para darse de baja no es válido: se modificó o no lo generó esta instancia de Accord. Elija qué correos recibe en sus ajustes.",
  "error.password_reset_invalid": "Este enlace ha caducado o ya se usó. Pida uno nuevo.",
  "mail.password_reset.subject": "Elija una nueva contraseña para Accord",
  "mail.password_reset.body":
    "Hola, {name}:\n\nAlguien, esperamos que usted, pidió elegir una nueva contraseña para su cuenta de Accord. Elíjala aquí: {link}\n\nEl enlace sirve una sola vez y durante {minutes} minutos. Si no lo pidió, ignore este correo: su contraseña sigue igual.\n\nAccord",
  "mail.password_changed.subject": "Su contraseña de Accord ha cambiado",
  "mail.password_changed.body":
    "Hola, {name}:\n\nLa contraseña de su cuenta de Accord acaba de cambiar y se cerraron todas las sesiones. Si no fue usted, pida de inmediato una nueva contraseña desde la página de inicio de sesión y avise al propietario de su organización.\n\nAccord",
  // growth-web
  "error.offer_not_sendable":
    "La oferta aún no se puede enviar: {count, plural, one {# punto la bloquea} other {# puntos la bloquean}}.",
  "error.offer_wrong_state":
    "Esta oferta {status, select, accepted {ya fue aceptada} declined {fue rechazada} change_requested {se devolvió para cambios y espera una nueva oferta} superseded {fue sustituida por otra más reciente} other {espera la respuesta del cliente}}, así que no puede {action, select, accepted {aceptarse} declined {rechazarse} other {devolverse para cambios}}.",
  "error.offer_justification_unknown":
    "Una oferta solo puede remitir a los objetivos y revisiones de este encargo.",
  "error.offer_currency_differs":
    "La siguiente fase tiene precio en {offer} pero el acuerdo en {agreement}: póngale precio en {agreement}.",
  "error.offer_repeated": "La oferta «{title}» ya se envió y espera la respuesta del cliente.",
  "error.recognition_wrong_state":
    "Este reconocimiento {status, select, awaiting_text_approval {espera la aprobación de su texto} awaiting_consent {espera el consentimiento de la parte reconocida} published {ya fue publicado} other {fue rechazado o retirado}}, así que {action, select, approve {no puede aprobarse} decline {no puede rechazarse} other {no puede retirarse el consentimiento}}.",
  "error.recognition_wrong_side": "Este paso lo responde la otra parte.",
  "error.recognition_subject_unknown":
    "Un reconocimiento solo puede citar entregables y objetivos de este encargo.",
  "error.recognition_already_given":
    "Su parte ya dio este reconocimiento{hasSubject, select, yes { por «{subject}»} other {}}: espera una respuesta o ya se muestra.",
  "mail.notification.recognition.requested":
    "{actor} le pide aprobar {kind, select, testimonial {un testimonio} other {un caso de éxito}} sobre el trabajo de ambas partes en «{engagement}»",
  "mail.notification.recognition.answered":
    "{actor} {step, select, text_approved {aprobó el texto de} text_declined {rechazó el texto de} consent_granted {consintió en publicar} consent_declined {rechazó publicar} other {retiró su consentimiento a}} {kind, select, kudos {unas felicitaciones} introduction {una presentación} testimonial {un testimonio} other {un caso de éxito}} en «{engagement}»",
  // trust
  "screening.explanation.retaliation":
    "Represalia: {threats}{conditions, select, none {} other {, con la condición {conditions}}}; vínculo con una reseña: {links, select, none {el propio texto} other {{links}}}.",
  "screening.explanation.legal_threat":
    "Amenaza legal: {threats}{conditions, select, none {} other {, con la condición {conditions}}}; sin vínculo con una reseña.",
  "screening.explanation.none": "No se detectó ninguna amenaza.",
  // fin-disputes
  "error.review_hide_conflict_of_interest":
    "Un moderador que pertenece a la organización que escribió la reseña o a la reseñada no puede ocultarla: lo decide otro moderador.",
  "error.mediation_conflict_of_interest":
    "Un moderador que pertenece a la organización de una de las partes no puede mediar en esta disputa.",
  "error.mediation_window_passed":
    "Ha vencido el plazo de la recomendación: la disputa pasa al siguiente peldaño.",
  "mail.notification.dispute.recommended":
    "El moderador dio una recomendación (no vinculante) en la disputa n.º {number} de «{engagement}»: léala, por favor",
  "mail.notification.dispute.recommendation_accepted":
    "{actor} aceptó la recomendación del moderador en la disputa n.º {number} de «{engagement}»",
  // h-audit
  "moderation.case.review_blind":
    "Un hallazgo automático sobre una reseña que aún está oculta para usted: su texto y sus frases se mostrarán cuando se publique la ronda.",
  "error.counterpart_suspended":
    "{sanction, select, expulsion {La otra organización fue expulsada por una decisión de moderación: no puede iniciarse ningún encargo nuevo con ella.} suspension {La otra organización está suspendida por una decisión de moderación hasta el {until}: hasta entonces no puede iniciarse ningún encargo nuevo con ella.} other {La otra organización está suspendida por una decisión de moderación: por ahora no puede iniciarse ningún encargo nuevo con ella.}}",
  // h-probe15: accord generate's refusals (the operator's language from LANG)
  "cli.generate.value_invalid":
    "{flag} espera un número entero {hasMax, select, yes {de {min} a {max}} other {de al menos {min}}}, no «{value}».",
  "cli.generate.value_missing":
    "{flag} necesita un valor: un número entero de al menos {min}, por ejemplo {flag} {example}.",
  "cli.generate.database_not_empty":
    "La base de datos ya contiene personas: accord generate solo llena una base de datos vacía. Indique una nueva en ACCORD_DATABASE_URL.",
  // h-probe15: the CLI's words for a wrong environment (src/cli/operator-errors.ts)
  "cli.database_unreachable":
    "Accord no puede abrir la base de datos {database}: {reason}. Compruebe ACCORD_DATABASE_URL y que la base de datos esté en marcha y admita a Accord.",
  "cli.database_url_unsupported":
    "ACCORD_DATABASE_URL es {url}, que Accord no puede usar: indique sqlite:RUTA (por defecto sqlite:./data/accord.db) o postgres://USUARIO:CONTRASEÑA@HOST:PUERTO/BASE.",
  "cli.config_invalid": "La configuración del entorno no es válida: {problems}.",
  "cli.usage.unknown_option":
    "{option} no es una opción de {command}: `{command} --help` las enumera.",
  "cli.usage.unknown_command":
    "{command} no tiene el comando {name}: `{command} --help` los enumera.",
  "cli.usage.missing_argument":
    "{command} necesita su argumento {name}: `{command} --help` dice qué espera.",
  "cli.usage.option_value_missing":
    "{option} necesita un valor: `{command} --help` dice qué espera.",
  "cli.usage.excess_arguments":
    "{command} admite menos argumentos: `{command} --help` dice cuáles.",
  // h-cli: what a command is given that it cannot use (src/cli/operator-errors.ts)
  "cli.file_unusable":
    "Accord no puede {access, select, read {leer} other {escribir}} {path}: {problem, select, missing {{access, select, read {no existe} other {su carpeta no existe}}} directory {es una carpeta} not_directory {una parte de la ruta no es una carpeta} denied {permiso denegado} exists {ya hay un archivo ahí} full {el disco está lleno} read_only {el sistema de archivos es de solo lectura} other {{reason}}}.",
  "cli.port_unavailable":
    "Accord no puede escuchar en {address}: {problem, select, in_use {otro proceso ya la está usando} denied {este usuario no puede usar ese puerto} other {{reason}}}. Detenga ese proceso o elija otro puerto con PORT (u otra dirección con HOST).",
  "cli.engagement_not_found":
    "No hay ningún encargo {id} en esta base de datos: `accord verify` muestra el identificador de cada encargo.",
  "cli.backup.exists":
    "{path} ya existe: accord backup solo escribe un archivo nuevo y nunca sobrescribe uno existente. Elija un nombre nuevo o mueva antes el archivo anterior.",
  "cli.backup.postgres":
    'Esta base de datos es PostgreSQL: haga la copia con sus propias herramientas, por ejemplo pg_dump --format=custom --file=accord.dump "$ACCORD_DATABASE_URL" (docs/OPERATIONS.md).',
  "cli.verify.not_json":
    "{path} no es JSON, o está cortado: no es una exportación del registro ni un archivo de encargo de Accord.",
  "cli.verify.not_an_export":
    "{path} no es una exportación del registro ni un archivo de encargo de Accord: su campo {field} falta o no es como Accord lo escribe.",
  "cli.verify.label.file": "{path} (encargo {id})",
  "cli.verify.label.engagement": "encargo {id}",
  "cli.verify.intact":
    "{label}: intacto ({count, plural, one {# evento} other {# eventos}}, cabeza {head}…)",
  "cli.verify.empty":
    "{label}: ROTO: ningún evento (el registro de un encargo empieza con su creación)",
  "cli.verify.foreign":
    "{label}: ROTO en el evento n.º {seq} ({id}): pertenece al encargo {engagementId}",
  "cli.verify.broken":
    "{label}: ROTO en el evento n.º {seq} ({id}): {reason, select, sequence_gap {salto en la numeración} previous_hash_mismatch {el hash anterior no coincide} other {el hash no coincide}}",
  "cli.verify.head_witnessed":
    "{path}: la cabeza {head}… es el evento n.º {seq} de una cadena intacta",
  "cli.verify.head_not_witnessed":
    "{path}: la cabeza {head}… NO ESTÁ ATESTIGUADA: {reason, select, chain_broken {cadena rota} other {la cabeza no está en la cadena}}",
  "cli.seed_demo.database_not_empty":
    "La base de datos ya contiene personas: la demo solo se carga en una base de datos vacía. Indique una nueva en ACCORD_DATABASE_URL para probar la demo.",
  "cli.rates.currency_invalid": "{value} no es un código de moneda ISO 4217, como EUR.",
  "cli.rates.day_invalid": "{value} no es un día escrito AAAA-MM-DD.",
  "cli.rates.percent_invalid": "{value} no es un porcentaje como 2.15.",
  "cli.rates.amount_invalid":
    "{value} no es un importe en {currency}: escríbalo en unidades principales, como 40 o 40.00.",
  "health.improve.pay_invoice":
    "pagar {number}, vencida hace {days, plural, one {# día} other {# días}}: +{gain}",
  "health.improve.settle_change_request":
    "presupuestar y decidir la solicitud de cambio n.º {number} «{title}»: +{gain}",
  "health.improve.evaluate_submission":
    "evaluar «{deliverable}», en espera desde hace {days, plural, one {# día hábil} other {# días hábiles}}: +{gain}",
  "health.improve.deliver_milestone":
    "entregar «{title}», con {days, plural, one {# día} other {# días}} de retraso: +{gain}",
  "health.improve.answer_thread": "responder la conversación que le espera: +{gain}",
  "health.warning.overdue_invoice":
    "La factura {number} lleva {days, plural, one {# día} other {# días}} vencida.",
  "health.warning.payment_terms":
    "El plazo de pago de {days} días supera los {limit} días sin acuerdo expreso.",
  "health.warning.unpriced_changes":
    "Las exigencias sin presupuesto suman el {percent} % del alcance acordado ({count, plural, one {# exigencia} other {# exigencias}}).",
  "health.warning.pay_cut_without_scope_cut":
    "Se recortó el pago mientras el alcance seguía igual.",
  "health.warning.evaluation_pending":
    "«{deliverable}» lleva {businessDays, plural, one {# día hábil} other {# días hábiles}} esperando su evaluación.",
  "health.warning.evaluation_deemed":
    "«{deliverable}» quedó aceptado tácitamente tras {businessDays, plural, one {# día hábil} other {# días hábiles}} sin evaluación.",
  "health.warning.provider_late":
    "En los últimos 60 días: {milestonesOnTime} de {milestonesDue} hitos a tiempo, {repliesOnTime} de {replies} respuestas dentro del plazo acordado.",
  "health.warning.low_private_rating":
    "{count, plural, one {# valoración privada} other {# valoraciones privadas}} de 6 o menos en los últimos 90 días, {fromSide, select, client {del cliente} provider {del prestador de servicios} other {de ambas partes}}.",
  "health.warning.dispute_unanswered":
    "Una disputa lleva {businessDays, plural, one {# día hábil} other {# días hábiles}} esperando respuesta.",
  "health.next.pay_invoice": "Pagar la factura, o decir qué lo impide",
  "health.next.agree_payment_terms":
    "Acordar mediante una adenda un plazo de pago de 60 días o menos",
  "health.next.price_changes": "Presupuestar el trabajo añadido en una solicitud de cambio",
  "health.next.restore_pay_or_cut_scope": "Restablecer el pago, o reducir el alcance en proporción",
  "health.next.evaluate_submission": "Evaluar el entregable según sus criterios",
  "health.next.catch_up_delivery":
    "Entregar los hitos atrasados y responder los mensajes pendientes",
  "health.next.talk_it_through": "Hablarlo con la otra parte",
  "health.next.answer_dispute": "Responder la disputa",
  "health.next.evaluate_in_time":
    "Evaluar de ahora en adelante cada ronda dentro de su plazo de evaluación",
  "health.next.take_part_in_mediation":
    "Participar en la mediación: leer la recomendación del moderador y aceptarla o pasar al siguiente paso",
};
