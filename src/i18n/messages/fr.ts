import type { Catalogue } from "./en";

export const fr: Catalogue = {
  "error.validation_failed": "Certains champs demandent votre attention.",
  "error.bad_request": "La requête n’a pas pu être lue.",
  "error.unauthenticated": "Veuillez vous connecter pour continuer.",
  "error.forbidden": "Votre rôle dans cette organisation ne permet pas cette action.",
  "error.forbidden.moderator_only": "Seul un modérateur de la plateforme peut faire cela.",
  "error.forbidden.accused_only":
    "Seule l’organisation mise en cause répond à l’avis d’un dossier.",
  "error.forbidden.other_side_only":
    "Seule l’autre partie signale un texte ; celui-ci a été écrit par votre propre organisation.",
  "error.forbidden.client_side_only":
    "Seule la partie cliente franchit cette étape ; la partie prestataire ne le peut pas.",
  "error.forbidden.provider_side_only":
    "Seule la partie prestataire franchit cette étape ; la partie cliente ne le peut pas.",
  "error.forbidden.initiator_only":
    "Seule l’organisation qui a proposé cette mission peut la retirer.",
  "error.forbidden.reviewed_only":
    "Seule l’organisation évaluée répond à un avis ; c’est votre partie qui l’a écrit.",
  "error.forbidden.parties_only":
    "Seules les parties à un dossier peuvent faire appel ; pas un modérateur.",
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
  "error.invitation_pending":
    "{email} a déjà une invitation à rejoindre l’organisation, valable jusqu’au {expiresAt} : révoquez-la pour en envoyer une nouvelle.",
  "error.engagement_already_proposed":
    "Votre organisation a déjà proposé « {title} » à {email}, et l’invitation reste ouverte jusqu’au {expiresAt} : attendez sa réponse, retirez cette proposition (si le courriel s’est perdu ou si l’adresse est fausse), ou donnez un autre titre à cette mission.",
  "error.counterpart_on_own_side":
    "{who, select, self {C’est votre propre adresse} other {{email} est membre de l’organisation {org}}} : une mission invite une personne de l’autre partie, envoyez-la donc à l’une de ses adresses.",
  "error.last_owner": "Une organisation doit garder au moins un propriétaire.",
  "error.token_scope_missing":
    "{scope, select, session {Seule une personne connectée peut faire cela, pas un jeton d’API : connectez-vous pour le faire.} other {Ce jeton d’API n’a pas la portée {scope}.}}",
  "error.token_name_taken":
    "L’organisation a déjà un jeton d’API actif nommé « {name} » : révoquez-le pour réutiliser ce nom, ou choisissez-en un autre.",
  "error.mailbox_disabled":
    "La boîte de démonstration n’est affichée que lorsque les e-mails restent dans la file d’envoi.",
  "error.engagement_not_pending": "Cette mission n’attend plus de réponse.",
  "error.engagement_not_withdrawable":
    "Cette proposition ne peut plus être retirée : la mission {status, select, active {a été acceptée et est en cours} declined {a été refusée} withdrawn {est déjà retirée} other {n’attend plus de réponse}}.",
  "error.organisation_kind_wrong":
    "Cette action nécessite une organisation {kind, select, client {cliente} other {prestataire}}.",
  "error.shortlist_not_provider":
    "{org} est une organisation cliente : seule une organisation prestataire peut être présélectionnée ou invitée à proposer.",
  "error.unknown_skill": "Cette compétence ne figure pas dans la taxonomie.",
  "error.brief_not_publishable":
    "Le cahier des charges ne peut pas encore être publié : {count, plural, one {# point le bloque} other {# points le bloquent}}.",
  "error.brief_not_editable":
    "Ce cahier des charges {status, select, published {est déjà publié} other {est clos : une proposition a été acceptée}} : seul un cahier des charges à l’état de brouillon peut être {action, select, publish {publié} other {modifié}}.",
  "error.brief_title_taken":
    "Votre organisation a déjà un cahier des charges en brouillon « {title} », commencé le {startedOn} : poursuivez celui-là, ou donnez un autre titre à celui-ci.",
  "error.brief_closed":
    "Ce cahier des charges est clos : une proposition a été acceptée, il ne reçoit donc plus d’invitations ni de propositions.",
  "error.proposal_not_editable":
    "Cette proposition {status, select, submitted {a été envoyée et attend la réponse du client : elle ne peut être modifiée à nouveau que si le client la renvoie pour révision} accepted {a été acceptée : ses conditions se modifient désormais dans le brouillon de l’accord} declined {a été refusée : elle ne peut plus être modifiée} withdrawn {a été retirée par le prestataire : elle ne peut plus être modifiée} other {n’a pas été retenue : elle ne peut plus être modifiée}}.",
  "error.proposal_open_on_brief":
    "Votre organisation a déjà une proposition pour « {brief} » (commencée le {startedOn}), {status, select, draft {encore en brouillon : terminez celle-là} revision_requested {renvoyée pour révision : révisez celle-là} other {envoyée et en attente de la réponse du client}}.",
  "error.proposal_not_submittable":
    "La proposition ne peut pas encore être envoyée : {count, plural, one {# point la bloque} other {# points la bloquent}}.",
  "error.proposal_wrong_state":
    "Cette proposition {status, select, draft {est encore un brouillon} submitted {a été envoyée et attend la réponse du client} revision_requested {a été renvoyée pour révision} accepted {a été acceptée} declined {a été refusée} withdrawn {a été retirée par le prestataire} other {n’a pas été retenue : une autre proposition au cahier des charges a été acceptée}} : elle ne peut donc pas être {action, select, submit {envoyée à nouveau} withdraw {retirée} decline {refusée} requestRevision {renvoyée pour révision} other {acceptée}}.",
  "error.proposal_expired":
    "Cette proposition était valable jusqu’au {validUntil} et a expiré : elle ne peut plus être acceptée en l’état. Demandez au prestataire une révision avec une nouvelle date.",
  "error.agreement_version_signed":
    "Une version signée ne change jamais : proposez plutôt un avenant.",
  "error.agreement_not_signable":
    "Cette version ne peut pas être signée : {count, plural, one {# clause inéquitable la bloque} other {# clauses inéquitables la bloquent}}.",
  "error.agreement_acknowledgement_missing":
    "Avant de signer, reconnaissez {count, plural, one {la constatation grave qui coûte à votre partie} other {les # constatations graves qui coûtent à votre partie}} (une baisse de rémunération) : cochez-la, ou indiquez son code dans acknowledgedFindings.",
  "error.no_agreement_in_force":
    "Aucun accord n’est encore en vigueur : le travail est livré et évalué au regard d’un accord signé.",
  "error.unknown_deliverable": "Ce livrable ne figure pas dans l’accord en vigueur.",
  "error.deliverable_in_review":
    "Ce livrable attend l’évaluation du client ; il pourra être remis à nouveau une fois évalué.",
  "error.deliverable_already_accepted":
    "Ce livrable a été accepté : il n’y a plus rien à remettre.",
  "error.revision_limit_reached":
    "{limit, plural, =0 {Aucun cycle de révision n’a été convenu pour ce livrable.} one {Le quota de # cycle de révision convenu pour ce livrable est épuisé.} other {Le quota de # cycles de révision convenu pour ce livrable est épuisé.}} Toute reprise supplémentaire nécessite une demande de modification.",
  "error.submission_not_in_review":
    "{status, select, deemed_accepted {Cette remise a été acceptée tacitement, le délai d’évaluation ayant expiré sans évaluation : elle ne peut plus être évaluée.} other {Cette remise a déjà été évaluée.}}",
  "error.evaluation_incomplete":
    "L’évaluation n’est pas terminée : {count, plural, one {# point demande} other {# points demandent}} votre attention.",
  "error.file_too_large": "« {name} » dépasse la limite de {limit}.",
  "error.file_type_not_allowed":
    "« {name} » n’est pas un type de fichier accepté par Accord. Types autorisés : {allowed}.",
  "error.too_many_files":
    "Envoyez au plus {limit, plural, one {# fichier} other {# fichiers}} à la fois.",
  "error.file_already_uploaded":
    "{where, select, upload {« {name} » a le même contenu que « {stored} » dans ce téléversement : envoyez-le une seule fois.} other {« {name} » a le même contenu que « {stored} », téléversé le {uploadedOn} et pas encore remis : remettez celui-là.}}",
  "error.upload_invalid":
    "L’envoi n’a pas pu être lu : transmettez les fichiers sous forme de données de formulaire multipart.",
  "error.change_request_wrong_state":
    "La demande de modification n° {number} « {title} » {status, select, proposed {attend le chiffrage du prestataire} priced {est chiffrée et attend la réponse du client} approved {a déjà été approuvée et attend les signatures de l’avenant} applied {a déjà été approuvée et fait partie de l’accord} declined {a été refusée} other {a été retirée}} : elle ne peut donc pas être {action, select, price {chiffrée} decline {refusée} withdraw {retirée} other {approuvée}}.",
  "error.change_request_wrong_side":
    "Cette étape revient au {side, select, client {client} other {prestataire}}.",
  "error.note_already_converted":
    "Cette remarque a déjà été transformée en demande de modification.",
  "error.change_moves_milestone_too_far":
    "Cette demande de modification décale le jalon « {milestone} » de {days, plural, one {# jour} other {# jours}}, au {dueDate} : une date se prévoit au plus dix ans à l’avance, le {limit} au plus tard.",
  "error.change_request_open_with_title":
    "La demande de modification n° {number} « {title} » de votre côté est encore ouverte : poursuivez-la plutôt que de la proposer à nouveau.",
  "evaluation.verdict_missing": "Donnez un verdict sur le critère convenu « {statement} ».",
  "evaluation.verdict_unknown_criterion":
    "« {criterion} » ne fait pas partie des critères convenus pour ce livrable. Formulez-le plutôt comme une remarque.",
  "evaluation.verdict_duplicate": "Ce critère a déjà un verdict.",
  "evaluation.reason_required":
    "Indiquez pourquoi le critère n’est pas rempli, afin que le prestataire puisse corriger.",
  "error.amendment_retainer_period_changed":
    "Un avenant garde la période de la rémunération récurrente, {period, select, month {le mois} other {le trimestre}} : ses factures et le solde de tout compte comptent le montant par période. Le montant peut changer ; pour facturer sur une autre période, convenez d’une nouvelle mission.",
  "error.amendment_currency_changed":
    "Un avenant garde la devise de l’accord, {currency} : les factures, paiements et remboursements de cette mission, et tout changement de rémunération, y sont comptés. Pour travailler dans une autre devise, convenez d’une nouvelle mission.",
  "error.agreement_stale":
    "L’accord a changé depuis que vous l’avez ouvert. Rechargez-le, vérifiez les modifications et réessayez.",
  "error.agreement_already_signed": "Votre partie a déjà signé cette version.",
  "error.agreement_draft_exists":
    "Un brouillon est déjà ouvert : terminez-le ou signez-le d’abord.",
  "error.internal": "Une erreur s’est produite de notre côté. Veuillez réessayer.",

  "validation.required": "Ce champ est obligatoire.",
  "validation.file_unavailable":
    "L’un de ces fichiers ne peut pas être remis : envoyez-le à nouveau, puis remettez le travail.",
  "validation.invalid_type":
    "{expected, select, int {Doit être un nombre entier, sans décimales.} minor {Doit être un nombre entier de la plus petite unité de la devise (centimes), sans décimales : 12,50 s’écrit 1250.} minor_money {Doit être un nombre entier de la plus petite unité de la devise, sans décimales : {amount} s’écrit {minor}.} number {Doit être un nombre.} string {Doit être du texte.} boolean {Doit être true ou false.} array {Doit être une liste.} object {Doit être un objet avec ses champs.} other {Cette valeur n’a pas le bon type.}}",
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
  "validation.too_small.percent": "Doit être d’au moins {minimum, number, percent}.",
  "validation.too_big.percent": "Doit être d’au plus {maximum, number, percent}.",
  "validation.too_small.money": "Doit être d’au moins {minimum}.",
  "validation.too_big.money": "Doit être d’au plus {maximum}.",
  "validation.too_small.amount": "Le montant doit être d’au moins {minimum, number}.",
  "validation.too_big.amount": "Le montant doit être d’au plus {maximum, number}.",
  "validation.too_small.days":
    "Doit être d’au moins {minimum, plural, one {# jour} other {# jours}}.",
  "validation.too_big.days": "Doit être d’au plus {maximum, plural, one {# jour} other {# jours}}.",
  "validation.too_small.hours":
    "Doit être d’au moins {minimum, plural, one {# heure} other {# heures}}.",
  "validation.too_big.hours":
    "Doit être d’au plus {maximum, plural, one {# heure} other {# heures}}.",
  "validation.invalid_date":
    "Doit être un jour qui existe, écrit AAAA-MM-JJ (par exemple 2026-02-28).",
  "validation.invalid_email": "Saisissez une adresse e-mail valide.",
  "validation.invalid_option": "Choisissez parmi : {options}.",
  "validation.unknown_field": "Ce champ n’est pas attendu ici.",
  "validation.invalid": "Cette valeur n’est pas valide.",
  "validation.invalid_text":
    "Ce texte contient un caractère qui ne peut pas être enregistré (caractère NUL ou demi-code de substitution isolé).",
  "validation.nothing_to_update": "Envoyez au moins un champ à modifier.",
  "validation.ids_or_all":
    "Envoyez soit les identifiants des notifications à marquer comme lues, soit all: true.",
  "validation.repeated_items": "Choisissez chaque élément une seule fois.",
  "validation.currency_unknown":
    "Indiquez une devise par son code ISO 4217 de trois lettres majuscules, par exemple EUR, USD ou JPY.",
  "validation.id_repeated":
    "Un autre élément de cette liste a déjà cet identifiant : donnez à chacun le sien.",
  "validation.target_equals_baseline":
    "La cible doit différer de la valeur de départ, sinon il n’y a rien à viser.",
  "validation.introduction_names_org":
    "Une mise en relation nomme l’organisation présentée, et seule une mise en relation le fait.",
  "validation.decimal_digits":
    "Doit être un nombre entier écrit en chiffres, par exemple 20 : sans espace, signe, décimale ni exposant.",
  "validation.days_only_for_suspension":
    "Seule une suspension dure un nombre de jours : n’indiquez pas de jours pour une autre décision.",
  "validation.day_before_today": "Doit être aujourd’hui ({today}) ou plus tard.",
  "validation.day_too_far_ahead":
    "Une date se prévoit au plus dix ans à l’avance, le {limit} au plus tard : le {dueDate} est postérieur.",
  "validation.correction_unchanged":
    "C’est déjà la valeur enregistrée : une correction en propose une autre.",
  "validation.offer_goal_title_repeated":
    "Un autre objectif de cette offre s’intitule déjà « {title} » : donnez à chaque objectif son propre titre.",
  "validation.reason_provider_only":
    "Seul le prestataire reconnaît le client pour ce motif (retours rapides, cahiers des charges clairs, paiement à l’heure).",
  "validation.password_common":
    "Ce mot de passe fait partie des plus courants et se devine facilement. Choisissez-en un autre, par exemple quelques mots sans rapport entre eux.",
  "validation.password_personal":
    "Ce mot de passe est formé de votre adresse e-mail ou de votre nom. Choisissez-en un que personne ne puisse en deviner.",

  "role.owner": "Propriétaire",
  "role.member": "Membre",
  "role.viewer": "Lecteur",
  "orgKind.client": "Client",
  "orgKind.provider": "Prestataire",

  "clarity.goal_missing":
    "Indiquez ce que vous souhaitez atteindre : ajoutez au moins un objectif.",
  "clarity.success_measure_missing":
    "Indiquez comment la réussite sera mesurée : ajoutez au moins un indicateur de réussite.",
  "clarity.success_measure_not_measurable":
    "Cet indicateur de réussite ne comporte aucun chiffre : personne ne peut dire quand il est atteint.",
  "clarity.skills_missing":
    "Choisissez les compétences que demande le travail, afin de pouvoir lui associer des prestataires.",
  "clarity.budget_missing":
    "Indiquez une fourchette budgétaire : les prestataires doivent savoir de quelles ressources vous disposez.",
  "clarity.budget_inverted": "Le minimum du budget est supérieur à son maximum.",
  "clarity.budget_range_wide":
    "Le maximum du budget dépasse {ratio, number} fois son minimum : resserrez la fourchette pour que les propositions puissent s’y inscrire.",
  "clarity.deadline_missing": "Indiquez une date limite.",
  "clarity.deadline_passed": "La date limite est déjà passée.",
  "clarity.deadline_before_feasible_start":
    "La date limite laisse moins de {days, plural, one {# jour} other {# jours}} après le {start} : aucun prestataire ne peut planifier le travail dans ce délai.",
  "clarity.must_haves_contradict": "Cet élément indispensable en contredit un autre.",
  "clarity.must_have_also_nice_to_have":
    "Cet élément est à la fois indispensable et souhaitable : choisissez l’un ou l’autre.",
  "clarity.client_people_missing":
    "Indiquez les personnes que vous mobilisez de votre côté pour le travail : un partenariat a besoin des deux parties.",
  "clarity.business_model_scope_missing":
    "Décrivez le périmètre du modèle économique, afin que les prestataires sachent à quoi sert le travail.",
  "clarity.preferred_language_missing":
    "Choisissez les langues dans lesquelles vous souhaitez travailler.",
  "clarity.earliest_start_passed":
    "Le début au plus tôt, le {start}, est déjà passé (nous sommes le {today}) : les prestataires planifieront à partir d’aujourd’hui.",
  "clarity.deadline_before_earliest_start":
    "La date limite, le {deadline}, précède le début au plus tôt, le {start} : aucun travail ne tient entre les deux.",

  "feasibility.deliverable_without_criteria":
    "Ce livrable n’a aucun critère d’acceptation : il ne peut pas être évalué objectivement.",
  "feasibility.criterion_without_verification": "Ce critère n’indique pas comment il sera vérifié.",
  "feasibility.over_budget":
    "Le prix, {total}, dépasse le budget maximal du cahier des charges ({budget}).",
  "feasibility.currency_differs":
    "La proposition est en {proposal}, mais le budget du cahier des charges est en {brief}.",
  "feasibility.later_than_deadline":
    "Le dernier jalon ({lastDue}) est postérieur à la date limite du cahier des charges ({deadline}).",
  "feasibility.milestone_in_past":
    "Ce jalon est prévu le {dueDate}, une date déjà passée (nous sommes le {today}) : donnez-lui une date à venir.",
  "feasibility.starts_before_client_ready":
    "Un jalon tombe avant la date à laquelle le client peut commencer ({earliestStart}).",
  "feasibility.must_have_uncovered":
    "Aucun livrable ne couvre l’élément indispensable « {mustHave} ».",
  "feasibility.uncapped_time_and_materials":
    "Une rémunération en régie sans plafond laisse le montant total ouvert.",
  "feasibility.milestone_paid_without_deliverable":
    "Le jalon « {milestone} » prévoit un paiement, mais aucun livrable n’y est rattaché : il ne pourrait jamais être accepté ni facturé.",
  "feasibility.valid_until_passed":
    "L’offre est valable jusqu’au {validUntil}, une date déjà passée (nous sommes le {today}) : elle a expiré. Donnez une date à venir, ou aucune.",

  "fairTerms.review_gag_clause":
    "Cette clause restreint ou pénalise les avis honnêtes (langue détectée : {language} ; « {matched} »).",
  "fairTerms.review_gag_clause.reason":
    "Les avis honnêtes protègent les deux parties ; les clauses de silence et de non-dénigrement qui les visent sont interdites dans plusieurs juridictions (par exemple par le Consumer Review Fairness Act américain) et ne sont jamais autorisées sur Accord.",
  "fairTerms.acceptance_criteria_missing": "Aucun livrable n’a de critère d’acceptation.",
  "fairTerms.acceptance_criteria_missing.reason":
    "Un travail ne peut être évalué objectivement qu’au regard de critères convenus à l’avance.",
  "fairTerms.price_below_floor":
    "Le tarif effectif, {rate} de l’heure, est inférieur au tarif plancher du prestataire, {floor} de l’heure.",
  "fairTerms.price_below_floor.reason":
    "Des exigences que ne compense aucune rémunération mettent fin aux partenariats ; le prestataire peut renoncer explicitement à son tarif plancher.",
  "fairTerms.deliverable_without_criteria": "Ce livrable n’a aucun critère d’acceptation.",
  "fairTerms.deliverable_without_criteria.reason":
    "Sans critères, l’acceptation dépend d’une opinion plutôt que de ce qui a été convenu.",
  "fairTerms.criterion_without_verification": "Ce critère n’indique pas comment il sera vérifié.",
  "fairTerms.criterion_without_verification.reason":
    "Un critère que personne ne peut vérifier ouvre la porte aux différends au moment de l’évaluation.",
  "fairTerms.payment_terms_over_limit":
    "Les conditions de paiement prévoient un délai de plus de {days, number} jours.",
  "fairTerms.payment_terms_over_limit.reason":
    "La directive européenne sur les retards de paiement (directive 2011/7/UE) limite les délais de paiement entre entreprises à 60 jours, sauf accord exprès et à condition que le délai ne soit pas manifestement abusif.",
  "fairTerms.review_window_missing": "Aucun délai d’évaluation des remises n’est fixé.",
  "fairTerms.review_window_missing.reason":
    "Sans délai d’évaluation, une remise peut attendre une réponse indéfiniment.",
  "fairTerms.review_window_over_limit": "Le délai d’évaluation dépasse {days, number} jours.",
  "fairTerms.review_window_over_limit.reason":
    "Un long délai d’évaluation retarde l’acceptation et le paiement d’un travail déjà livré.",
  "fairTerms.revisions_unlimited": "Ce livrable autorise des cycles de révision illimités.",
  "fairTerms.revisions_unlimited.reason":
    "Des cycles de révision illimités transforment les nouvelles exigences en travail non rémunéré ; toute modification supplémentaire devrait être chiffrée.",
  "fairTerms.notice_period_missing": "Aucun préavis n’est prévu pour mettre fin à la mission.",
  "fairTerms.notice_period_missing.reason":
    "Un préavis permet aux deux parties de se séparer proprement, en laissant le temps de la passation.",
  "fairTerms.client_responsibilities_missing": "Aucune responsabilité du client n’est renseignée.",
  "fairTerms.client_responsibilities_missing.reason":
    "Un partenariat comporte des obligations des deux côtés : ce que le client doit fournir, et pour quand.",
  "fairTerms.dispute_skips_amicable_steps":
    "La clause de règlement des différends ne commence pas par une négociation suivie d’une médiation.",
  "fairTerms.dispute_skips_amicable_steps.reason":
    "Les offres de réparation et la médiation règlent la plupart des désaccords ; les procès ne créent que des ennemis.",
  "fairTerms.milestone_paid_without_deliverable":
    "Le jalon « {milestone} » prévoit un paiement, mais aucun livrable n’y est rattaché : il ne pourrait jamais être accepté ni facturé.",
  "fairTerms.milestone_paid_without_deliverable.reason":
    "Un jalon est payé quand ses livrables sont acceptés ; un montant promis sur un jalon sans livrable n’est promis sur rien. Rattachez-y un livrable ou déplacez le montant.",
  "fairTerms.pay_cut_without_scope_cut":
    "Cet avenant réduit la rémunération de {paidBefore} à {paidAfter} sans réduire le périmètre en proportion : le même travail pour moins.",
  "fairTerms.pay_cut_without_scope_cut.reason":
    "Des exigences que la rémunération ne suit pas mettent fin aux partenariats. Le prestataire peut accepter une baisse, mais en connaissance de cause : son propriétaire la reconnaît expressément en signant, et l’historique de la mission conserve cette reconnaissance.",
  "fairTerms.amendment_currency_changed":
    "Cet avenant indique une autre devise que l’accord en vigueur, {currency} : il ne peut pas être signé. Rédigez-le en {currency} ; pour travailler dans une autre devise, convenez d’une nouvelle mission.",
  "fairTerms.amendment_currency_changed.reason":
    "Les factures, paiements, remboursements et le solde de tout compte d’une mission se comptent dans une seule devise, et tout changement de rémunération s’y mesure.",
  "fairTerms.amendment_retainer_period_changed":
    "Cet avenant facture la rémunération récurrente sur une autre période que l’accord en vigueur, {period, select, month {le mois} other {le trimestre}} : il ne peut pas être signé. Gardez la période (le montant peut changer) ; pour facturer sur une autre période, convenez d’une nouvelle mission.",
  "fairTerms.amendment_retainer_period_changed.reason":
    "Les factures d’une rémunération récurrente et le solde de tout compte comptent le montant par période : un mois changé en trimestre compterait les mois déjà travaillés comme des tiers de trimestre.",

  "match.capability.covered":
    "Couvre {covered, number} sur {required, plural, one {# compétence requise} other {# compétences requises}} par le cahier des charges.",
  "match.trackRecord.history":
    "{completed, plural, =0 {Aucune mission terminée pour l’instant} one {# mission terminée} other {# missions terminées}} ; {returning, plural, one {# client sur {couldReturn, number} est revenu} other {# clients sur {couldReturn, number} sont revenus}}.{tenure, select, none {} other { Ancienneté : {tenureDays, plural, one {# jour} other {# jours}} depuis sa première mission.}}",
  "match.trackRecord.new":
    "Nouveau : {completed, plural, =0 {aucune mission terminée pour l’instant} one {# mission terminée} other {# missions terminées}}, aucun client n’a donc encore pu revenir.{tenure, select, none {} other { Ancienneté : {tenureDays, plural, one {# jour} other {# jours}} depuis sa première mission.}}",
  "match.health.score":
    "Santé de la relation : {score, number} sur 100 sur l’ensemble de ses missions, d’après les faits et les notes des deux côtés.",
  "match.health.new":
    "Nouveau : encore trop peu de missions pour un score de santé de la relation ; cela ne compte ni pour ni contre.",
  "match.language.any": "Le cahier des charges n’indique aucune langue préférée.",
  "match.language.first_choice": "Travaille dans votre langue de premier choix ({language}).",
  "match.language.other_choice": "Travaille dans l’une de vos langues ({language}).",
  "match.language.none": "Ne travaille dans aucune de vos langues préférées.",
  "match.availability.in_time": "Disponible d’ici votre date de début.",
  "match.availability.late":
    "Disponible {days, plural, one {# jour} other {# jours}} après votre date de début.",
  "match.price.within":
    "Le tarif journalier, {rate}, tient dans votre budget sur la durée disponible.",
  "match.price.above":
    "Le tarif journalier, {rate}, dépasse ce que votre budget permet de payer sur la durée disponible.",
  "match.price.unknown": "Aucun tarif à comparer avec votre budget.",
  "match.proposal.sent":
    "A déjà répondu à ce cahier des charges : {status, select, submitted {sa proposition attend votre réponse} revision_requested {vous lui avez demandé de réviser sa proposition} accepted {vous avez accepté sa proposition} declined {vous avez refusé sa proposition} withdrawn {le prestataire a retiré sa proposition} other {sa proposition n’a pas été retenue}}.",

  "agreementDoc.title": "Accord : {title}",
  "agreementDoc.version":
    "Version {version} · {status, select, in_force {en vigueur} superseded {remplacée} other {projet}}",
  "agreementDoc.parties": "Entre {client} (client) et {provider} (prestataire)",
  "agreementDoc.section.scope": "Périmètre",
  "agreementDoc.section.deliverables": "Livrables et critères d’acceptation",
  "agreementDoc.section.milestones": "Jalons",
  "agreementDoc.section.responsibilities": "Rôles et responsabilités",
  "agreementDoc.section.methodology": "Méthode et rythme de suivi",
  "agreementDoc.section.remuneration": "Rémunération et conditions de paiement",
  "agreementDoc.section.evaluation": "Évaluation, modifications et sortie",
  "agreementDoc.section.clauses": "Clauses complémentaires",
  "agreementDoc.section.signatures": "Signatures",
  "agreementDoc.criterion": "{statement} (vérification : {verification})",
  "agreementDoc.revisions":
    "{limit, select, unlimited {Cycles de révision : illimités} other {Cycles de révision inclus : {limit}}}",
  "agreementDoc.milestone": "{title} : échéance le {dueDate}, {amount}",
  "agreementDoc.clientResponsibilities": "Le client fournit",
  "agreementDoc.providerResponsibilities": "Le prestataire fournit",
  "agreementDoc.responsibility":
    "{what}{dueDate, select, none {} other { (au plus tard le {dueDate})}}",
  "agreementDoc.cadence":
    "Point d’étape {days, plural, one {quotidien} other {tous les # jours}}{channels, select, none {} other { par {channels}}}.",
  "agreementDoc.responseTimes":
    "Le client répond sous {clientHours, number} h ; le prestataire sous {providerHours, number} h.",
  "agreementDoc.priceModel":
    "{model, select, fixed {Prix forfaitaire} retainer {Forfait récurrent} other {Régie}} : {amount}",
  "agreementDoc.rate": "Tarif : {rate} par {unit, select, hour {heure} other {jour}}",
  "agreementDoc.effort":
    "Charge estimée : {unit, select, hour {{quantity, plural, one {# heure} other {# heures}}} other {{quantity, plural, one {# jour} other {# jours}}}}",
  "agreementDoc.paymentTerms":
    "Paiement à {days, plural, one {# jour} other {# jours}} date de facture{interest, select, yes {, avec application des intérêts de retard légaux} other {}}.",
  "agreementDoc.changeControl":
    "{amendment, select, yes {Toute modification est chiffrée et fait l’objet d’un avenant au présent accord, signé par les deux parties.} other {Les modifications sont chiffrées et validées par les deux parties.}}",
  "agreementDoc.reviewWindow":
    "{days, select, none {Aucun délai d’évaluation.} other {Le client évalue chaque remise sous {days, plural, one {# jour} other {# jours}}{deemed, select, yes { ; passé ce délai, le silence vaut acceptation tacite} other {}}.}}",
  "agreementDoc.notice":
    "{days, select, none {Aucun préavis.} other {Préavis : {days, plural, one {# jour} other {# jours}}.}}",
  "agreementDoc.handOver": "Obligations de passation : {duties}",
  "agreementDoc.disputeLadder":
    "Les désaccords sont traités selon les étapes suivantes, dans l’ordre : {steps}.",
  "agreementDoc.disputeStep":
    "{step, select, negotiation {négociation} amends {offre de réparation} mediation {médiation} separation {séparation à l’amiable} arbitration {arbitrage} other {action en justice}}",
  "agreementDoc.floorWaived": "Le prestataire renonce à son tarif plancher pour le présent accord.",
  "agreementDoc.signature":
    "Signé pour le {side, select, client {client} other {prestataire}} par {name} le {signedAt}.",
  "agreementDoc.unsigned":
    "Pas encore signé par le {side, select, client {client} other {prestataire}}.",
  "agreementDoc.hash": "Texte signé (SHA-256) : {hash}",
  "agreementDoc.footer":
    "Émis par Accord le {date}. Les contenus rédigés par les utilisateurs sont reproduits tels quels.",

  "mail.membership_invitation.subject": "{inviter} vous invite à rejoindre {org} sur Accord",
  "mail.membership_invitation.body":
    "Bonjour,\n\n{inviter} vous invite à rejoindre {org} sur Accord en tant que {role, select, owner {propriétaire} member {membre} other {lecteur}}.\n\nPour accepter, ouvrez ce lien : {link}\n\nCette invitation expire le {expiresAt, date, long}.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} vous invite à une mission : {title}",
  "mail.engagement_invitation.body":
    "Bonjour,\n\n{inviter}, membre de l’organisation {org} ({kind, select, client {client} other {prestataire}}), invite votre organisation à une mission sur Accord : « {title} ».\n\nPour l’accepter au nom d’une de vos organisations, ouvrez ce lien : {link}\n\nCette invitation expire le {expiresAt, date, long}.\n\nAccord",
  "mail.proposal_not_selected.subject": "« {brief} » : {client} a choisi une autre proposition",
  "mail.proposal_not_selected.body":
    "Bonjour {name},\n\nMerci pour la proposition envoyée par {provider} pour « {brief} ». {client} a choisi de travailler avec un autre prestataire : le cahier des charges est donc clos et votre proposition n’a pas été retenue.\n\nNous savons qu’une bonne proposition demande du temps et du soin, et nous vous remercions pour la vôtre. Elle reste consultable parmi vos propositions : {link}\n\nNous espérons vous voir répondre à d’autres cahiers des charges sur Accord.\n\nAccord",

  "error.engagement_ended":
    "Cette mission a pris fin le {endedOn} : les nouveaux objectifs, les valeurs mesurées, les offres de phase suivante, les demandes de modification et les avenants sont fermés. La lecture, la reconnaissance, les différends, les factures et les paiements restent ouverts.",
  "error.engagement_not_active":
    "Cette mission n’est pas active : rien ne peut plus y être ajouté.",
  "error.webhook_inactive":
    "Ce webhook est désactivé. Activez-le avant de lui envoyer quoi que ce soit.",
  "error.webhook_url_taken":
    "L’organisation envoie déjà ses événements à {url} : modifiez plutôt ce webhook.",
  "error.invoice_wrong_state":
    "Cette facture {status, select, draft {est encore un brouillon} issued {a déjà été émise} partly_paid {a été émise et est en partie payée} paid {a été émise et est payée} other {est annulée}} : {action, select, edit {elle ne peut donc pas être modifiée} issue {elle ne peut donc pas être émise} void {elle ne peut donc pas être annulée} other {aucun intérêt de retard ne peut donc y être facturé}}.",
  "error.invoice_void_after_payment":
    "Un paiement a déjà été versé sur cette facture : elle ne peut donc pas être annulée. Émettez plutôt un avoir.",
  "error.invoice_void_after_credit_note":
    "Cette facture a été corrigée par un avoir : corrigez-la encore par un autre avoir plutôt que de l’annuler.",
  "error.invoice_payment_awaiting_answer":
    "Un paiement sur cette facture attend une réponse : confirmez-le ou rejetez-le avant d’annuler la facture.",
  "error.invoice_not_payable":
    "Cette facture n’accepte pas de paiement : {status, select, draft {elle n’a pas encore été émise} void {elle est annulée} paid {elle est déjà payée} other {elle est close}}.",
  "error.invoice_not_creditable":
    "Seule une facture émise peut être réduite par un avoir : ni un brouillon, ni une facture annulée.",
  "error.invoice_source_already_invoiced":
    "{number, select, none {Un brouillon de facture couvre déjà cet élément} other {La facture {number} couvre déjà cet élément}}. Annulez d’abord cette facture pour pouvoir le facturer à nouveau.",
  "error.invoice_lines_invalid":
    "Les lignes de la facture demandent votre attention : {count, plural, one {# point} other {# points}}.",
  "error.invoice_lines_fixed_by_source":
    "La ligne de cette facture provient de l’accord ; seules les factures manuelles acceptent des lignes saisies.",
  "error.invoice_total_zero": "Le montant d’une facture doit être supérieur à zéro.",
  "error.issue_date_in_future": "Une facture ne peut pas être datée dans le futur.",
  "error.issue_date_before_last_issued":
    "Votre dernière facture est datée du {lastIssueDate} : numéros et dates suivent le même ordre, datez donc celle-ci du même jour ou d’un jour ultérieur.",
  "error.issue_date_before_due_basis":
    "Cette facture ne peut pas être datée avant le {earliest} : rien n’était dû avant {basis, select, milestone {l’acceptation du jalon} change_request {l’approbation de la modification} retainer {le début de la période d’abonnement} late_interest {le jour jusqu’auquel les intérêts sont calculés} other {l’entrée en vigueur de l’accord}}, et les factures se suivent dans l’ordre des dates. Datez-la du {earliest} ou d’un jour ultérieur.",
  "error.milestone_not_accepted":
    "Ce jalon n’est pas encore accepté : il pourra être facturé une fois tous ses livrables acceptés.",
  "error.milestone_unknown": "Ce jalon ne figure pas dans l’accord en vigueur.",
  "error.milestone_amount_missing": "L’accord en vigueur ne fixe aucun montant pour ce jalon.",
  "error.change_request_not_approved":
    "Seule une demande de modification approuvée peut être facturée.",
  "error.not_a_retainer": "L’accord en vigueur ne prévoit pas de forfait récurrent.",
  "error.retainer_amount_missing":
    "L’accord en vigueur ne fixe aucun montant de forfait récurrent.",
  "error.retainer_period_invalid":
    "Une période de forfait récurrent commence le premier jour d’un {period, select, quarter {trimestre (janvier, avril, juillet ou octobre)} other {mois}}.",
  "error.payment_currency_mismatch":
    "Cette facture est libellée en {expected} : enregistrez le paiement en {expected}, la devise dans laquelle elle a été émise.",
  "error.payment_exceeds_outstanding":
    "C’est plus que ce qui reste dû sur la facture {number} : vous pouvez enregistrer au plus {open}.",
  "error.payment_already_decided":
    "Ce paiement a déjà été {status, select, confirmed {confirmé} other {rejeté}}.",
  "error.payment_same_side":
    "C’est l’autre partie qui confirme ou rejette un paiement enregistré par votre partie.",
  "error.idempotency_key_reused":
    "Cette clé Idempotency-Key a déjà été utilisée pour un autre paiement. Utilisez une nouvelle clé pour un nouveau paiement.",
  "error.credit_note_exceeds_outstanding":
    "Un avoir réduit au plus ce que la facture facturait moins les avoirs déjà émis ; ce qui en était déjà payé est à rembourser : {open} au plus.",
  "error.credit_note_exceeds_refundable":
    "Un avoir au-delà de ce qui reste dû rend au client de l’argent qu’il a payé, et cet argent lui est déjà rendu ou dû (par un avoir antérieur, un remboursement convenu en réparation ou un remboursement effectué) : {open} au plus peut encore être crédité sur cette facture.",
  "creditNote.reason.amends": "Réparation, différend n° {number}",
  "error.credit_note_repeated":
    "L’avoir {number} réduit déjà cette facture de {amount} pour ce motif : il n’est pas émis deux fois.",
  "error.refund_currency_mismatch":
    "Cette mission est payée en {expected} : enregistrez le remboursement en {expected}, comme le client a payé.",
  "error.refund_exceeds_refundable":
    "C’est plus que ce qui peut être remboursé : les paiements confirmés du client, moins les remboursements déjà enregistrés, laissent au plus {open}.",
  "error.refund_already_decided":
    "Ce remboursement a déjà été {status, select, confirmed {confirmé} other {rejeté}}.",
  "error.refund_repeated":
    "Un remboursement de {amount} versé le {paidOn} avec cette référence est déjà enregistré : il n’est pas enregistré deux fois.",
  "error.invoice_draft_repeated":
    "Une facture des mêmes lignes ({total}), rédigée le {draftedOn}, est encore un brouillon : modifiez-la ou émettez-la.",
  "error.reference_rate_missing":
    "Aucun taux de référence n’est connu en {currency} pour le semestre commençant le {halfYearStart} : les intérêts de retard ne peuvent donc pas être calculés. Un opérateur l’ajoute avec « accord rates set ».",
  "error.late_interest_nothing_to_claim":
    "Il ne reste aucun intérêt de retard à facturer sur cette facture.",
  "error.dispute_wrong_state":
    "Le différend n° {number} {status, select, awaiting_response {attend la réponse de l’autre partie à son ouverture} negotiating {est en négociation entre les parties} offer_pending {a une offre en attente de la réponse de l’autre partie} in_mediation {est en médiation et attend la recommandation du modérateur} recommended {{action, select, accept_recommendation {a une recommandation du modérateur que votre partie a déjà acceptée} other {a une recommandation du modérateur en attente de la réponse de chaque partie}}} settled {a été réglé} separated {s’est terminé par une séparation à l’amiable} other {a été retiré}} : {action, select, respond {on ne peut donc pas y répondre} offer {aucune offre ne peut donc y être faite} accept_offer {aucune offre ne peut donc y être acceptée} decline_offer {aucune offre ne peut donc y être refusée} escalate {il ne peut donc pas passer à l’étape suivante} recommend {aucune recommandation ne peut donc y être rendue} accept_recommendation {sa recommandation ne peut donc pas être acceptée} other {il ne peut donc pas être retiré}}.",
  "error.dispute_wrong_side": "Cette étape revient à l’autre partie, ou au médiateur.",
  "error.dispute_awaiting_answer":
    "L’autre partie n’a pas encore répondu : elle garde le droit de répondre avant que le différend n’avance.",
  "error.dispute_awaiting_mediator":
    "La recommandation du modérateur n’est pas encore arrivée : ensuite, vous pourrez l’accepter ou passer à l’étape suivante ; sans elle, le différend avance de lui-même une fois son délai passé.",
  "error.dispute_window_passed":
    "Le délai de réponse a pris fin le {closedAt} : le différend passe à l’étape suivante, où vous pourrez encore vous exprimer.",
  "error.dispute_ladder_ends": "Le différend est à la dernière étape de l’échelle.",
  "error.amends_invalid":
    "Ces réparations ne peuvent pas être proposées telles quelles : {reason, select, amends_empty {choisissez au moins un type de réparation} amends_repeated_kind {chaque type ne peut être proposé qu’une fois (deux montants font un montant plus grand)} amends_not_yours {ce type de réparation revient à l’autre partie} amends_amount_invalid {un montant est un nombre entier positif de la plus petite unité de la devise (centimes)} amends_over_limit {le montant dépasse ce que le dossier permet, au plus {limit} (un remboursement jusqu’à ce que le client a payé moins ce qui lui est déjà dû ou remboursé, part d’un avoir au-delà de ce qui reste dû comprise, un avoir jusqu’à ce que sa facture facturait moins les avoirs déjà émis)} amends_unknown_item {elles désignent un élément que cette mission n’a pas} amends_deadline_not_later {une nouvelle échéance doit venir après l’actuelle, le {dueDate}} amends_deadline_past {une nouvelle échéance ne peut pas être déjà passée : choisissez le {dueDate} ou un jour suivant} amends_deadline_too_far {une nouvelle échéance se fixe au plus dix ans à l’avance : choisissez le {dueDate} ou un jour précédent} amends_apology_blank {des excuses demandent des mots} amends_rework_accepted {une reprise ne se propose que sur un livrable pas encore accepté} other {vérifiez les éléments proposés}}.",
  "error.exit_already_started": "Un préavis a déjà été donné pour cette mission.",
  "error.subject_already_reported":
    "Ce texte fait déjà l’objet d’un dossier de modération ; suivez-le dans Dossiers (et faites appel de sa décision si vous n’êtes pas d’accord).",
  "error.review_already_hidden":
    "Un modérateur a déjà masqué cet avis, avec le motif que les deux parties voient.",
  "dispute.subject_required":
    "Indiquez l’élément visé par ce différend ({kind, select, evaluation {livrable ou jalon} invoice {facture émise} other {demande de modification}}).",
  "dispute.subject_unknown":
    "Cette mission n’a pas cet élément ({kind, select, evaluation {livrable ou jalon} invoice {facture émise} other {demande de modification}}) : choisissez-en un des siens.",
  "error.dispute_already_open":
    "Le différend n° {number} sur ce point est encore ouvert : poursuivez-le plutôt que d’en ouvrir un autre.",
  "error.exit_not_started":
    "Aucun préavis n’a encore été donné pour cette mission : elle n’a pas de sortie. Chaque partie peut donner son préavis (POST …/exit).",
  "error.exit_cure_period_too_short":
    "Un préavis pour manquement laisse à l’autre partie au moins {days, plural, one {# jour} other {# jours}} pour y remédier (deux semaines, ou le préavis convenu s’il est plus court), afin que la réparation passe avant la séparation.",
  "error.handover_wrong_side": "C’est à l’autre partie de cocher cet élément de passation.",
  "error.handover_already_done": "Cet élément de passation est déjà fait.",
  "exit.handover.access_removed": "Retirer au prestataire ses accès à vos systèmes",
  "exit.handover.credentials_rotated": "Renouveler les identifiants partagés",
  "error.test_clock_disabled":
    "Cette instance n’a pas d’horloge de test. Seul un bac à sable ou une démo démarré avec ACCORD_TEST_CLOCK=true permet aux opérateurs d’avancer son heure.",
  "error.test_clock_operators_only":
    "Seuls les opérateurs de la plateforme peuvent avancer l’horloge de test.",
  "error.test_clock_advance_invalid":
    "Avancez l’horloge de jours, d’heures ou de minutes, par exemple 15d, 36h ou 90m : au plus {maxDays, plural, one {# jour} other {# jours}} à la fois, et au plus {maxYears, plural, one {# an} other {# ans}} d’avance sur l’heure réelle.",
  "error.payload_too_large": "La requête est trop volumineuse.",
  "error.unsupported_media_type": "Ce type de contenu n’est pas accepté ici.",
  "error.check_in_closed": "Ce point d’étape est clos : le prochain s’ouvrira au rythme convenu.",
  "error.check_in_already_answered": "Votre partie a déjà répondu à ce point d’étape.",
  "error.check_ins_ended":
    "Les points d’étape sont terminés : tous les jalons de l’accord en vigueur sont acceptés. L’évaluation de la mission demande aux deux parties comment elle s’est passée.",
  "error.review_occasion_unknown":
    "{kind, select, exit {Il n’y a encore rien à évaluer pour cette occasion : la sortie n’est pas terminée.} engagement {{reason, select, milestones_open {Il n’y a encore rien à évaluer pour cette occasion : la mission s’achève quand tous ses jalons sont acceptés ({accepted} sur {total} pour l’instant).} no_milestones {Il n’y a encore rien à évaluer pour cette occasion : la mission s’achève quand tous ses jalons sont acceptés, et l’accord en vigueur n’en prévoit aucun ; elle s’évalue à sa sortie.} ended_by_exit {Cette mission a pris fin par sa sortie avant que tous ses jalons soient acceptés : elle s’évalue à sa sortie, pas comme une occasion à part.} other {Il n’y a rien à évaluer pour cette occasion : une mission s’évalue une fois achevée, avec une référence vide.}}} other {{reason, select, unknown_milestone {Il n’y a rien à évaluer pour cette occasion : l’accord ne prévoit aucun jalon « {ref} ».} other {Il n’y a encore rien à évaluer pour cette occasion : le jalon n’a pas été accepté.}}}}",
  "error.review_window_closed": "La période d’avis pour cette occasion est close.",
  "error.review_already_submitted":
    "Votre côté a déjà donné son avis sur cette occasion. Un avis envoyé est verrouillé.",
  "error.review_reply_exists": "Cet avis a déjà sa réponse publique unique.",
  "error.review_not_published": "Vous pourrez répondre une fois les deux avis publiés.",
  "error.screening_nudge":
    "{kind, select, legal_threat {Avant d’envoyer : ce texte ressemble à une menace juridique. Les démarches juridiques sont votre droit ; le texte sera conservé dans l’historique de la mission. Vous pouvez le modifier ou l’envoyer tel quel.} other {Avant d’envoyer : la politique d’Accord interdit les menaces visant à punir ou faire retirer un avis, ainsi que les avis utilisés comme moyen de pression. Vous pouvez modifier votre texte ou l’envoyer tel quel ; ce que vous envoyez est contrôlé comme d’habitude.}}",
  "error.organisation_suspended":
    "{sanction, select, expulsion {Votre organisation a été exclue par une décision de modération : elle ne peut plus commencer de mission, envoyer de proposition, ni publier un avis ou y répondre. Les missions en cours vont jusqu’à leur sortie.} suspension {Votre organisation est suspendue par une décision de modération jusqu’au {until} : d’ici là, elle ne peut ni commencer de mission, ni envoyer de proposition, ni publier un avis ou y répondre. Le travail en cours continue.} other {Votre organisation est suspendue par une décision de modération jusqu’à ce qu’un modérateur lève la suspension : d’ici là, elle ne peut ni commencer de mission, ni envoyer de proposition, ni publier un avis ou y répondre. Le travail en cours continue.}}",
  "error.case_wrong_state":
    "Ce dossier de modération {status, select, open {{action, select, respond {a déjà reçu une réponse et attend la décision d’un modérateur} other {est ouvert et attend la décision d’un modérateur}}} decided {a été décidé} appealed {fait l’objet d’un recours qui attend sa décision} other {est clos : son recours a été décidé}} : {action, select, respond {on ne peut donc plus répondre à la notification} decide {il ne peut donc pas être décidé} appeal {il ne peut donc pas faire l’objet d’un recours} other {aucun recours ne peut donc y être décidé}}.",
  "error.response_window_closed":
    "Le délai de réponse à cette notification a pris fin le {closedAt} : la réponse ne peut plus être déposée et un modérateur peut désormais décider. Une fois le dossier décidé, chaque partie peut former un recours, une fois.",
  "error.response_window_open":
    "L’organisation mise en cause peut encore répondre à la notification ; décidez après le délai de réponse.",
  "error.appeal_same_moderator":
    "Un recours est tranché par un autre modérateur que celui qui a décidé le dossier.",
  "error.moderator_is_party":
    "Vous êtes membre d’une des organisations concernées par ce dossier : un autre modérateur doit le trancher.",
  "error.appeal_already_used": "Ce dossier a déjà fait l’objet d’un recours.",
  "error.threat_needs_sanction":
    "Une menace vérifiée appelle une sanction : choisissez un avertissement, une suspension ou une exclusion, ou décochez la menace.",
  "error.threat_needs_reported_review":
    "Une menace vérifiée ne s’enregistre que sur un dossier ouvert par le signalement d’un avis ou de sa réponse.",
  "screening.policy.retaliation":
    "La politique d’Accord interdit les menaces visant à punir ou faire retirer un avis. Un modérateur examinera ce texte ; l’avis reste en ligne, et votre organisation sera notifiée et pourra répondre.",
  "screening.policy.legal_threat":
    "Ce texte ressemble à une menace juridique et il est conservé dans l’historique de la mission, visible des deux parties.",
  "screening.evidence":
    "{role, select, legalThreat {menace juridique « {phrase} »} intimidation {intimidation « {phrase} »} sanction {sanction « {phrase} »} reviewLeverage {avis utilisé comme moyen de pression « {phrase} »} removalDemand {demande de retirer ou de modifier l’avis « {phrase} »} reviewMention {avis mentionné « {phrase} »} sentAfterReview {envoyé après que le destinataire a évalué l’expéditeur} attachedToReview {rattaché à un avis} other {« {phrase} »}}",
  "review.stars_invalid": "Notez chacun de ces aspects de 1 à 5 : {aspects}.",
  "review.stars_foreign":
    "Notez cette partie sur ces aspects seulement, chacun de 1 à 5 : {aspects}. Ce n’est pas un aspect de cet avis : {foreign}.",
  "billing.invoice.invoice_currency_unknown": "« {currency} » n’est pas une devise ISO 4217.",
  "billing.invoice.invoice_lines_missing": "Ajoutez au moins une ligne.",
  "billing.invoice.invoice_too_many_lines":
    "Une facture compte au plus {max, number} lignes ; celle-ci en compte {count, number}.",
  "billing.invoice.invoice_amount_unsafe":
    "Ces montants sont trop élevés pour être additionnés exactement.",
  "billing.invoice.invoice_amount_too_large":
    "Une facture peut demander au plus {total} : au-delà, c’est une erreur de saisie, pas une facture.",
  "billing.invoice.invoice_exceeds_agreement":
    "Cette facture demande {rate} hors taxes, plus que les {total} que l’accord laisse à facturer. Vérifiez le montant avant de l’émettre, ou convenez d’abord du travail supplémentaire.",
  "billing.invoice.line_description_missing": "Décrivez ce que facture cette ligne.",
  "billing.invoice.line_quantity_not_whole_thousandths":
    "Indiquez la quantité avec au plus trois décimales.",
  "billing.invoice.line_quantity_not_positive": "La quantité doit être supérieure à zéro.",
  "billing.invoice.line_unit_price_not_whole_minor":
    "Indiquez le prix unitaire sans plus de décimales que la devise n’en a (au plus les centimes).",
  "billing.invoice.line_unit_price_negative":
    "Un prix unitaire ne peut pas être négatif : réduisez plutôt le montant dû par un avoir.",
  "billing.invoice.line_tax_rate_out_of_range":
    "Le taux de taxe est un pourcentage de 0 à {max, number, percent}.",
  "billing.reminders.reminder_offset_out_of_range":
    "Une relance se situe entre {min, number} et {max, number} jours de la date d’échéance.",
  "billing.reminders.reminder_offset_duplicate":
    "Ce jour figure déjà dans le calendrier des relances.",
  "billing.reminders.too_many_reminders": "Au plus {max, number} relances par facture.",
  "billing.lateInterest.late_interest_not_agreed":
    "L’accord en vertu duquel cette facture a été émise ne prévoit pas d’intérêts de retard légaux.",
  "billing.lateInterest.not_overdue":
    "Rien n’est en retard de paiement sur cette facture à cette date.",
  "billing.lateInterest.recovery_compensation_unavailable":
    "Aucune indemnité forfaitaire pour frais de recouvrement n’est configurée pour cette devise.",
  "billing.trend.remuneration_cut_without_scope_cut":
    "De {fromPeriod} à {toPeriod}, la rémunération a baissé de {remunerationCut} alors que le périmètre convenu n’a baissé que de {scopeCut} : le même travail pour moins cher.",
  "billing.trend.discount_for_speed":
    "Accepter {discount} de moins ({discountShare}) pour être payé {daysSooner, plural, one {# jour} other {# jours}} plus tôt coûte au prestataire l’équivalent de {annualRate} par an.",
  "billing.source.change_request_unknown":
    "Cette demande de modification n’appartient pas à cette mission.",
  "billing.payment.paid_on_in_future":
    "Un paiement s’enregistre une fois effectué : le {paidOn} n’est pas encore arrivé (nous sommes le {limit}).",
  "billing.payment.paid_on_before_engagement":
    "Un paiement des factures de cette mission date au plus tôt du jour où elle a commencé, le {limit} : le {paidOn} est antérieur.",
  "billing.refund.paid_on_in_future":
    "Un remboursement s’enregistre une fois versé : le {paidOn} n’est pas encore arrivé (nous sommes le {limit}).",
  "billing.refund.paid_on_before_engagement":
    "Un remboursement de cette mission est versé au plus tôt le jour où elle a commencé, le {limit} : le {paidOn} est antérieur.",
  "billing.retainer.period_before_engagement":
    "Une période de forfait récurrent de cette mission se termine au plus tôt le jour où son forfait récurrent est entré en vigueur (par l’accord, ou par l’avenant qui en a fait un forfait récurrent), le {limit} : celle qui commence le {periodStart} s’est terminée avant.",
  "billing.retainer.period_too_far_ahead":
    "Une période de forfait récurrent se facture au plus une période à l’avance, à partir du {limit} au plus tard : le {periodStart} est postérieur.",
  "invoice.line.changeRequest": "Demande de modification n° {number} : {title}",
  "invoice.line.retainer": "Forfait récurrent, {start} – {end}",
  "invoice.line.lateInterest": "Intérêts de retard sur la facture {number}, jusqu’au {asOf}",
  "invoice.line.recoveryCompensation":
    "Indemnité forfaitaire pour frais de recouvrement sur la facture {number}",
  "invoiceDoc.title":
    "{status, select, draft {Brouillon de facture} void {Facture {number} (annulée)} other {Facture {number}}}",
  "invoiceDoc.void": "Annulée : {reason}",
  "invoiceDoc.from": "Émetteur",
  "invoiceDoc.to": "Destinataire",
  "invoiceDoc.engagement": "Mission : {title}",
  "invoiceDoc.issueDate": "Date d’émission : {date}",
  "invoiceDoc.dueDate":
    "Date d’échéance : {date} ({days, plural, one {# jour} other {# jours}} après la date d’émission)",
  "invoiceDoc.notIssued": "Pas encore émise : ni numéro, ni dates.",
  "invoiceDoc.column.description": "Description",
  "invoiceDoc.column.quantity": "Quantité",
  "invoiceDoc.column.unitPrice": "Prix unitaire",
  "invoiceDoc.column.tax": "Taxe",
  "invoiceDoc.column.net": "Montant net",
  "invoiceDoc.subtotal": "Sous-total",
  "invoiceDoc.taxGroup": "Taxe à {rate} sur {net}",
  "invoiceDoc.total": "Total",
  "invoiceDoc.creditNote": "Avoir {number} du {date} : {reason}",
  "invoiceDoc.payment":
    "Paiement du {date}{reference, select, none {} other { ({reference})}}, confirmé",
  "invoiceDoc.outstanding": "Reste dû",
  "invoiceDoc.lateInterest":
    "Après la date d’échéance, des intérêts de retard légaux (le taux de référence majoré de 8 points) et une indemnité forfaitaire pour frais de recouvrement s’appliquent.",
  "invoiceDoc.note": "Note",
  "invoiceDoc.footer": "Émise via Accord le {date}. Montants en {currency}.",
  "mail.reminder.subject":
    "{timing, select, before {La facture {number} arrive à échéance dans {days, plural, one {# jour} other {# jours}}} due_today {La facture {number} arrive à échéance aujourd’hui} other {La facture {number} est en retard de {days, plural, one {# jour} other {# jours}}}}",
  "mail.reminder.body":
    "Bonjour {name},\n\n{provider} rappelle à {org} que la facture {number} pour « {engagement} » {timing, select, before {arrive à échéance le {dueDate}} due_today {arrive à échéance aujourd’hui, le {dueDate}} other {est arrivée à échéance le {dueDate}}}. Reste dû : {outstanding} sur {total}.\n\n{hasRecordedPaid, select, yes {Vous avez enregistré {recordedPaid} comme payé : ce montant attend la confirmation du prestataire {provider} et n’est pas compté dans le reste dû.\n\n} other {}}{hasRecordedReceived, select, yes {Le prestataire {provider} a enregistré {recordedReceived} comme reçu : ce montant attend votre confirmation et n’est pas compté dans le reste dû.\n\n} other {}}{lateInterest, select, yes {L’accord prévoit des intérêts de retard légaux et une indemnité forfaitaire pour frais de recouvrement une fois la date d’échéance passée.\n\n} other {}}Si vous avez déjà payé, enregistrez le paiement : {provider} pourra alors le confirmer : {link}\n\nAccord",
  "messages.thread_unknown":
    "Ce fil de discussion ne se rapporte à aucun livrable ni à aucune demande de modification de cette mission.",
  "messages.message_unknown": "Ce message ne figure pas dans ce fil de discussion.",
  "webhooks.url_invalid":
    "Saisissez une adresse complète, par exemple https://example.com/hooks/accord, sans nom d’utilisateur ni mot de passe.",
  "webhooks.url_https_required":
    "Utilisez une adresse https:// : les webhooks transportent des données de mission et ne sont envoyés que chiffrés.",
  "webhooks.url_private_host":
    "Cette adresse pointe vers un réseau privé. Utilisez une adresse https:// publique.",
  "webhooks.url_unresolvable":
    "Ce nom d’hôte ne correspond à aucune adresse. Vérifiez l’orthographe ou utilisez un nom public.",
  "mail.notification.deliverable.submitted":
    "{actor} a remis « {deliverable} » (cycle {round}) dans « {engagement} »",
  "mail.notification.deliverable.review_due_soon":
    "Le délai d’évaluation de « {deliverable} » (cycle {round}) dans « {engagement} » se termine dans moins d’un jour : sans évaluation, il sera accepté comme convenu",
  "mail.notification.deliverable.evaluated":
    "{actor} a évalué « {deliverable} » dans « {engagement} » : {outcome, select, accepted {accepté} other {révisions demandées}}",
  "mail.notification.deliverable.deemed_accepted":
    "« {deliverable} » dans « {engagement} » est accepté tacitement : le délai d’évaluation a expiré sans évaluation",
  "mail.notification.milestone.accepted":
    "Le jalon « {milestone} » de « {engagement} » est accepté",
  "mail.notification.change_request.proposed":
    "{actor} a proposé la demande de modification n° {number} dans « {engagement} » : {title}",
  "mail.notification.change_request.priced":
    "{actor} a chiffré la demande de modification n° {number} dans « {engagement} » : {title}",
  "mail.notification.change_request.declined":
    "{actor} a refusé la demande de modification n° {number} dans « {engagement} » : {title}",
  "mail.notification.change_request.withdrawn":
    "{actor} a retiré la demande de modification n° {number} dans « {engagement} » : {title}",
  "mail.notification.change_request.approved":
    "{actor} a approuvé la demande de modification n° {number} dans « {engagement} » : {title}",
  "mail.notification.change_request.applied":
    "La demande de modification n° {number} fait désormais partie de l’accord de « {engagement} » : {title}",
  "mail.notification.message.posted": "{actor} a écrit dans « {engagement} »",
  "mail.notification.invoice.issued":
    "{actor} a émis la facture {number} d’un montant de {amount} dans « {engagement} »",
  "mail.notification.invoice.voided": "{actor} a annulé la facture {number} dans « {engagement} »",
  "mail.notification.payment.recorded":
    "{actor} a enregistré un paiement de {amount} sur la facture {number} dans « {engagement} » : veuillez confirmer s’il est bien arrivé",
  "mail.notification.payment.confirmed":
    "{actor} a confirmé le paiement de {amount} sur la facture {number} dans « {engagement} »",
  "mail.notification.payment.rejected":
    "{actor} indique que le paiement de {amount} sur la facture {number} dans « {engagement} » n’est pas arrivé",
  "mail.notification.credit_note.issued":
    "{actor} a émis l’avoir {number} de {amount} sur la facture {invoiceNumber} dans « {engagement} »",
  "mail.notification.refund.recorded":
    "{actor} a enregistré un remboursement de {amount} dans « {engagement} » : merci de confirmer s’il est arrivé",
  "mail.notification.refund.confirmed":
    "{actor} a confirmé la réception du remboursement de {amount} dans « {engagement} »",
  "mail.notification.refund.rejected":
    "{actor} indique que le remboursement de {amount} dans « {engagement} » n’est pas arrivé",
  "mail.notification.someone": "Quelqu’un",
  "mail.notification.body":
    "Bonjour {name},\n\n{summary}.\n\n{hasExcerpt, select, yes {« {excerpt} »\n\n} other {}}Ouvrir la mission : {link}\n\nVous recevez cet e-mail en tant que membre de l’organisation {org}. Choisissez dans vos paramètres les e-mails que vous souhaitez recevoir : {settingsLink}\n\nAccord",
  "mail.notification.moderation.case_opened":
    "Un dossier de modération a été ouvert contre {role, select, accused {votre organisation, {accused},} other {{accused}}} dans « {engagement} » : vous pouvez répondre jusqu’au {due}",
  "mail.notification.moderation.case_decided":
    "Les modérateurs ont statué sur le dossier contre {role, select, accused {votre organisation, {accused},} other {{accused}}} dans « {engagement} » : {decision, select, no_action {aucune mesure} warning {un avertissement} suspension {une suspension de {days, plural, one {# jour} other {# jours}}} other {l’exclusion}}",
  "mail.notification.moderation.appeal_decided":
    "Il a été statué sur l’appel du dossier contre {role, select, accused {votre organisation, {accused},} other {{accused}}} dans « {engagement} » : {outcome, select, upheld {la décision est maintenue} other {la décision est annulée}}",
  "mail.notification.case_body":
    "Bonjour {name},\n\n{summary}.\n\n{step, select, opened {Les modérateurs lisent la réponse de votre organisation avant de statuer, et statuent dès qu’elle est arrivée ou que le délai est passé. D’ici là, rien ne vous est retiré.} other {Motif indiqué : « {reason} »\n\n{step, select, decided {Chaque partie peut faire appel une fois ; un autre modérateur statue sur l’appel.} other {{outcome, select, upheld {Le dossier est clos.} other {Le dossier est clos et sa sanction levée.}}}}}}\n\nLire le dossier{step, select, opened { et y répondre} other {}} : {link}\n\nVous recevez cet e-mail en tant que membre de l’organisation {org}. Choisissez dans vos paramètres les e-mails que vous souhaitez recevoir : {settingsLink}\n\nAccord",
  "mail.notification.ledger_head":
    "Tête du registre : {hash}. Pour vérifier plus tard que rien de ce qui vous a été montré n’a été réécrit : accord verify --file export.json --head {hash}",
  "mail.notification.gathered_subject":
    "{count, plural, one {# nouveauté} other {# nouveautés}} dans « {engagement} »",
  "mail.notification.gathered_body":
    "Bonjour {name},\n\nCe qui s’est passé dans « {engagement} » :\n\n{items}\n\nOuvrir la mission : {link}\n\nVous recevez cet e-mail en tant que membre de l’organisation {org}. Choisissez dans vos paramètres les e-mails que vous souhaitez recevoir : {settingsLink}\n\nAccord",
  "mail.notification.gathered_item":
    "- {summary}{hasExcerpt, select, yes {\n  « {excerpt} »} other {}}",
  // disputes
  "mail.notification.dispute.opened":
    "{actor} a ouvert le différend n° {number} dans « {engagement} » : merci d’y répondre",
  "mail.notification.dispute.responded":
    "{actor} a répondu au différend n° {number} dans « {engagement} »",
  "mail.notification.dispute.offer_made":
    "{actor} a proposé un geste de réparation dans le différend n° {number} de « {engagement} »",
  "mail.notification.dispute.offer_declined":
    "{actor} a refusé l’offre du différend n° {number} dans « {engagement} »",
  "mail.notification.dispute.settled": "Le différend n° {number} dans « {engagement} » est réglé",
  "mail.notification.dispute.escalated":
    "Le différend n° {number} dans « {engagement} » passe à l’étape suivante",
  "mail.notification.exit.notice_given":
    "{actor} a donné son préavis dans « {engagement} » : fin le {date}",
  "mail.notification.exit.protected_started":
    "« {engagement} » passe à une sortie protégée : fin le {date}",
  "mail.notification.exit.hand_over_item_done":
    "{actor} a terminé un point de la passation dans « {engagement} » : {duty}",
  "error.exit_feedback_given": "Votre côté a déjà donné son avis de sortie.",
  "mail.notification.exit.ended_amicably":
    "« {engagement} » s’est terminé à l’amiable : le solde est réglé et la passation terminée",
  // growth
  "mail.notification.goal.correction_proposed":
    "{actor} propose de corriger une valeur mesurée dans « {engagement} » de {from} à {to} : merci de la confirmer ou de la contester",
  "mail.notification.goal.correction_answered":
    "{actor} {outcome, select, confirmed {a confirmé la correction d’une valeur mesurée dans « {engagement} » : la valeur corrigée compte} other {a contesté la correction d’une valeur mesurée dans « {engagement} » : la valeur enregistrée reste ; parlez-en dans la conversation}}",
  "mail.notification.relationship_review.opened":
    "« {engagement} » s’est endormie : les deux parties sont invitées à un court bilan de la relation",
  "mail.notification.relationship_review.revealed":
    "Les deux parties ont répondu au bilan de « {engagement} » : les réponses sont maintenant visibles des deux côtés",
  "mail.notification.check_in.opened":
    "Un point d’étape de « {engagement} » est ouvert jusqu’au {closes} : dites en privé comment se passe le travail (l’autre partie ne voit jamais votre réponse)",
  "mail.notification.check_in.reminded":
    "Votre partie n’a pas encore répondu au point d’étape de « {engagement} » : il se clôt le {closes}",
  "mail.notification.next_phase.offered":
    "{actor} propose la phase suivante de « {engagement} » : {title}",
  "mail.notification.next_phase.answered":
    "{actor} a {outcome, select, accepted {accepté} declined {refusé} other {demandé une modification de}} l’offre de phase suivante « {title} » dans « {engagement} »",
  "mail.notification.recognition.given":
    "{actor} a salué votre travail dans « {engagement} » ({kind, select, kudos {félicitations} introduction {une mise en relation} testimonial {un témoignage} other {une étude de cas}})",
  "goal.trajectory.sentence": "{title} : {baseline} → {latest}, objectif {target}",
  "goal.trajectory.notMeasured":
    "{title} : depuis {baseline}, objectif {target}, rien de mesuré pour l’instant",
  "error.brief_measure_unknown":
    "Le cahier des charges n’a pas de mesure de succès avec ce numéro.",
  "error.goal_exists_for_measure": "Cette mesure de succès est déjà un objectif de la mission.",
  "error.goal_title_taken": "La mission a déjà un objectif « {title} » : mesurez celui-là.",
  "error.goal_value_repeated":
    "« {goal} » a déjà la valeur {value, number} mesurée le {measuredOn} : elle n’est enregistrée qu’une fois. Si elle est fausse, proposez une correction.",
  "error.measured_on_in_future":
    "Une valeur ne peut être enregistrée que pour un jour déjà arrivé.",
  "growth.measurement.measured_on_before_goal":
    "Une valeur se mesure à partir du jour où son objectif a été fixé, le {limit} : le {measuredOn} est antérieur.",
  "error.correction_pending": "Une correction de cette valeur attend déjà une réponse.",
  "error.correction_wrong_state":
    "Cette correction {status, select, confirmed {a déjà été confirmée} disputed {a déjà été contestée} other {attend la réponse de l’autre partie}} : elle ne peut donc pas être {action, select, confirmed {confirmée} other {contestée}}.",
  "error.correction_same_side":
    "C’est l’autre partie qui répond à une correction proposée par la vôtre.",
  "growth.stagnation.reason.no_initiative":
    "Rien de nouveau depuis {days} jours : aucun nouvel objectif, avenant, jalon accepté, demande de modification ni offre (le seuil est de {thresholdDays} jours)",
  "growth.stagnation.reason.goals_flat":
    "{goalCount, plural, =0 {Aucun objectif n’a avancé de 5 % du chemin vers sa cible} one {L’objectif n’a pas avancé de 5 % du chemin vers sa cible} other {Aucun objectif n’a avancé de 5 % du chemin vers sa cible}} en {windowDays} jours (au mieux : {bestGainPercent, number} %)",
  "growth.stagnation.reason.ratings_not_rising":
    "{checkIns, plural, =0 {Aucun point d’étape n’est encore clos : il n’y a pas de notes à comparer} other {Les notes des points d’étape des deux parties stagnent ou baissent sur les # derniers points}}",
  "growth.stagnation.reason.only_recurring_invoices":
    "{invoiceCount, plural, =0 {Aucune facture en {windowDays} jours} other {Uniquement des factures récurrentes en {windowDays} jours (#) : le travail se facture à l’identique, sans rien de nouveau}}",
  "growth.stagnation.next.set_new_goal":
    "Convenez ensemble d’un nouvel objectif ou d’une prochaine étape",
  "growth.stagnation.next.discuss_goals":
    "Regardez les objectifs ensemble : qu’est-ce qui les freine, la cible est-elle toujours la bonne ?",
  "growth.stagnation.next.talk_in_review":
    "Dites dans le bilan ce que chaque partie voudrait plus ou moins",
  "growth.stagnation.next.offer_next_phase":
    "Le prestataire peut proposer une phase suivante aux objectifs mesurables",
  "error.review_already_answered": "Votre partie a déjà répondu à ce bilan.",
  // web
  "error.unsubscribe_link_invalid":
    "Ce lien de désabonnement n’est pas valide : il a été modifié, ou ne vient pas de cette instance d’Accord. Choisissez dans vos paramètres les e-mails que vous souhaitez recevoir.",
  "error.password_reset_invalid": "Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.",
  "mail.password_reset.subject": "Choisir un nouveau mot de passe pour Accord",
  "mail.password_reset.body":
    "Bonjour {name},\n\nQuelqu’un, vous sans doute, a demandé à choisir un nouveau mot de passe pour votre compte Accord. Choisissez-le ici : {link}\n\nLe lien sert une seule fois, pendant {minutes} minutes. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.\n\nAccord",
  "mail.password_changed.subject": "Votre mot de passe Accord a été changé",
  "mail.password_changed.body":
    "Bonjour {name},\n\nLe mot de passe de votre compte Accord vient d’être changé, et toutes vos sessions ont été fermées. Si ce n’était pas vous, demandez tout de suite un nouveau mot de passe depuis la page de connexion et prévenez le propriétaire de votre organisation.\n\nAccord",
  // growth-web
  "error.offer_not_sendable":
    "L’offre ne peut pas encore être envoyée : {count, plural, one {# point la bloque} other {# points la bloquent}}.",
  "error.offer_wrong_state":
    "Cette offre {status, select, accepted {a déjà été acceptée} declined {a été refusée} change_requested {a été renvoyée pour modification et attend une nouvelle offre} superseded {a été remplacée par une offre plus récente} other {attend la réponse du client}} : elle ne peut donc pas être {action, select, accepted {acceptée} declined {refusée} other {renvoyée pour modification}}.",
  "error.offer_justification_unknown":
    "Une offre ne peut renvoyer qu’aux objectifs et aux bilans de cette mission.",
  "error.offer_currency_differs":
    "La phase suivante est chiffrée en {offer} mais l’accord en {agreement} : chiffrez-la en {agreement}.",
  "error.offer_repeated": "L’offre « {title} » a déjà été envoyée et attend la réponse du client.",
  "error.recognition_wrong_state":
    "Cette reconnaissance {status, select, awaiting_text_approval {attend l’approbation de son texte} awaiting_consent {attend le consentement de la partie reconnue} published {a déjà été publiée} other {a été refusée ou retirée}} : {action, select, approve {elle ne peut donc pas être approuvée} decline {elle ne peut donc pas être refusée} other {le consentement ne peut donc pas en être retiré}}.",
  "error.recognition_wrong_side": "C’est l’autre partie qui répond à cette étape.",
  "error.recognition_subject_unknown":
    "Une reconnaissance ne peut citer que les livrables et objectifs de cette mission.",
  "error.recognition_already_given":
    "Votre côté a déjà donné cette reconnaissance{hasSubject, select, yes { pour « {subject} »} other {}} : elle attend une réponse ou est déjà affichée.",
  "mail.notification.recognition.requested":
    "{actor} vous demande d’approuver {kind, select, testimonial {un témoignage} other {une étude de cas}} sur votre travail commun dans « {engagement} »",
  "mail.notification.recognition.answered":
    "{actor} {step, select, text_approved {a approuvé le texte de} text_declined {a refusé le texte de} consent_granted {a consenti à publier} consent_declined {a refusé de publier} other {a retiré son consentement à}} {kind, select, kudos {des félicitations} introduction {une mise en relation} testimonial {un témoignage} other {une étude de cas}} dans « {engagement} »",
  // trust
  "screening.explanation.retaliation":
    "Représailles : {threats}{conditions, select, none {} other {, sous la condition {conditions}}} ; lien avec un avis : {links, select, none {le texte lui-même} other {{links}}}.",
  "screening.explanation.legal_threat":
    "Menace juridique : {threats}{conditions, select, none {} other {, sous la condition {conditions}}} ; aucun lien avec un avis.",
  "screening.explanation.none": "Aucune menace détectée.",
  // fin-disputes
  "error.review_hide_conflict_of_interest":
    "Un modérateur membre de l’organisation qui a rédigé l’avis ou de celle qu’il évalue ne peut pas masquer cet avis : un autre modérateur en décide.",
  "error.mediation_conflict_of_interest":
    "Un modérateur membre de l’organisation de l’une des parties ne peut pas intervenir comme médiateur dans ce différend.",
  "error.mediation_window_passed":
    "Le délai de la recommandation est dépassé : le différend passe à l’étape suivante.",
  "mail.notification.dispute.recommended":
    "Le modérateur a rendu une recommandation (non contraignante) dans le différend n° {number} de « {engagement} » : merci d’en prendre connaissance",
  "mail.notification.dispute.recommendation_accepted":
    "{actor} a accepté la recommandation du modérateur dans le différend n° {number} de « {engagement} »",
  // h-audit
  "moderation.case.review_blind":
    "Un signalement automatique porte sur un avis encore masqué pour vous : son texte et ses passages apparaîtront à la publication des avis.",
  "error.counterpart_suspended":
    "{sanction, select, expulsion {L’autre organisation a été exclue par une décision de modération : aucune nouvelle mission ne peut commencer avec elle.} suspension {L’autre organisation est suspendue par une décision de modération jusqu’au {until} : aucune nouvelle mission ne peut commencer avec elle d’ici là.} other {L’autre organisation est suspendue par une décision de modération : aucune nouvelle mission ne peut commencer avec elle pour le moment.}}",
  // h-probe15: accord generate's refusals (the operator's language from LANG)
  "cli.generate.value_invalid":
    "{flag} attend un nombre entier {hasMax, select, yes {de {min} à {max}} other {d’au moins {min}}}, pas « {value} ».",
  "cli.generate.value_missing":
    "{flag} demande une valeur : un nombre entier d’au moins {min}, par exemple {flag} {example}.",
  "cli.generate.database_not_empty":
    "La base de données contient déjà des personnes : accord generate ne remplit qu’une base vide. Indiquez-en une nouvelle dans ACCORD_DATABASE_URL.",
  // h-probe15: the CLI's words for a wrong environment (src/cli/operator-errors.ts)
  "cli.database_unreachable":
    "Accord ne parvient pas à ouvrir la base de données {database} : {reason}. Vérifiez ACCORD_DATABASE_URL, et que la base fonctionne et accepte Accord.",
  "cli.database_url_unsupported":
    "ACCORD_DATABASE_URL vaut {url}, qu’Accord ne sait pas utiliser : indiquez sqlite:CHEMIN (par défaut sqlite:./data/accord.db) ou postgres://UTILISATEUR:MOT_DE_PASSE@HÔTE:PORT/BASE.",
  "cli.config_invalid": "La configuration de l’environnement n’est pas valide : {problems}.",
  "cli.usage.unknown_option":
    "{option} n’est pas une option de la commande {command} : `{command} --help` les énumère.",
  "cli.usage.unknown_command":
    "{command} n’a pas de commande {name} : `{command} --help` les énumère.",
  "cli.usage.missing_argument":
    "{command} demande son argument {name} : `{command} --help` dit ce qu’il attend.",
  "cli.usage.option_value_missing":
    "{option} demande une valeur : `{command} --help` dit ce qu’elle attend.",
  "cli.usage.excess_arguments":
    "{command} prend moins d’arguments : `{command} --help` dit lesquels.",
  // h-cli: what a command is given that it cannot use (src/cli/operator-errors.ts)
  "cli.file_unusable":
    "Accord ne peut pas {access, select, read {lire} other {écrire}} {path} : {problem, select, missing {{access, select, read {ce fichier n’existe pas} other {son dossier n’existe pas}}} directory {c’est un dossier} not_directory {une partie du chemin n’est pas un dossier} denied {permission refusée} exists {un fichier s’y trouve déjà} full {le disque est plein} read_only {le système de fichiers est en lecture seule} other {{reason}}}.",
  "cli.port_unavailable":
    "Accord ne peut pas écouter sur {address} : {problem, select, in_use {un autre processus l’utilise déjà} denied {cet utilisateur n’a pas le droit d’utiliser ce port} other {{reason}}}. Arrêtez ce processus, ou choisissez un autre port avec PORT (ou une autre adresse avec HOST).",
  "cli.engagement_not_found":
    "Aucune mission {id} dans cette base de données : `accord verify` donne l’identifiant de chaque mission.",
  "cli.backup.exists":
    "{path} existe déjà : accord backup n’écrit qu’un nouveau fichier et n’en écrase jamais. Choisissez un nouveau nom, ou déplacez d’abord l’ancien fichier.",
  "cli.backup.postgres":
    'Cette base de données est PostgreSQL : sauvegardez-la avec ses propres outils, par exemple pg_dump --format=custom --file=accord.dump "$ACCORD_DATABASE_URL" (docs/OPERATIONS.md).',
  "cli.verify.not_json":
    "{path} n’est pas du JSON, ou il a été tronqué : ce n’est ni un export de registre ni une archive de mission d’Accord.",
  "cli.verify.not_an_export":
    "{path} n’est ni un export de registre ni une archive de mission d’Accord : son champ {field} manque ou n’est pas tel qu’Accord l’écrit.",
  "cli.verify.label.file": "{path} (mission {id})",
  "cli.verify.label.engagement": "mission {id}",
  "cli.verify.intact":
    "{label} : intact ({count, plural, one {# événement} other {# événements}}, tête {head}…)",
  "cli.verify.empty":
    "{label} : ROMPU : aucun événement (le registre d’une mission commence par sa création)",
  "cli.verify.foreign":
    "{label} : ROMPU à l’événement n° {seq} ({id}) : il appartient à la mission {engagementId}",
  "cli.verify.broken":
    "{label} : ROMPU à l’événement n° {seq} ({id}) : {reason, select, sequence_gap {numérotation interrompue} previous_hash_mismatch {empreinte précédente différente} other {empreinte différente}}",
  "cli.verify.head_witnessed":
    "{path} : la tête {head}… est l’événement n° {seq} d’une chaîne intacte",
  "cli.verify.head_not_witnessed":
    "{path} : la tête {head}… N’EST PAS ATTESTÉE : {reason, select, chain_broken {chaîne rompue} other {tête absente de la chaîne}}",
  "cli.seed_demo.database_not_empty":
    "La base de données contient déjà des personnes : la démo ne s’installe que dans une base vide. Indiquez-en une nouvelle dans ACCORD_DATABASE_URL pour essayer la démo.",
  "cli.rates.currency_invalid": "{value} n’est pas un code de devise ISO 4217, comme EUR.",
  "cli.rates.day_invalid": "{value} n’est pas un jour écrit AAAA-MM-JJ.",
  "cli.rates.percent_invalid": "{value} n’est pas un pourcentage comme 2.15.",
  "cli.rates.amount_invalid":
    "{value} n’est pas un montant en {currency} : écrivez-le en unités principales, comme 40 ou 40.00.",
  "health.improve.pay_invoice":
    "payer {number}, en retard de {days, plural, one {# jour} other {# jours}} : +{gain}",
  "health.improve.settle_change_request":
    "chiffrer et trancher la demande de modification n° {number} « {title} » : +{gain}",
  "health.improve.evaluate_submission":
    "évaluer « {deliverable} », en attente depuis {days, plural, one {# jour ouvré} other {# jours ouvrés}} : +{gain}",
  "health.improve.deliver_milestone":
    "livrer « {title} », en retard de {days, plural, one {# jour} other {# jours}} : +{gain}",
  "health.improve.answer_thread": "répondre à la conversation qui vous attend : +{gain}",
  "health.warning.overdue_invoice":
    "La facture {number} est en retard de {days, plural, one {# jour} other {# jours}}.",
  "health.warning.payment_terms":
    "Le délai de paiement de {days} jours dépasse {limit} jours sans accord exprès.",
  "health.warning.unpriced_changes":
    "Les demandes non chiffrées représentent {percent} % du périmètre convenu ({count, plural, one {# demande} other {# demandes}}).",
  "health.warning.pay_cut_without_scope_cut":
    "La rémunération a baissé alors que le périmètre est resté le même.",
  "health.warning.evaluation_pending":
    "« {deliverable} » attend son évaluation depuis {businessDays, plural, one {# jour ouvré} other {# jours ouvrés}}.",
  "health.warning.evaluation_deemed":
    "« {deliverable} » a été accepté tacitement après {businessDays, plural, one {# jour ouvré} other {# jours ouvrés}} sans évaluation.",
  "health.warning.provider_late":
    "Sur les 60 derniers jours : {milestonesOnTime} jalons à l’heure sur {milestonesDue}, {repliesOnTime} réponses dans le délai convenu sur {replies}.",
  "health.warning.low_private_rating":
    "{count, plural, one {# note privée} other {# notes privées}} de 6 ou moins ces 90 derniers jours, {fromSide, select, client {du client} provider {du prestataire} other {des deux parties}}.",
  "health.warning.dispute_unanswered":
    "Un différend attend une réponse depuis {businessDays, plural, one {# jour ouvré} other {# jours ouvrés}}.",
  "health.next.pay_invoice": "Payer la facture, ou dire ce qui l’empêche",
  "health.next.agree_payment_terms":
    "Convenir d’un délai de paiement de 60 jours au plus par avenant",
  "health.next.price_changes": "Chiffrer le travail ajouté dans une demande de modification",
  "health.next.restore_pay_or_cut_scope":
    "Rétablir la rémunération, ou réduire le périmètre en proportion",
  "health.next.evaluate_submission": "Évaluer le livrable selon ses critères",
  "health.next.catch_up_delivery":
    "Livrer les jalons en retard et répondre aux messages en attente",
  "health.next.talk_it_through": "En parler avec l’autre partie",
  "health.next.answer_dispute": "Répondre au différend",
  "health.next.evaluate_in_time": "Évaluer désormais chaque cycle dans son délai d’évaluation",
  "health.next.take_part_in_mediation":
    "Prendre part à la médiation : lire la recommandation du modérateur, puis l’accepter ou passer à l’étape suivante",
};
