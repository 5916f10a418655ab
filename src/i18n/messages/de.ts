import type { Catalogue } from "./en";

export const de: Catalogue = {
  "error.validation_failed": "Einige Felder brauchen Ihre Aufmerksamkeit.",
  "error.bad_request": "Die Anfrage konnte nicht gelesen werden.",
  "error.unauthenticated": "Bitte melden Sie sich an, um fortzufahren.",
  "error.forbidden": "Ihre Rolle in dieser Organisation erlaubt diese Aktion nicht.",
  "error.forbidden.moderator_only": "Das kann nur ein Moderator der Plattform tun.",
  "error.forbidden.accused_only":
    "Nur die beschuldigte Organisation beantwortet die Mitteilung zu einem Fall.",
  "error.forbidden.other_side_only":
    "Nur die andere Seite meldet einen Text; dieser wurde von Ihrer eigenen Organisation geschrieben.",
  "error.forbidden.client_side_only":
    "Diesen Schritt geht nur die Kundenseite; die Dienstleisterseite kann es nicht.",
  "error.forbidden.provider_side_only":
    "Diesen Schritt geht nur die Dienstleisterseite; die Kundenseite kann es nicht.",
  "error.forbidden.initiator_only":
    "Nur die Organisation, die diesen Auftrag vorgeschlagen hat, kann ihn zurückziehen.",
  "error.forbidden.reviewed_only":
    "Nur die bewertete Organisation antwortet auf eine Bewertung; Ihre Seite hat sie geschrieben.",
  "error.forbidden.parties_only":
    "Nur die Beteiligten eines Falls können Einspruch erheben, kein Moderator.",
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
  "error.invitation_pending":
    "{email} hat bereits eine Einladung zum Beitritt, gültig bis {expiresAt}: Widerrufen Sie sie, um eine neue zu senden.",
  "error.engagement_already_proposed":
    "Ihre Organisation hat „{title}“ bereits {email} vorgeschlagen, und die Einladung ist bis {expiresAt} offen: Warten Sie auf die Antwort, ziehen Sie diesen Vorschlag zurück (wenn die E-Mail verloren ging oder die Adresse falsch ist) oder geben Sie diesem Auftrag einen anderen Titel.",
  "error.counterpart_on_own_side":
    "{who, select, self {Das ist Ihre eigene Adresse} other {{email} ist Mitglied von {org}}}. Die Einladung zu einem Auftrag geht an eine Person der anderen Seite; senden Sie sie an eine ihrer Adressen.",
  "error.last_owner": "Eine Organisation braucht mindestens einen Inhaber.",
  "error.token_scope_missing":
    "{scope, select, session {Das kann nur eine angemeldete Person tun, kein API-Token: Melden Sie sich dafür an.} other {Dieses API-Token hat den Geltungsbereich {scope} nicht.}}",
  "error.token_name_taken":
    "Die Organisation hat bereits ein aktives API-Token namens „{name}“: Widerrufen Sie es, um den Namen erneut zu verwenden, oder wählen Sie einen anderen.",
  "error.mailbox_disabled":
    "Das Demo-Postfach wird nur angezeigt, wenn E-Mails im Postausgang bleiben.",
  "error.engagement_not_pending": "Dieser Auftrag wartet nicht mehr auf eine Antwort.",
  "error.engagement_not_withdrawable":
    "Dieser Vorschlag kann nicht mehr zurückgezogen werden: Der Auftrag {status, select, active {wurde angenommen und läuft} declined {wurde abgelehnt} withdrawn {ist bereits zurückgezogen} other {wartet nicht mehr auf eine Antwort}}.",
  "error.organisation_kind_wrong":
    "Dafür ist eine {kind, select, client {Kunden} other {Dienstleister}}-Organisation erforderlich.",
  "error.shortlist_not_provider":
    "{org} ist eine Kunden-Organisation: Nur eine Dienstleister-Organisation kann vorgemerkt oder zum Angebot eingeladen werden.",
  "error.unknown_skill": "Diese Kompetenz ist nicht in der Taxonomie enthalten.",
  "error.brief_not_publishable":
    "Das Briefing kann noch nicht veröffentlicht werden: {count, plural, one {# Punkt steht dem entgegen} other {# Punkte stehen dem entgegen}}.",
  "error.brief_not_editable":
    "Dieses Briefing {status, select, published {ist bereits veröffentlicht} other {ist geschlossen: Ein Angebot wurde angenommen}}: Nur ein Briefing im Entwurfsstadium kann {action, select, publish {veröffentlicht} other {bearbeitet}} werden.",
  "error.brief_title_taken":
    "Ihre Organisation hat bereits einen Briefing-Entwurf „{title}“, begonnen am {startedOn}: Schreiben Sie an diesem weiter oder geben Sie diesem einen anderen Titel.",
  "error.brief_closed":
    "Dieses Briefing ist geschlossen: Ein Angebot wurde angenommen, daher nimmt es keine Einladungen oder Angebote mehr an.",
  "error.proposal_not_editable":
    "Dieses Angebot {status, select, submitted {wurde gesendet und wartet auf die Antwort des Kunden: Es kann erst wieder bearbeitet werden, wenn der Kunde es zur Überarbeitung zurückgibt} accepted {wurde angenommen: Seine Bedingungen werden jetzt im Entwurf der Vereinbarung bearbeitet} declined {wurde abgelehnt: Es kann nicht mehr bearbeitet werden} withdrawn {wurde vom Dienstleister zurückgezogen: Es kann nicht mehr bearbeitet werden} other {wurde nicht ausgewählt: Es kann nicht mehr bearbeitet werden}}.",
  "error.proposal_open_on_brief":
    "Ihre Organisation hat bereits ein Angebot zu „{brief}“ (begonnen am {startedOn}), {status, select, draft {noch ein Entwurf: Stellen Sie dieses fertig} revision_requested {zur Überarbeitung zurückgegeben: Überarbeiten Sie dieses} other {gesendet und wartet auf die Antwort des Kunden}}.",
  "error.proposal_not_submittable":
    "Das Angebot kann noch nicht gesendet werden: {count, plural, one {# Punkt steht dem entgegen} other {# Punkte stehen dem entgegen}}.",
  "error.proposal_wrong_state":
    "Dieses Angebot {status, select, draft {ist noch ein Entwurf} submitted {wurde gesendet und wartet auf die Antwort des Kunden} revision_requested {wurde zur Überarbeitung zurückgegeben} accepted {wurde angenommen} declined {wurde abgelehnt} withdrawn {wurde vom Dienstleister zurückgezogen} other {wurde nicht ausgewählt: Ein anderes Angebot zum Briefing wurde angenommen}}: Es kann daher nicht {action, select, submit {erneut gesendet} withdraw {zurückgezogen} decline {abgelehnt} requestRevision {zur Überarbeitung zurückgegeben} other {angenommen}} werden.",
  "error.proposal_expired":
    "Dieses Angebot galt bis zum {validUntil} und ist abgelaufen: Es kann so nicht mehr angenommen werden. Bitten Sie den Dienstleister um eine Überarbeitung mit einem neuen Datum.",
  "error.agreement_version_signed":
    "Eine unterzeichnete Version ändert sich nie: Schlagen Sie stattdessen einen Nachtrag vor.",
  "error.agreement_not_signable":
    "Diese Version kann nicht unterzeichnet werden: {count, plural, one {# unfaire Bedingung steht dem entgegen} other {# unfaire Bedingungen stehen dem entgegen}}.",
  "error.agreement_acknowledgement_missing":
    "Bestätigen Sie vor dem Unterschreiben {count, plural, one {den schwerwiegenden Befund, der Ihre Seite Geld kostet} other {die # schwerwiegenden Befunde, die Ihre Seite Geld kosten}} (eine Vergütungskürzung): Haken Sie ihn an oder nennen Sie seinen Code in acknowledgedFindings.",
  "error.no_agreement_in_force":
    "Es ist noch keine Vereinbarung in Kraft: Arbeit wird auf Grundlage einer unterzeichneten Vereinbarung geliefert und bewertet.",
  "error.unknown_deliverable":
    "Dieser Liefergegenstand ist nicht in der geltenden Vereinbarung enthalten.",
  "error.deliverable_in_review":
    "Dieser Liefergegenstand wartet auf die Bewertung der Lieferung durch den Kunden; nach der Bewertung kann er erneut eingereicht werden.",
  "error.deliverable_already_accepted":
    "Dieser Liefergegenstand wurde abgenommen: Es gibt nichts mehr einzureichen.",
  "error.revision_limit_reached":
    "{limit, plural, =0 {Für diesen Liefergegenstand wurde keine Korrekturschleife vereinbart.} one {Das vereinbarte Kontingent von # Korrekturschleife für diesen Liefergegenstand ist aufgebraucht.} other {Das vereinbarte Kontingent von # Korrekturschleifen für diesen Liefergegenstand ist aufgebraucht.}} Weitere Nacharbeit erfordert eine Änderungsanfrage.",
  "error.submission_not_in_review":
    "{status, select, deemed_accepted {Diese Einreichung gilt als abgenommen, weil die Prüffrist ohne Bewertung der Lieferung verstrichen ist: Sie kann nicht mehr bewertet werden.} other {Diese Einreichung wurde bereits bewertet.}}",
  "error.evaluation_incomplete":
    "Die Bewertung der Lieferung ist nicht vollständig: {count, plural, one {# Punkt braucht} other {# Punkte brauchen}} Ihre Aufmerksamkeit.",
  "error.file_too_large": "„{name}“ ist größer als die Obergrenze von {limit}.",
  "error.file_type_not_allowed":
    "„{name}“ hat keinen Dateityp, den Accord annimmt. Zulässig: {allowed}.",
  "error.too_many_files":
    "Laden Sie höchstens {limit, plural, one {# Datei} other {# Dateien}} auf einmal hoch.",
  "error.file_already_uploaded":
    "{where, select, upload {„{name}“ hat denselben Inhalt wie „{stored}“ in diesem Upload: Senden Sie die Datei nur einmal.} other {„{name}“ hat denselben Inhalt wie „{stored}“, hochgeladen am {uploadedOn} und noch nicht eingereicht: Reichen Sie diese Datei ein.}}",
  "error.upload_invalid":
    "Der Upload konnte nicht gelesen werden: Senden Sie die Dateien als Multipart-Formulardaten.",
  "error.change_request_wrong_state":
    "Die Änderungsanfrage Nr. {number} „{title}“ {status, select, proposed {wartet auf den Preis des Dienstleisters} priced {ist bepreist und wartet auf die Antwort des Kunden} approved {wurde bereits genehmigt und wartet auf die Unterschriften des Nachtrags} applied {wurde bereits genehmigt und ist Teil der Vereinbarung} declined {wurde abgelehnt} other {wurde zurückgezogen}}: Daher ist {action, select, price {das Bepreisen} decline {das Ablehnen} withdraw {das Zurückziehen} other {das Genehmigen}} nicht möglich.",
  "error.change_request_wrong_side":
    "Dieser Schritt ist Sache {side, select, client {des Kunden} other {des Dienstleisters}}.",
  "error.note_already_converted":
    "Diese Anmerkung wurde bereits in eine Änderungsanfrage umgewandelt.",
  "error.change_moves_milestone_too_far":
    "Diese Änderungsanfrage verschiebt den Meilenstein „{milestone}“ um {days, plural, one {# Tag} other {# Tage}} auf den {dueDate}: Ein Termin wird höchstens zehn Jahre im Voraus geplant, spätestens am {limit}.",
  "error.change_request_open_with_title":
    "Die Änderungsanfrage Nr. {number} „{title}“ Ihrer Seite ist noch offen: Führen Sie sie fort, statt sie erneut vorzuschlagen.",
  "evaluation.verdict_missing": "Geben Sie ein Urteil zum vereinbarten Kriterium „{statement}“ ab.",
  "evaluation.verdict_unknown_criterion":
    "„{criterion}“ gehört nicht zu den für diesen Liefergegenstand vereinbarten Kriterien. Schreiben Sie es stattdessen als Anmerkung.",
  "evaluation.verdict_duplicate": "Zu diesem Kriterium gibt es bereits ein Urteil.",
  "evaluation.reason_required":
    "Geben Sie an, warum das Kriterium nicht erfüllt ist, damit der Dienstleister nachbessern kann.",
  "error.amendment_retainer_period_changed":
    "Ein Nachtrag behält den Zeitraum der laufenden Vergütung bei, {period, select, month {einen Monat} other {ein Quartal}}: Rechnungen und Schlussabrechnung zählen den Betrag je Zeitraum. Der Betrag darf sich ändern; um nach einem anderen Zeitraum abzurechnen, vereinbaren Sie einen neuen Auftrag.",
  "error.amendment_currency_changed":
    "Ein Nachtrag behält die Währung der Vereinbarung, {currency}: Rechnungen, Zahlungen und Rückerstattungen dieses Auftrags und jede Änderung der Vergütung werden in ihr gerechnet. Um in einer anderen Währung zu arbeiten, vereinbaren Sie einen neuen Auftrag.",
  "error.agreement_stale":
    "Die Vereinbarung hat sich geändert, seit Sie sie geöffnet haben. Laden Sie sie neu, prüfen Sie die Änderungen und versuchen Sie es erneut.",
  "error.agreement_already_signed": "Ihre Seite hat diese Version bereits unterzeichnet.",
  "error.agreement_draft_exists":
    "Es ist bereits ein Entwurf geöffnet: Schließen Sie ihn zuerst ab oder unterzeichnen Sie ihn.",
  "error.internal": "Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.",

  "validation.required": "Dieses Feld ist erforderlich.",
  "validation.file_unavailable":
    "Eine dieser Dateien steht für die Einreichung nicht zur Verfügung: Laden Sie sie erneut hoch und reichen Sie die Arbeit dann ein.",
  "validation.invalid_type":
    "{expected, select, int {Muss eine ganze Zahl ohne Nachkommastellen sein.} minor {Muss eine ganze Zahl der kleinsten Einheit der Währung (Cent) sein, ohne Nachkommastellen: 12,50 ist 1250.} minor_money {Muss eine ganze Zahl der kleinsten Einheit der Währung sein, ohne Nachkommastellen: {amount} ist {minor}.} number {Muss eine Zahl sein.} string {Muss Text sein.} boolean {Muss true oder false sein.} array {Muss eine Liste sein.} object {Muss ein Objekt mit seinen Feldern sein.} other {Dieser Wert hat den falschen Typ.}}",
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
  "validation.too_small.percent": "Muss mindestens {minimum, number, percent} betragen.",
  "validation.too_big.percent": "Darf höchstens {maximum, number, percent} betragen.",
  "validation.too_small.money": "Muss mindestens {minimum} betragen.",
  "validation.too_big.money": "Darf höchstens {maximum} betragen.",
  "validation.too_small.amount": "Der Betrag muss mindestens {minimum, number} sein.",
  "validation.too_big.amount": "Der Betrag darf höchstens {maximum, number} sein.",
  "validation.too_small.days":
    "Muss mindestens {minimum, plural, one {# Tag} other {# Tage}} betragen.",
  "validation.too_big.days":
    "Darf höchstens {maximum, plural, one {# Tag} other {# Tage}} betragen.",
  "validation.too_small.hours":
    "Muss mindestens {minimum, plural, one {# Stunde} other {# Stunden}} betragen.",
  "validation.too_big.hours":
    "Darf höchstens {maximum, plural, one {# Stunde} other {# Stunden}} betragen.",
  "validation.invalid_date":
    "Muss ein existierender Tag im Format JJJJ-MM-TT sein (zum Beispiel 2026-02-28).",
  "validation.invalid_email": "Geben Sie eine gültige E-Mail-Adresse ein.",
  "validation.invalid_option": "Wählen Sie eines von: {options}.",
  "validation.unknown_field": "Dieses Feld wird hier nicht erwartet.",
  "validation.invalid": "Dieser Wert ist ungültig.",
  "validation.invalid_text":
    "Dieser Text enthält ein Zeichen, das nicht gespeichert werden kann (ein NUL-Zeichen oder ein einzelnes Surrogat).",
  "validation.nothing_to_update": "Senden Sie mindestens ein Feld, das geändert werden soll.",
  "validation.ids_or_all":
    "Senden Sie entweder die IDs der Benachrichtigungen, die als gelesen markiert werden sollen, oder all: true.",
  "validation.repeated_items": "Wählen Sie jeden Eintrag nur einmal.",
  "validation.currency_unknown":
    "Geben Sie eine Währung als dreistelligen ISO-4217-Code in Großbuchstaben an, etwa EUR, USD oder JPY.",
  "validation.id_repeated":
    "Ein anderer Eintrag dieser Liste hat bereits diese ID: Geben Sie jedem eine eigene.",
  "validation.target_equals_baseline":
    "Das Ziel muss sich vom Ausgangswert unterscheiden, sonst gibt es nichts anzustreben.",
  "validation.introduction_names_org":
    "Eine Vorstellung nennt die Organisation, an die sie vermittelt, und nur eine Vorstellung tut das.",
  "validation.decimal_digits":
    "Muss eine ganze Zahl in Ziffern sein, zum Beispiel 20: ohne Leerzeichen, Vorzeichen, Nachkommastellen oder Exponent.",
  "validation.days_only_for_suspension":
    "Nur eine Sperrung dauert eine Anzahl von Tagen: Geben Sie bei jeder anderen Entscheidung keine Tage an.",
  "validation.day_before_today": "Muss heute ({today}) oder später sein.",
  "validation.day_too_far_ahead":
    "Ein Termin wird höchstens zehn Jahre im Voraus geplant, spätestens am {limit}: Der {dueDate} liegt später.",
  "validation.correction_unchanged":
    "Das ist bereits der erfasste Wert: Eine Korrektur schlägt einen anderen vor.",
  "validation.offer_goal_title_repeated":
    "Ein anderes Ziel dieses Angebots heißt bereits „{title}“: Geben Sie jedem Ziel einen eigenen Titel.",
  "validation.reason_provider_only":
    "Nur der Dienstleister würdigt den Kunden aus diesem Grund (schnelles Feedback, klare Briefings, pünktliche Zahlung).",
  "validation.password_common":
    "Dieses Passwort gehört zu den häufigsten und ist leicht zu erraten. Wählen Sie ein anderes, zum Beispiel einige Wörter, die nichts miteinander zu tun haben.",
  "validation.password_personal":
    "Dieses Passwort besteht aus Ihrer E-Mail-Adresse oder Ihrem Namen. Wählen Sie eines, das sich daraus nicht erraten lässt.",

  "role.owner": "Inhaber",
  "role.member": "Mitglied",
  "role.viewer": "Betrachter",
  "orgKind.client": "Kunde",
  "orgKind.provider": "Dienstleister",

  "clarity.goal_missing":
    "Sagen Sie, was Sie erreichen möchten: Fügen Sie mindestens ein Ziel hinzu.",
  "clarity.success_measure_missing":
    "Sagen Sie, wie der Erfolg gemessen wird: Fügen Sie mindestens einen Erfolgsmaßstab hinzu.",
  "clarity.success_measure_not_measurable":
    "Dieser Erfolgsmaßstab nennt keine Zahl, daher kann niemand erkennen, wann er erreicht ist.",
  "clarity.skills_missing":
    "Wählen Sie die Kompetenzen, die die Arbeit erfordert, damit passende Dienstleister gefunden werden können.",
  "clarity.budget_missing":
    "Geben Sie einen Budgetrahmen an: Dienstleister müssen wissen, welche Mittel Ihnen zur Verfügung stehen.",
  "clarity.budget_inverted": "Das Minimum des Budgets liegt über seinem Maximum.",
  "clarity.budget_range_wide":
    "Das Maximum des Budgets ist mehr als {ratio, number}-mal so hoch wie das Minimum: Grenzen Sie den Rahmen ein, damit Angebote hineinpassen können.",
  "clarity.deadline_missing": "Geben Sie einen Endtermin an.",
  "clarity.deadline_passed": "Der Endtermin ist bereits verstrichen.",
  "clarity.deadline_before_feasible_start":
    "Der Endtermin lässt nach dem {start} weniger als {days, plural, one {# Tag} other {# Tage}}: In dieser Zeit kann kein Dienstleister die Arbeit planen.",
  "clarity.must_haves_contradict": "Diese Muss-Anforderung widerspricht einer anderen.",
  "clarity.must_have_also_nice_to_have":
    "Dieser Punkt ist zugleich Muss- und Kann-Anforderung: Entscheiden Sie sich für eines.",
  "clarity.client_people_missing":
    "Nennen Sie die Personen, die Ihre Seite für die Arbeit einsetzt: Eine Partnerschaft braucht beide Seiten.",
  "clarity.business_model_scope_missing":
    "Beschreiben Sie, welchen Teil des Geschäftsmodells die Arbeit betrifft, damit Dienstleister wissen, wozu sie dient.",
  "clarity.preferred_language_missing": "Wählen Sie die Sprachen, in denen Sie arbeiten möchten.",
  "clarity.earliest_start_passed":
    "Der früheste Beginn, der {start}, ist bereits verstrichen (heute ist der {today}): Dienstleister planen ab heute.",
  "clarity.deadline_before_earliest_start":
    "Der Endtermin, der {deadline}, liegt vor dem frühesten Beginn, dem {start}: Dazwischen passt keine Arbeit.",

  "feasibility.deliverable_without_criteria":
    "Dieser Liefergegenstand hat kein Abnahmekriterium: Er kann nicht objektiv bewertet werden.",
  "feasibility.criterion_without_verification":
    "Dieses Kriterium gibt nicht an, wie es überprüft wird.",
  "feasibility.over_budget":
    "Der Preis von {total} liegt über dem Höchstbudget des Briefings von {budget}.",
  "feasibility.currency_differs":
    "Das Angebot lautet auf {proposal}, das Budget des Briefings jedoch auf {brief}.",
  "feasibility.later_than_deadline":
    "Der letzte Meilenstein ({lastDue}) liegt nach dem Endtermin des Briefings ({deadline}).",
  "feasibility.milestone_in_past":
    "Dieser Meilenstein ist am {dueDate} fällig, einem bereits vergangenen Tag (heute ist der {today}): Geben Sie ihm einen künftigen Tag.",
  "feasibility.starts_before_client_ready":
    "Ein Meilenstein liegt vor dem Tag, an dem der Kunde beginnen kann ({earliestStart}).",
  "feasibility.must_have_uncovered":
    "Kein Liefergegenstand deckt die Muss-Anforderung „{mustHave}“ ab.",
  "feasibility.uncapped_time_and_materials":
    "Eine Abrechnung nach Aufwand ohne Obergrenze lässt die Gesamtsumme offen.",
  "feasibility.milestone_paid_without_deliverable":
    "Der Meilenstein „{milestone}“ sieht eine Zahlung vor, aber kein Liefergegenstand gehört zu ihm: Er könnte nie abgenommen oder in Rechnung gestellt werden.",
  "feasibility.valid_until_passed":
    "Das Angebot gilt bis zum {validUntil}, einem bereits vergangenen Tag (heute ist der {today}): Es ist abgelaufen. Geben Sie einen künftigen Tag an oder keinen.",

  "fairTerms.review_gag_clause":
    "Diese Klausel schränkt ehrliche Bewertungen ein oder bestraft sie (erkannte Sprache: {language}; „{matched}“).",
  "fairTerms.review_gag_clause.reason":
    "Ehrliche Bewertungen schützen beide Seiten; Knebel- und Nichtverunglimpfungsklauseln, die sich gegen sie richten, sind in mehreren Rechtsordnungen verboten (z. B. durch den US-amerikanischen Consumer Review Fairness Act) und auf Accord nie zulässig.",
  "fairTerms.acceptance_criteria_missing": "Kein Liefergegenstand hat ein Abnahmekriterium.",
  "fairTerms.acceptance_criteria_missing.reason":
    "Arbeit lässt sich nur anhand vorab vereinbarter Kriterien objektiv bewerten.",
  "fairTerms.price_below_floor":
    "Der effektive Satz von {rate} pro Stunde liegt unter dem Mindestsatz des Dienstleisters von {floor} pro Stunde.",
  "fairTerms.price_below_floor.reason":
    "Forderungen, denen keine Vergütung gegenübersteht, beenden Partnerschaften; der Dienstleister kann ausdrücklich auf seinen Mindestsatz verzichten.",
  "fairTerms.deliverable_without_criteria": "Dieser Liefergegenstand hat kein Abnahmekriterium.",
  "fairTerms.deliverable_without_criteria.reason":
    "Ohne Kriterien hängt die Abnahme von Meinungen ab statt von dem, was vereinbart wurde.",
  "fairTerms.criterion_without_verification":
    "Dieses Kriterium gibt nicht an, wie es überprüft wird.",
  "fairTerms.criterion_without_verification.reason":
    "Ein Kriterium, das niemand überprüfen kann, lädt bei der Bewertung der Lieferung zu Streitfällen ein.",
  "fairTerms.payment_terms_over_limit":
    "Die Zahlungsbedingungen sehen ein Zahlungsziel von mehr als {days, number} Tagen vor.",
  "fairTerms.payment_terms_over_limit.reason":
    "Die EU-Zahlungsverzugsrichtlinie (Richtlinie 2011/7/EU) begrenzt Zahlungsfristen zwischen Unternehmen auf 60 Tage, sofern nicht ausdrücklich etwas anderes vereinbart ist und dies nicht grob nachteilig ist.",
  "fairTerms.review_window_missing":
    "Für die Bewertung von Einreichungen ist keine Prüffrist festgelegt.",
  "fairTerms.review_window_missing.reason":
    "Ohne Prüffrist kann eine Einreichung unbegrenzt auf eine Antwort warten.",
  "fairTerms.review_window_over_limit": "Die Prüffrist ist länger als {days, number} Tage.",
  "fairTerms.review_window_over_limit.reason":
    "Eine lange Prüffrist verzögert Abnahme und Bezahlung bereits gelieferter Arbeit.",
  "fairTerms.revisions_unlimited":
    "Dieser Liefergegenstand erlaubt unbegrenzt viele Korrekturschleifen.",
  "fairTerms.revisions_unlimited.reason":
    "Unbegrenzte Korrekturschleifen machen aus neuen Forderungen unbezahlte Arbeit; weitere Änderungen sollten bepreist werden.",
  "fairTerms.notice_period_missing":
    "Für die Beendigung des Auftrags ist keine Kündigungsfrist festgelegt.",
  "fairTerms.notice_period_missing.reason":
    "Eine Kündigungsfrist ermöglicht beiden Seiten eine saubere Trennung, mit Zeit für die Übergabe.",
  "fairTerms.client_responsibilities_missing":
    "Es sind keine Mitwirkungspflichten des Kunden eingetragen.",
  "fairTerms.client_responsibilities_missing.reason":
    "Eine Partnerschaft bringt Pflichten auf beiden Seiten mit sich: was der Kunde bereitstellen muss und bis wann.",
  "fairTerms.dispute_skips_amicable_steps":
    "Die Streitbeilegungsklausel beginnt nicht mit einer Verhandlung und anschließender Mediation.",
  "fairTerms.dispute_skips_amicable_steps.reason":
    "Wiedergutmachungsangebote und Mediation lösen die meisten Meinungsverschiedenheiten; Klagen schaffen nur Feinde.",
  "fairTerms.milestone_paid_without_deliverable":
    "Der Meilenstein „{milestone}“ sieht eine Zahlung vor, aber kein Liefergegenstand gehört zu ihm: Er könnte nie abgenommen oder in Rechnung gestellt werden.",
  "fairTerms.milestone_paid_without_deliverable.reason":
    "Ein Meilenstein wird bezahlt, wenn seine Liefergegenstände abgenommen sind; Geld auf einem Meilenstein ohne Liefergegenstand ist auf nichts versprochen. Ordnen Sie ihm einen Liefergegenstand zu oder verschieben Sie den Betrag.",
  "fairTerms.pay_cut_without_scope_cut":
    "Dieser Nachtrag senkt die Vergütung von {paidBefore} auf {paidAfter}, ohne den Umfang im gleichen Maß zu verringern: dieselbe Arbeit für weniger Geld.",
  "fairTerms.pay_cut_without_scope_cut.reason":
    "Anforderungen, denen die Vergütung nicht folgt, beenden Partnerschaften. Der Dienstleister kann eine Kürzung annehmen, aber nur wissentlich: Sein Inhaber bestätigt sie beim Unterschreiben ausdrücklich, und der Verlauf des Auftrags bewahrt diese Bestätigung auf.",
  "fairTerms.amendment_currency_changed":
    "Dieser Nachtrag nennt eine andere Währung als die geltende Vereinbarung, {currency}: Er kann nicht unterschrieben werden. Schreiben Sie ihn in {currency}; um in einer anderen Währung zu arbeiten, vereinbaren Sie einen neuen Auftrag.",
  "fairTerms.amendment_currency_changed.reason":
    "Rechnungen, Zahlungen, Rückerstattungen und die Schlussabrechnung eines Auftrags werden in einer Währung gerechnet, und jede Änderung der Vergütung wird in ihr gemessen.",
  "fairTerms.amendment_retainer_period_changed":
    "Dieser Nachtrag rechnet die laufende Vergütung nach einem anderen Zeitraum ab als die geltende Vereinbarung, {period, select, month {einen Monat} other {ein Quartal}}: Er kann nicht unterschrieben werden. Behalten Sie den Zeitraum bei (der Betrag darf sich ändern); um nach einem anderen Zeitraum abzurechnen, vereinbaren Sie einen neuen Auftrag.",
  "fairTerms.amendment_retainer_period_changed.reason":
    "Rechnungen einer laufenden Vergütung und die Schlussabrechnung zählen den Betrag je Zeitraum: Ein zum Quartal gemachter Monat würde die bereits gearbeiteten Monate als Drittel eines Quartals berechnen.",

  "match.capability.covered":
    "Bietet {covered, number} von {required, plural, one {# Kompetenz} other {# Kompetenzen}}, die das Briefing erfordert.",
  "match.trackRecord.history":
    "{completed, plural, =0 {Noch kein abgeschlossener Auftrag} one {# abgeschlossener Auftrag} other {# abgeschlossene Aufträge}}; {returning, plural, one {# von {couldReturn, number} Kunden kam wieder} other {# von {couldReturn, number} Kunden kamen wieder}}.{tenure, select, none {} other { Dauer der Zusammenarbeit: {tenureDays, plural, one {# Tag} other {# Tage}} seit dem ersten Auftrag.}}",
  "match.trackRecord.new":
    "Neu: {completed, plural, =0 {noch kein abgeschlossener Auftrag} one {# abgeschlossener Auftrag} other {# abgeschlossene Aufträge}}, daher konnte noch kein Kunde wiederkommen.{tenure, select, none {} other { Dauer der Zusammenarbeit: {tenureDays, plural, one {# Tag} other {# Tage}} seit dem ersten Auftrag.}}",
  "match.health.score":
    "Beziehungsgesundheit {score, number} von 100 über alle Aufträge, gemessen an den Daten und Bewertungen beider Seiten.",
  "match.health.new":
    "Neu: noch zu wenige Aufträge für eine Bewertung der Beziehungsgesundheit; das zählt weder dafür noch dagegen.",
  "match.language.any": "Das Briefing nennt keine bevorzugte Sprache.",
  "match.language.first_choice": "Arbeitet in Ihrer Sprache erster Wahl ({language}).",
  "match.language.other_choice": "Arbeitet in einer Ihrer Sprachen ({language}).",
  "match.language.none": "Arbeitet in keiner Ihrer bevorzugten Sprachen.",
  "match.availability.in_time": "Zu Ihrem Starttermin verfügbar.",
  "match.availability.late":
    "Verfügbar {days, plural, one {# Tag} other {# Tage}} nach Ihrem Starttermin.",
  "match.price.within":
    "Der Tagessatz von {rate} passt über den verfügbaren Zeitraum in Ihr Budget.",
  "match.price.above":
    "Der Tagessatz von {rate} übersteigt, was Ihr Budget über den verfügbaren Zeitraum hergibt.",
  "match.price.unknown": "Es gibt keinen Satz, der sich mit Ihrem Budget vergleichen ließe.",
  "match.proposal.sent":
    "Hat auf dieses Briefing bereits geantwortet: {status, select, submitted {sein Angebot wartet auf Ihre Antwort} revision_requested {Sie haben um eine Überarbeitung seines Angebots gebeten} accepted {Sie haben sein Angebot angenommen} declined {Sie haben sein Angebot abgelehnt} withdrawn {der Dienstleister hat sein Angebot zurückgezogen} other {sein Angebot wurde nicht ausgewählt}}.",

  "agreementDoc.title": "Vereinbarung: {title}",
  "agreementDoc.version":
    "Version {version} · {status, select, in_force {in Kraft} superseded {ersetzt} other {Entwurf}}",
  "agreementDoc.parties": "Zwischen {client} (Kunde) und {provider} (Dienstleister)",
  "agreementDoc.section.scope": "Leistungsumfang",
  "agreementDoc.section.deliverables": "Liefergegenstände und Abnahmekriterien",
  "agreementDoc.section.milestones": "Meilensteine",
  "agreementDoc.section.responsibilities": "Rollen und Verantwortlichkeiten",
  "agreementDoc.section.methodology": "Vorgehensweise und Rhythmus",
  "agreementDoc.section.remuneration": "Vergütung und Zahlungsbedingungen",
  "agreementDoc.section.evaluation": "Bewertung der Lieferung, Änderungen und Beendigung",
  "agreementDoc.section.clauses": "Ergänzende Bestimmungen",
  "agreementDoc.section.signatures": "Unterschriften",
  "agreementDoc.criterion": "{statement} (überprüft durch: {verification})",
  "agreementDoc.revisions":
    "{limit, select, unlimited {Korrekturschleifen: unbegrenzt} other {Enthaltene Korrekturschleifen: {limit}}}",
  "agreementDoc.milestone": "{title}: fällig am {dueDate}, {amount}",
  "agreementDoc.clientResponsibilities": "Der Kunde stellt bereit",
  "agreementDoc.providerResponsibilities": "Der Dienstleister stellt bereit",
  "agreementDoc.responsibility": "{what}{dueDate, select, none {} other { (bis {dueDate})}}",
  "agreementDoc.cadence":
    "Stimmungsabfrage {days, plural, one {täglich} other {alle # Tage}}{channels, select, none {} other { über {channels}}}.",
  "agreementDoc.responseTimes":
    "Der Kunde antwortet innerhalb von {clientHours, number} h, der Dienstleister innerhalb von {providerHours, number} h.",
  "agreementDoc.priceModel":
    "{model, select, fixed {Festpreis} retainer {Laufende Pauschale} other {Abrechnung nach Aufwand}}: {amount}",
  "agreementDoc.rate": "Satz: {rate} pro {unit, select, hour {Stunde} other {Tag}}",
  "agreementDoc.effort":
    "Geschätzter Aufwand: {unit, select, hour {{quantity, plural, one {# Stunde} other {# Stunden}}} other {{quantity, plural, one {# Tag} other {# Tage}}}}",
  "agreementDoc.paymentTerms":
    "Zahlung innerhalb von {days, plural, one {# Tag} other {# Tagen}} nach Rechnungsstellung{interest, select, yes {, bei Verzug zuzüglich der gesetzlichen Verzugszinsen} other {}}.",
  "agreementDoc.changeControl":
    "{amendment, select, yes {Jede Änderung wird bepreist und als von beiden Seiten unterzeichneter Nachtrag in diese Vereinbarung aufgenommen.} other {Änderungen werden bepreist und von beiden Seiten bestätigt.}}",
  "agreementDoc.reviewWindow":
    "{days, select, none {Keine Prüffrist.} other {Der Kunde bewertet jede Einreichung innerhalb von {days, plural, one {# Tag} other {# Tagen}}{deemed, select, yes {; Schweigen gilt als Abnahme} other {}}.}}",
  "agreementDoc.notice":
    "{days, select, none {Keine Kündigungsfrist.} other {Kündigungsfrist: {days, plural, one {# Tag} other {# Tage}}.}}",
  "agreementDoc.handOver": "Übergabepflichten: {duties}",
  "agreementDoc.disputeLadder":
    "Meinungsverschiedenheiten werden in folgender Reihenfolge behandelt: {steps}.",
  "agreementDoc.disputeStep":
    "{step, select, negotiation {Verhandlung} amends {Wiedergutmachungsangebot} mediation {Mediation} separation {einvernehmliche Trennung} arbitration {Schiedsverfahren} other {Gerichtsverfahren}}",
  "agreementDoc.floorWaived":
    "Der Dienstleister verzichtet für diese Vereinbarung auf seinen Mindestsatz.",
  "agreementDoc.signature":
    "Für {side, select, client {den Kunden} other {den Dienstleister}} unterzeichnet von {name} am {signedAt}.",
  "agreementDoc.unsigned":
    "Noch nicht {side, select, client {vom Kunden} other {vom Dienstleister}} unterzeichnet.",
  "agreementDoc.hash": "Unterzeichneter Text (SHA-256): {hash}",
  "agreementDoc.footer":
    "Erstellt von Accord am {date}. Von Nutzern verfasste Inhalte werden unverändert wiedergegeben.",

  "mail.membership_invitation.subject": "{inviter} lädt Sie ein, {org} auf Accord beizutreten",
  "mail.membership_invitation.body":
    "Hallo,\n\n{inviter} lädt Sie ein, {org} auf Accord als {role, select, owner {Inhaber} member {Mitglied} other {Betrachter}} beizutreten.\n\nZum Annehmen öffnen Sie diesen Link: {link}\n\nDiese Einladung läuft am {expiresAt, date, long} ab.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} lädt Sie zu einem Auftrag ein: {title}",
  "mail.engagement_invitation.body":
    "Hallo,\n\n{inviter} von {org} ({kind, select, client {Kunde} other {Dienstleister}}) lädt Ihre Organisation zu einem Auftrag auf Accord ein: „{title}“.\n\nUm ihn für eine Ihrer Organisationen anzunehmen, öffnen Sie diesen Link: {link}\n\nDiese Einladung läuft am {expiresAt, date, long} ab.\n\nAccord",
  "mail.proposal_not_selected.subject":
    "„{brief}“: {client} hat sich für ein anderes Angebot entschieden",
  "mail.proposal_not_selected.body":
    "Hallo {name},\n\nvielen Dank für das Angebot, das {provider} für „{brief}“ gesendet hat. {client} hat sich für die Zusammenarbeit mit einem anderen Dienstleister entschieden; das Briefing ist damit geschlossen, und Ihr Angebot wurde nicht ausgewählt.\n\nWir wissen, dass ein gutes Angebot Zeit und Sorgfalt kostet, und danken Ihnen für Ihres. Sie finden es weiterhin bei Ihren Angeboten: {link}\n\nWir hoffen, dass Sie auf Accord auf weitere Briefings antworten.\n\nAccord",

  "error.engagement_ended":
    "Dieser Auftrag endete am {endedOn}: Neue Ziele, Messwerte, Angebote für eine nächste Phase, Änderungsanfragen und Nachträge sind geschlossen. Lesen, Anerkennung, Streitfälle, Rechnungen und Zahlungen bleiben offen.",
  "error.engagement_not_active":
    "Dieser Auftrag ist nicht aktiv, daher kann ihm nichts hinzugefügt werden.",
  "error.webhook_inactive":
    "Dieser Webhook ist ausgeschaltet. Schalten Sie ihn ein, bevor Sie etwas an ihn senden.",
  "error.webhook_url_taken":
    "Die Organisation sendet ihre Ereignisse bereits an {url}: Ändern Sie stattdessen diesen Webhook.",
  "error.invoice_wrong_state":
    "Diese Rechnung {status, select, draft {ist noch ein Entwurf} issued {wurde bereits ausgestellt} partly_paid {wurde ausgestellt und ist teilweise bezahlt} paid {wurde ausgestellt und ist bezahlt} other {ist storniert}}: {action, select, edit {Sie kann daher nicht bearbeitet werden} issue {Sie kann daher nicht ausgestellt werden} void {Sie kann daher nicht storniert werden} other {Auf sie können daher keine Verzugszinsen in Rechnung gestellt werden}}.",
  "error.invoice_void_after_payment":
    "Auf diese Rechnung wurde bereits gezahlt, daher kann sie nicht storniert werden: Stellen Sie stattdessen eine Gutschrift aus.",
  "error.invoice_void_after_credit_note":
    "Diese Rechnung wurde durch eine Gutschrift korrigiert: Korrigieren Sie sie mit einer weiteren Gutschrift, statt sie zu stornieren.",
  "error.invoice_payment_awaiting_answer":
    "Eine Zahlung auf diese Rechnung wartet auf eine Antwort: Bestätigen Sie sie oder weisen Sie sie zurück, bevor Sie die Rechnung stornieren.",
  "error.invoice_not_payable":
    "Diese Rechnung nimmt keine Zahlungen an: {status, select, draft {Sie wurde noch nicht ausgestellt} void {Sie ist storniert} paid {Sie ist bereits bezahlt} other {Sie ist abgeschlossen}}.",
  "error.invoice_not_creditable":
    "Nur eine ausgestellte Rechnung kann durch eine Gutschrift gemindert werden: kein Entwurf, keine stornierte Rechnung.",
  "error.invoice_source_already_invoiced":
    "{number, select, none {Ein Rechnungsentwurf deckt dies bereits ab} other {Die Rechnung {number} deckt dies bereits ab}}. Stornieren Sie diese Rechnung zuerst, um es erneut in Rechnung zu stellen.",
  "error.invoice_lines_invalid":
    "Die Rechnungspositionen brauchen Ihre Aufmerksamkeit: {count, plural, one {# Punkt} other {# Punkte}}.",
  "error.invoice_lines_fixed_by_source":
    "Die Position dieser Rechnung stammt aus der Vereinbarung; nur manuelle Rechnungen nehmen eingegebene Positionen an.",
  "error.invoice_total_zero": "Eine Rechnung muss einen Betrag über null ausweisen.",
  "error.issue_date_in_future": "Eine Rechnung kann nicht in die Zukunft datiert werden.",
  "error.issue_date_before_last_issued":
    "Ihre letzte Rechnung ist auf den {lastIssueDate} datiert: Nummern und Daten folgen derselben Reihenfolge, datieren Sie diese also auf denselben oder einen späteren Tag.",
  "error.issue_date_before_due_basis":
    "Diese Rechnung kann nicht vor dem {earliest} datiert werden: Vor {basis, select, milestone {der Abnahme des Meilensteins} change_request {der Genehmigung der Änderung} retainer {dem Beginn des Abrechnungszeitraums} late_interest {dem Tag, bis zu dem die Zinsen berechnet sind} other {dem Inkrafttreten der Vereinbarung}} war nichts geschuldet, und Rechnungen folgen der Reihenfolge ihrer Daten. Datieren Sie sie auf den {earliest} oder später.",
  "error.milestone_not_accepted":
    "Dieser Meilenstein ist noch nicht abgenommen: Er kann in Rechnung gestellt werden, sobald alle seine Liefergegenstände abgenommen sind.",
  "error.milestone_unknown":
    "Dieser Meilenstein ist nicht in der geltenden Vereinbarung enthalten.",
  "error.milestone_amount_missing":
    "Die geltende Vereinbarung legt für diesen Meilenstein keinen Betrag fest.",
  "error.change_request_not_approved":
    "Nur eine genehmigte Änderungsanfrage kann in Rechnung gestellt werden.",
  "error.not_a_retainer": "Die geltende Vereinbarung sieht keine laufende Pauschale vor.",
  "error.retainer_amount_missing":
    "Die geltende Vereinbarung legt keinen Betrag für die laufende Pauschale fest.",
  "error.retainer_period_invalid":
    "Ein Zeitraum der laufenden Pauschale beginnt am ersten Tag {period, select, quarter {eines Quartals (Januar, April, Juli oder Oktober)} other {eines Monats}}.",
  "error.payment_currency_mismatch":
    "Diese Rechnung lautet auf {expected}: Erfassen Sie die Zahlung in {expected}, wie in Rechnung gestellt.",
  "error.payment_exceeds_outstanding":
    "Das ist mehr, als auf der Rechnung {number} noch offen ist: Es können höchstens {open} erfasst werden.",
  "error.payment_already_decided":
    "Diese Zahlung wurde bereits {status, select, confirmed {bestätigt} other {zurückgewiesen}}.",
  "error.payment_same_side":
    "Eine Zahlung, die Ihre Seite erfasst hat, bestätigt die andere Seite oder weist sie zurück.",
  "error.idempotency_key_reused":
    "Dieser Idempotency-Key wurde bereits für eine andere Zahlung verwendet. Verwenden Sie für eine neue Zahlung einen neuen Schlüssel.",
  "error.credit_note_exceeds_outstanding":
    "Eine Gutschrift mindert höchstens den Betrag der Rechnung abzüglich früherer Gutschriften; was davon schon bezahlt war, ist als Rückerstattung zurückzuzahlen: höchstens {open}.",
  "error.credit_note_exceeds_refundable":
    "Eine Gutschrift über den noch offenen Betrag hinaus gibt dem Kunden Geld zurück, das er bezahlt hat, und dieses Geld ist ihm bereits zurückgezahlt oder geschuldet (durch eine frühere Gutschrift, eine als Wiedergutmachung vereinbarte Rückerstattung oder eine geleistete Rückerstattung): auf dieser Rechnung können höchstens noch {open} gutgeschrieben werden.",
  "creditNote.reason.amends": "Wiedergutmachung, Streitfall Nr. {number}",
  "error.credit_note_repeated":
    "Die Gutschrift {number} mindert diese Rechnung aus diesem Grund bereits um {amount}: Sie wird nicht zweimal ausgestellt.",
  "error.refund_currency_mismatch":
    "Dieser Auftrag wird in {expected} bezahlt: Erfassen Sie die Rückerstattung in {expected}, wie der Kunde gezahlt hat.",
  "error.refund_exceeds_refundable":
    "Das ist mehr, als zurückgezahlt werden kann: Die bestätigten Zahlungen des Kunden abzüglich bereits erfasster Rückerstattungen lassen höchstens {open}.",
  "error.refund_already_decided":
    "Diese Rückerstattung wurde bereits {status, select, confirmed {bestätigt} other {zurückgewiesen}}.",
  "error.refund_repeated":
    "Eine Rückerstattung über {amount}, gezahlt am {paidOn} mit dieser Referenz, ist bereits erfasst: Sie wird nicht zweimal erfasst.",
  "error.invoice_draft_repeated":
    "Eine Rechnung mit denselben Positionen ({total}), entworfen am {draftedOn}, ist noch ein Entwurf: Bearbeiten oder stellen Sie diese aus.",
  "error.reference_rate_missing":
    "Für {currency} ist kein Referenzzinssatz für das am {halfYearStart} beginnende Halbjahr bekannt, daher können die Verzugszinsen nicht berechnet werden. Ein Betreiber trägt ihn mit „accord rates set“ ein.",
  "error.late_interest_nothing_to_claim":
    "Zu dieser Rechnung sind keine Verzugszinsen mehr in Rechnung zu stellen.",
  "error.dispute_wrong_state":
    "Der Streitfall Nr. {number} {status, select, awaiting_response {wartet auf die Antwort der anderen Seite auf seine Eröffnung} negotiating {wird zwischen den Seiten verhandelt} offer_pending {hat ein Angebot, das auf die Antwort der anderen Seite wartet} in_mediation {ist in der Mediation und wartet auf die Empfehlung der Moderation} recommended {{action, select, accept_recommendation {hat eine Empfehlung der Moderation, die Ihre Seite bereits angenommen hat} other {hat eine Empfehlung der Moderation, die auf die Antwort jeder Seite wartet}}} settled {wurde beigelegt} separated {endete mit einer einvernehmlichen Trennung} other {wurde zurückgezogen}}: {action, select, respond {Auf ihn kann daher nicht geantwortet werden} offer {Darin kann daher kein Angebot gemacht werden} accept_offer {Darin kann daher kein Angebot angenommen werden} decline_offer {Darin kann daher kein Angebot abgelehnt werden} escalate {Er kann daher nicht in die nächste Stufe gehen} recommend {Darin kann daher keine Empfehlung abgegeben werden} accept_recommendation {Seine Empfehlung kann daher nicht angenommen werden} other {Er kann daher nicht zurückgezogen werden}}.",
  "error.dispute_wrong_side": "Dieser Schritt steht der anderen Seite oder der Moderation zu.",
  "error.dispute_awaiting_answer":
    "Die andere Seite hat noch nicht geantwortet: Sie behält ihr Recht auf eine Antwort, bevor der Streitfall weitergeht.",
  "error.dispute_awaiting_mediator":
    "Die Empfehlung der Moderation liegt noch nicht vor: Danach können Sie sie annehmen oder weitergehen; ohne sie geht der Streitfall nach Ablauf ihrer Frist von selbst weiter.",
  "error.dispute_window_passed":
    "Die Antwortfrist ist am {closedAt} abgelaufen: Der Streitfall geht zum nächsten Schritt über, in dem Sie sich weiterhin äußern können.",
  "error.dispute_ladder_ends": "Der Streitfall ist auf der letzten Stufe der Leiter.",
  "error.amends_invalid":
    "Diese Wiedergutmachung kann so nicht angeboten werden: {reason, select, amends_empty {Wählen Sie mindestens eine Art der Wiedergutmachung} amends_repeated_kind {Jede Art kann nur einmal angeboten werden (zwei Beträge sind ein größerer Betrag)} amends_not_yours {Diese Art der Wiedergutmachung bietet die andere Seite an} amends_amount_invalid {Ein Betrag ist eine positive ganze Zahl der kleinsten Einheit der Währung (Cent)} amends_over_limit {Der Betrag ist höher, als die Unterlagen erlauben, höchstens {limit} (eine Rückerstattung bis zu dem, was der Kunde bezahlt hat, abzüglich dessen, was ihm bereits zurückgeschuldet oder erstattet ist, samt dem Teil einer Gutschrift über den offenen Betrag hinaus, eine Gutschrift bis zum Betrag ihrer Rechnung abzüglich früherer Gutschriften)} amends_unknown_item {Sie nennt etwas, das dieser Auftrag nicht hat} amends_deadline_not_later {Eine neue Frist muss nach der jetzigen liegen, dem {dueDate}} amends_deadline_past {Eine neue Frist darf nicht schon verstrichen sein: Wählen Sie den {dueDate} oder einen späteren Tag} amends_deadline_too_far {Eine neue Frist liegt höchstens zehn Jahre in der Zukunft: Wählen Sie den {dueDate} oder einen früheren Tag} amends_apology_blank {Eine Entschuldigung braucht Worte} amends_rework_accepted {Nachbesserung wird nur für einen noch nicht abgenommenen Liefergegenstand angeboten} other {Prüfen Sie die angebotenen Punkte}}.",
  "error.exit_already_started": "Für diesen Auftrag wurde bereits gekündigt.",
  "error.subject_already_reported":
    "Zu diesem Text gibt es bereits einen Moderationsfall; verfolgen Sie ihn unter Fälle (und legen Sie dort Einspruch gegen die Entscheidung ein, wenn Sie nicht einverstanden sind).",
  "error.review_already_hidden":
    "Eine Moderatorin oder ein Moderator hat diese Bewertung bereits ausgeblendet, mit dem Grund, den beide Seiten sehen.",
  "dispute.subject_required":
    "Nennen Sie, worum es in diesem Streitfall geht ({kind, select, evaluation {Liefergegenstand oder Meilenstein} invoice {ausgestellte Rechnung} other {Änderungsanfrage}}).",
  "dispute.subject_unknown":
    "Dieser Auftrag hat kein solches Element ({kind, select, evaluation {Liefergegenstand oder Meilenstein} invoice {ausgestellte Rechnung} other {Änderungsanfrage}}): Nennen Sie eines der eigenen.",
  "error.dispute_already_open":
    "Der Streitfall Nr. {number} dazu ist noch offen: Führen Sie ihn fort, statt einen weiteren zu eröffnen.",
  "error.exit_not_started":
    "Für diesen Auftrag wurde noch nicht gekündigt, daher gibt es keinen Ausstieg. Jede Seite kann kündigen (POST …/exit).",
  "error.exit_cure_period_too_short":
    "Eine Kündigung wegen einer Pflichtverletzung lässt der anderen Seite mindestens {days, plural, one {# Tag} other {# Tage}}, um sie zu beheben (zwei Wochen oder die vereinbarte Kündigungsfrist, wenn sie kürzer ist), damit Wiedergutmachung vor der Trennung kommt.",
  "error.handover_wrong_side": "Diesen Übergabepunkt hakt die andere Seite ab.",
  "error.handover_already_done": "Dieser Übergabepunkt ist bereits erledigt.",
  "exit.handover.access_removed": "Zugänge der Dienstleisterseite zu Ihren Systemen entfernen",
  "exit.handover.credentials_rotated": "Geteilte Zugangsdaten erneuern",
  "error.test_clock_disabled":
    "Diese Instanz hat keine Testuhr. Nur eine Sandbox oder Demo, die mit ACCORD_TEST_CLOCK=true gestartet wurde, lässt Betreiber ihre Zeit vorstellen.",
  "error.test_clock_operators_only": "Nur Betreiber der Plattform dürfen die Testuhr vorstellen.",
  "error.test_clock_advance_invalid":
    "Stellen Sie die Uhr um Tage, Stunden oder Minuten vor, etwa 15d, 36h oder 90m: höchstens {maxDays, plural, one {# Tag} other {# Tage}} auf einmal und höchstens {maxYears, plural, one {# Jahr} other {# Jahre}} vor der echten Zeit.",
  "error.payload_too_large": "Die Anfrage ist zu groß.",
  "error.unsupported_media_type": "Dieser Inhaltstyp wird hier nicht angenommen.",
  "error.check_in_closed":
    "Diese Stimmungsabfrage ist geschlossen: Die nächste öffnet im vereinbarten Rhythmus.",
  "error.check_in_already_answered": "Ihre Seite hat diese Stimmungsabfrage bereits beantwortet.",
  "error.check_ins_ended":
    "Die Stimmungsabfragen sind beendet: Alle Meilensteine der geltenden Vereinbarung sind abgenommen. Die Bewertung des Auftrags fragt beide Seiten, wie er verlaufen ist.",
  "error.review_occasion_unknown":
    "{kind, select, exit {Für diesen Anlass gibt es noch nichts zu bewerten: Der Ausstieg ist nicht abgeschlossen.} engagement {{reason, select, milestones_open {Für diesen Anlass gibt es noch nichts zu bewerten: Der Auftrag ist abgeschlossen, wenn alle seine Meilensteine abgenommen sind (bisher {accepted} von {total}).} no_milestones {Für diesen Anlass gibt es noch nichts zu bewerten: Der Auftrag ist abgeschlossen, wenn alle seine Meilensteine abgenommen sind, und die geltende Vereinbarung nennt keinen; er wird bei seinem Ausstieg bewertet.} ended_by_exit {Dieser Auftrag endete mit seinem Ausstieg, bevor alle Meilensteine abgenommen waren: Er wird bei seinem Ausstieg bewertet, nicht als eigener Anlass.} other {Für diesen Anlass gibt es nichts zu bewerten: Ein Auftrag wird bewertet, sobald er abgeschlossen ist, mit leerer Referenz.}}} other {{reason, select, unknown_milestone {Für diesen Anlass gibt es nichts zu bewerten: Die Vereinbarung nennt keinen Meilenstein „{ref}“.} other {Für diesen Anlass gibt es noch nichts zu bewerten: Der Meilenstein ist nicht abgenommen.}}}}",
  "error.review_window_closed": "Die Bewertungsfrist für diesen Anlass ist abgelaufen.",
  "error.review_already_submitted":
    "Ihre Seite hat diesen Anlass bereits bewertet. Eine abgegebene Bewertung ist gesperrt.",
  "error.review_reply_exists": "Diese Bewertung hat bereits ihre eine öffentliche Antwort.",
  "error.review_not_published":
    "Sie können antworten, sobald beide Bewertungen veröffentlicht sind.",
  "error.screening_nudge":
    "{kind, select, legal_threat {Bevor Sie senden: Dies liest sich wie eine rechtliche Drohung. Rechtliche Schritte sind Ihr Recht; der Text wird im Verlauf des Auftrags festgehalten. Sie können ihn überarbeiten oder so senden.} other {Bevor Sie senden: Die Richtlinie von Accord verbietet Drohungen, die eine Bewertung bestrafen oder unterdrücken sollen, und Bewertungen als Druckmittel. Sie können Ihren Text überarbeiten oder ihn so senden; was Sie senden, wird wie üblich geprüft.}}",
  "error.organisation_suspended":
    "{sanction, select, expulsion {Ihre Organisation wurde durch eine Moderationsentscheidung ausgeschlossen: Sie kann keine Aufträge mehr beginnen, keine Angebote senden und keine Bewertungen veröffentlichen oder beantworten. Laufende Aufträge gehen bis zu ihrem Ausstieg weiter.} suspension {Ihre Organisation ist durch eine Moderationsentscheidung bis zum {until} gesperrt: Bis dahin kann sie keine Aufträge beginnen, keine Angebote senden und keine Bewertungen veröffentlichen oder beantworten. Laufende Arbeit geht weiter.} other {Ihre Organisation ist durch eine Moderationsentscheidung gesperrt, bis eine Moderatorin oder ein Moderator die Sperre aufhebt: Bis dahin kann sie keine Aufträge beginnen, keine Angebote senden und keine Bewertungen veröffentlichen oder beantworten. Laufende Arbeit geht weiter.}}",
  "error.case_wrong_state":
    "Dieser Moderationsfall {status, select, open {{action, select, respond {wurde bereits beantwortet und wartet auf die Entscheidung der Moderation} other {ist offen und wartet auf die Entscheidung der Moderation}}} decided {wurde entschieden} appealed {ist mit einem Einspruch angefochten, über den noch zu entscheiden ist} other {ist abgeschlossen: Über seinen Einspruch wurde entschieden}}: {action, select, respond {Auf die Mitteilung kann daher nicht mehr geantwortet werden} decide {Er kann daher nicht entschieden werden} appeal {Gegen ihn kann daher kein Einspruch eingelegt werden} other {Über einen Einspruch kann daher nicht entschieden werden}}.",
  "error.response_window_closed":
    "Die Antwortfrist für diese Mitteilung ist am {closedAt} abgelaufen: Eine Antwort kann nicht mehr eingereicht werden, und eine Moderatorin oder ein Moderator kann jetzt entscheiden. Nach der Entscheidung kann jede Partei einmal Einspruch einlegen.",
  "error.response_window_open":
    "Die beschuldigte Organisation kann noch auf die Mitteilung antworten; entscheiden Sie nach Ablauf der Antwortfrist.",
  "error.appeal_same_moderator":
    "Über einen Einspruch entscheidet ein anderer Moderator als der, der den Fall entschieden hat.",
  "error.moderator_is_party":
    "Sie gehören einer der Organisationen dieses Falls an, deshalb muss ein anderer Moderator entscheiden.",
  "error.appeal_already_used": "Gegen diesen Fall wurde bereits einmal Einspruch erhoben.",
  "error.threat_needs_sanction":
    "Eine geprüfte Drohung verlangt eine Sanktion: Wählen Sie eine Verwarnung, eine Sperrung oder einen Ausschluss, oder entfernen Sie das Häkchen bei der Drohung.",
  "error.threat_needs_reported_review":
    "Eine geprüfte Drohung wird nur in einem Fall erfasst, der durch die Meldung einer Bewertung oder ihrer Antwort eröffnet wurde.",
  "screening.policy.retaliation":
    "Die Richtlinie von Accord verbietet Drohungen, die eine Bewertung bestrafen oder unterdrücken sollen. Ein Moderator prüft diesen Text; die Bewertung bleibt sichtbar, und Ihre Organisation wird benachrichtigt und kann antworten.",
  "screening.policy.legal_threat":
    "Dieser Text liest sich wie eine rechtliche Drohung und wird im Verlauf des Auftrags festgehalten, für beide Seiten sichtbar.",
  "screening.evidence":
    "{role, select, legalThreat {rechtliche Drohung „{phrase}“} intimidation {Einschüchterung „{phrase}“} sanction {Sanktion „{phrase}“} reviewLeverage {Bewertung als Druckmittel „{phrase}“} removalDemand {Forderung, die Bewertung zu löschen oder zu ändern, „{phrase}“} reviewMention {genannte Bewertung „{phrase}“} sentAfterReview {gesendet, nachdem der Empfänger den Absender bewertet hatte} attachedToReview {zu einer Bewertung gehörend} other {„{phrase}“}}",
  "review.stars_invalid": "Bewerten Sie jeden dieser Aspekte mit 1 bis 5: {aspects}.",
  "review.stars_foreign":
    "Bewerten Sie diese Seite nur in diesen Aspekten, jeden mit 1 bis 5: {aspects}. Kein Aspekt dieser Bewertung: {foreign}.",
  "billing.invoice.invoice_currency_unknown": "„{currency}“ ist keine ISO-4217-Währung.",
  "billing.invoice.invoice_lines_missing": "Fügen Sie mindestens eine Position hinzu.",
  "billing.invoice.invoice_too_many_lines":
    "Eine Rechnung hat höchstens {max, number} Positionen; diese hat {count, number}.",
  "billing.invoice.invoice_amount_unsafe": "Diese Beträge sind zu groß, um sie exakt zu addieren.",
  "billing.invoice.invoice_amount_too_large":
    "Eine Rechnung kann höchstens {total} verlangen: Ein höherer Betrag ist ein Tippfehler, keine Rechnung.",
  "billing.invoice.invoice_exceeds_agreement":
    "Diese Rechnung verlangt {rate} netto, mehr als die {total}, die die Vereinbarung noch zu berechnen lässt. Prüfen Sie den Betrag vor dem Ausstellen, oder vereinbaren Sie die zusätzliche Arbeit zuerst.",
  "billing.invoice.line_description_missing":
    "Beschreiben Sie, was diese Position in Rechnung stellt.",
  "billing.invoice.line_quantity_not_whole_thousandths":
    "Geben Sie die Menge mit höchstens drei Nachkommastellen an.",
  "billing.invoice.line_quantity_not_positive": "Die Menge muss größer als null sein.",
  "billing.invoice.line_unit_price_not_whole_minor":
    "Geben Sie den Einzelpreis mit nicht mehr Nachkommastellen an, als die Währung hat (höchstens Cent).",
  "billing.invoice.line_unit_price_negative":
    "Ein Einzelpreis kann nicht negativ sein: Mindern Sie den geschuldeten Betrag stattdessen mit einer Gutschrift.",
  "billing.invoice.line_tax_rate_out_of_range":
    "Der Steuersatz ist ein Prozentsatz von 0 bis {max, number, percent}.",
  "billing.reminders.reminder_offset_out_of_range":
    "Eine Zahlungserinnerung liegt zwischen {min, number} und {max, number} Tagen vom Fälligkeitsdatum entfernt.",
  "billing.reminders.reminder_offset_duplicate": "Dieser Tag steht bereits im Erinnerungsplan.",
  "billing.reminders.too_many_reminders":
    "Höchstens {max, number} Zahlungserinnerungen pro Rechnung.",
  "billing.lateInterest.late_interest_not_agreed":
    "Die Vereinbarung, unter der diese Rechnung ausgestellt wurde, sieht keine gesetzlichen Verzugszinsen vor.",
  "billing.lateInterest.not_overdue": "Auf dieser Rechnung ist an diesem Tag nichts überfällig.",
  "billing.lateInterest.recovery_compensation_unavailable":
    "Für diese Währung ist keine Pauschale für Beitreibungskosten eingerichtet.",
  "billing.trend.remuneration_cut_without_scope_cut":
    "Von {fromPeriod} bis {toPeriod} ist die Vergütung um {remunerationCut} gesunken, der vereinbarte Leistungsumfang aber nur um {scopeCut}: dieselbe Arbeit für weniger Geld.",
  "billing.trend.discount_for_speed":
    "{discount} weniger ({discountShare}) zu erhalten, um {daysSooner, plural, one {# Tag} other {# Tage}} früher bezahlt zu werden, kostet den Dienstleister umgerechnet {annualRate} im Jahr.",
  "billing.source.change_request_unknown": "Diese Änderungsanfrage gehört nicht zu diesem Auftrag.",
  "billing.payment.paid_on_in_future":
    "Eine Zahlung wird erfasst, wenn sie erfolgt ist: Der {paidOn} ist noch nicht gekommen (heute ist der {limit}).",
  "billing.payment.paid_on_before_engagement":
    "Eine Zahlung der Rechnungen dieses Auftrags erfolgt frühestens an dem Tag, an dem er begann, dem {limit}: Der {paidOn} liegt davor.",
  "billing.refund.paid_on_in_future":
    "Eine Rückerstattung wird erfasst, sobald sie gezahlt ist: Der {paidOn} ist noch nicht gekommen (heute ist der {limit}).",
  "billing.refund.paid_on_before_engagement":
    "Eine Rückerstattung dieses Auftrags erfolgt frühestens an dem Tag, an dem er begann, dem {limit}: Der {paidOn} liegt davor.",
  "billing.retainer.period_before_engagement":
    "Ein Zeitraum der laufenden Pauschale dieses Auftrags endet frühestens an dem Tag, an dem seine laufende Pauschale in Kraft trat (mit der Vereinbarung oder mit dem Nachtrag, der die Vergütung zur laufenden Pauschale machte), dem {limit}: Der Zeitraum ab dem {periodStart} endete davor.",
  "billing.retainer.period_too_far_ahead":
    "Ein Zeitraum der laufenden Pauschale wird höchstens einen Zeitraum im Voraus berechnet, beginnend spätestens am {limit}: Der {periodStart} liegt danach.",
  "invoice.line.changeRequest": "Änderungsanfrage Nr. {number}: {title}",
  "invoice.line.retainer": "Laufende Pauschale, {start} – {end}",
  "invoice.line.lateInterest": "Verzugszinsen zur Rechnung {number} bis zum {asOf}",
  "invoice.line.recoveryCompensation": "Pauschale für Beitreibungskosten zur Rechnung {number}",
  "invoiceDoc.title":
    "{status, select, draft {Rechnungsentwurf} void {Rechnung {number} (storniert)} other {Rechnung {number}}}",
  "invoiceDoc.void": "Storniert: {reason}",
  "invoiceDoc.from": "Rechnungssteller",
  "invoiceDoc.to": "Rechnungsempfänger",
  "invoiceDoc.engagement": "Auftrag: {title}",
  "invoiceDoc.issueDate": "Rechnungsdatum: {date}",
  "invoiceDoc.dueDate":
    "Fälligkeitsdatum: {date} ({days, plural, one {# Tag} other {# Tage}} nach dem Rechnungsdatum)",
  "invoiceDoc.notIssued": "Noch nicht ausgestellt: keine Nummer, kein Datum.",
  "invoiceDoc.column.description": "Beschreibung",
  "invoiceDoc.column.quantity": "Menge",
  "invoiceDoc.column.unitPrice": "Einzelpreis",
  "invoiceDoc.column.tax": "Steuer",
  "invoiceDoc.column.net": "Netto",
  "invoiceDoc.subtotal": "Zwischensumme",
  "invoiceDoc.taxGroup": "Steuer zu {rate} auf {net}",
  "invoiceDoc.total": "Gesamtbetrag",
  "invoiceDoc.creditNote": "Gutschrift {number} vom {date}: {reason}",
  "invoiceDoc.payment":
    "Zahlung vom {date}{reference, select, none {} other { ({reference})}}, bestätigt",
  "invoiceDoc.outstanding": "Noch offen",
  "invoiceDoc.lateInterest":
    "Nach dem Fälligkeitsdatum fallen gesetzliche Verzugszinsen (Referenzzinssatz zuzüglich 8 Prozentpunkten) und eine Pauschale für Beitreibungskosten an.",
  "invoiceDoc.note": "Hinweis",
  "invoiceDoc.footer": "Über Accord ausgestellt am {date}. Beträge in {currency}.",
  "mail.reminder.subject":
    "{timing, select, before {Rechnung {number} ist in {days, plural, one {# Tag} other {# Tagen}} fällig} due_today {Rechnung {number} ist heute fällig} other {Rechnung {number} ist seit {days, plural, one {# Tag} other {# Tagen}} überfällig}}",
  "mail.reminder.body":
    "Hallo {name},\n\n{provider} erinnert {org} daran, dass die Rechnung {number} für „{engagement}“ {timing, select, before {am {dueDate} fällig wird} due_today {heute, am {dueDate}, fällig wird} other {am {dueDate} fällig war}}. Noch offen: {outstanding} von {total}.\n\n{hasRecordedPaid, select, yes {Sie haben {recordedPaid} als bezahlt erfasst: Der Betrag wartet auf die Bestätigung durch {provider} und ist im offenen Betrag nicht enthalten.\n\n} other {}}{hasRecordedReceived, select, yes {{provider} hat {recordedReceived} als erhalten erfasst: Der Betrag wartet auf Ihre Bestätigung und ist im offenen Betrag nicht enthalten.\n\n} other {}}{lateInterest, select, yes {Die Vereinbarung sieht gesetzliche Verzugszinsen und eine Pauschale für Beitreibungskosten vor, sobald das Fälligkeitsdatum verstrichen ist.\n\n} other {}}Wenn Sie bereits bezahlt haben, erfassen Sie die Zahlung, damit {provider} sie bestätigen kann: {link}\n\nAccord",
  "messages.thread_unknown":
    "Dieser Thread bezieht sich auf keinen Liefergegenstand und keine Änderungsanfrage dieses Auftrags.",
  "messages.message_unknown": "Diese Nachricht gehört nicht zu diesem Thread.",
  "webhooks.url_invalid":
    "Geben Sie eine vollständige Adresse ein, etwa https://example.com/hooks/accord, ohne Benutzername oder Passwort.",
  "webhooks.url_https_required":
    "Verwenden Sie eine https://-Adresse: Webhooks enthalten Auftragsdaten und werden nur verschlüsselt gesendet.",
  "webhooks.url_private_host":
    "Diese Adresse verweist in ein privates Netzwerk. Verwenden Sie eine öffentliche https://-Adresse.",
  "webhooks.url_unresolvable":
    "Dieser Hostname lässt sich keiner Adresse zuordnen. Prüfen Sie die Schreibweise oder verwenden Sie einen öffentlichen Namen.",
  "mail.notification.deliverable.submitted":
    "{actor} hat „{deliverable}“ (Runde {round}) in „{engagement}“ eingereicht",
  "mail.notification.deliverable.review_due_soon":
    "Die Prüffrist für „{deliverable}“ (Runde {round}) in „{engagement}“ endet in weniger als einem Tag: Ohne Bewertung gilt die Runde wie vereinbart als abgenommen",
  "mail.notification.deliverable.evaluated":
    "{actor} hat „{deliverable}“ in „{engagement}“ bewertet: {outcome, select, accepted {abgenommen} other {Korrekturen angefordert}}",
  "mail.notification.deliverable.deemed_accepted":
    "„{deliverable}“ in „{engagement}“ gilt als abgenommen: Die Prüffrist ist ohne Bewertung der Lieferung verstrichen",
  "mail.notification.milestone.accepted":
    "Der Meilenstein „{milestone}“ von „{engagement}“ ist abgenommen",
  "mail.notification.change_request.proposed":
    "{actor} hat in „{engagement}“ die Änderungsanfrage Nr. {number} vorgeschlagen: {title}",
  "mail.notification.change_request.priced":
    "{actor} hat in „{engagement}“ die Änderungsanfrage Nr. {number} bepreist: {title}",
  "mail.notification.change_request.declined":
    "{actor} hat in „{engagement}“ die Änderungsanfrage Nr. {number} abgelehnt: {title}",
  "mail.notification.change_request.withdrawn":
    "{actor} hat in „{engagement}“ die Änderungsanfrage Nr. {number} zurückgezogen: {title}",
  "mail.notification.change_request.approved":
    "{actor} hat in „{engagement}“ die Änderungsanfrage Nr. {number} genehmigt: {title}",
  "mail.notification.change_request.applied":
    "Die Änderungsanfrage Nr. {number} ist jetzt Teil der Vereinbarung von „{engagement}“: {title}",
  "mail.notification.message.posted": "{actor} hat in „{engagement}“ geschrieben",
  "mail.notification.invoice.issued":
    "{actor} hat in „{engagement}“ die Rechnung {number} über {amount} ausgestellt",
  "mail.notification.invoice.voided":
    "{actor} hat in „{engagement}“ die Rechnung {number} storniert",
  "mail.notification.payment.recorded":
    "{actor} hat in „{engagement}“ eine Zahlung über {amount} zur Rechnung {number} erfasst: Bitte bestätigen Sie, ob sie eingegangen ist",
  "mail.notification.payment.confirmed":
    "{actor} hat in „{engagement}“ die Zahlung über {amount} zur Rechnung {number} bestätigt",
  "mail.notification.payment.rejected":
    "{actor} gibt an, dass die Zahlung über {amount} zur Rechnung {number} in „{engagement}“ nicht eingegangen ist",
  "mail.notification.credit_note.issued":
    "{actor} hat in „{engagement}“ die Gutschrift {number} über {amount} zur Rechnung {invoiceNumber} ausgestellt",
  "mail.notification.refund.recorded":
    "{actor} hat in „{engagement}“ eine Rückerstattung über {amount} erfasst: Bitte bestätigen Sie, ob sie eingegangen ist",
  "mail.notification.refund.confirmed":
    "{actor} hat in „{engagement}“ bestätigt, dass die Rückerstattung über {amount} eingegangen ist",
  "mail.notification.refund.rejected":
    "{actor} gibt an, dass die Rückerstattung über {amount} in „{engagement}“ nicht eingegangen ist",
  "mail.notification.someone": "Jemand",
  "mail.notification.body":
    "Hallo {name},\n\n{summary}.\n\n{hasExcerpt, select, yes {„{excerpt}“\n\n} other {}}Zum Auftrag: {link}\n\nSie erhalten diese E-Mail als Mitglied von {org}. In Ihren Einstellungen legen Sie fest, welche E-Mails Sie erhalten: {settingsLink}\n\nAccord",
  "mail.notification.moderation.case_opened":
    "Gegen {role, select, accused {Ihre Organisation {accused}} other {{accused}}} wurde in „{engagement}“ ein Moderationsfall eröffnet: Sie können bis {due} antworten",
  "mail.notification.moderation.case_decided":
    "Die Moderation hat über den Fall gegen {role, select, accused {Ihre Organisation {accused}} other {{accused}}} in „{engagement}“ entschieden: {decision, select, no_action {keine Maßnahme} warning {eine Verwarnung} suspension {eine Sperre von {days, plural, one {# Tag} other {# Tagen}}} other {der Ausschluss}}",
  "mail.notification.moderation.appeal_decided":
    "Über den Einspruch im Fall gegen {role, select, accused {Ihre Organisation {accused}} other {{accused}}} in „{engagement}“ wurde entschieden: {outcome, select, upheld {die Entscheidung bleibt bestehen} other {die Entscheidung ist aufgehoben}}",
  "mail.notification.case_body":
    "Hallo {name},\n\n{summary}.\n\n{step, select, opened {Die Moderation liest die Antwort Ihrer Organisation, bevor sie entscheidet, und entscheidet, sobald die Antwort vorliegt oder die Frist abgelaufen ist. Bis dahin wird Ihnen nichts entzogen.} other {Die angegebene Begründung: „{reason}“\n\n{step, select, decided {Jede Partei kann einmal Einspruch einlegen; über den Einspruch entscheidet eine andere Moderatorin oder ein anderer Moderator.} other {{outcome, select, upheld {Der Fall ist abgeschlossen.} other {Der Fall ist abgeschlossen und seine Sanktion aufgehoben.}}}}}}\n\nZum Fall{step, select, opened { und zur Antwort} other {}}: {link}\n\nSie erhalten diese E-Mail als Mitglied von {org}. In Ihren Einstellungen legen Sie fest, welche E-Mails Sie erhalten: {settingsLink}\n\nAccord",
  "mail.notification.ledger_head":
    "Kopf des Verlaufs: {hash}. Um später zu prüfen, dass nichts, was Ihnen gezeigt wurde, umgeschrieben wurde: accord verify --file export.json --head {hash}",
  "mail.notification.gathered_subject":
    "{count, plural, one {# Neuigkeit} other {# Neuigkeiten}} in „{engagement}“",
  "mail.notification.gathered_body":
    "Hallo {name},\n\nDas ist in „{engagement}“ geschehen:\n\n{items}\n\nZum Auftrag: {link}\n\nSie erhalten diese E-Mail als Mitglied von {org}. In Ihren Einstellungen legen Sie fest, welche E-Mails Sie erhalten: {settingsLink}\n\nAccord",
  "mail.notification.gathered_item":
    "- {summary}{hasExcerpt, select, yes {\n  „{excerpt}“} other {}}",
  // disputes
  "mail.notification.dispute.opened":
    "{actor} hat in „{engagement}“ den Streitfall Nr. {number} eröffnet: bitte antworten Sie",
  "mail.notification.dispute.responded":
    "{actor} hat auf den Streitfall Nr. {number} in „{engagement}“ geantwortet",
  "mail.notification.dispute.offer_made":
    "{actor} hat im Streitfall Nr. {number} in „{engagement}“ eine Wiedergutmachung angeboten",
  "mail.notification.dispute.offer_declined":
    "{actor} hat das Angebot im Streitfall Nr. {number} in „{engagement}“ abgelehnt",
  "mail.notification.dispute.settled":
    "Der Streitfall Nr. {number} in „{engagement}“ ist beigelegt",
  "mail.notification.dispute.escalated":
    "Der Streitfall Nr. {number} in „{engagement}“ geht in die nächste Stufe",
  "mail.notification.exit.notice_given": "{actor} hat „{engagement}“ gekündigt: es endet am {date}",
  "mail.notification.exit.protected_started":
    "„{engagement}“ geht in einen geschützten Ausstieg: es endet am {date}",
  "mail.notification.exit.hand_over_item_done":
    "{actor} hat einen Übergabepunkt in „{engagement}“ erledigt: {duty}",
  "error.exit_feedback_given": "Ihre Seite hat ihr Abschlussfeedback bereits gegeben.",
  "mail.notification.exit.ended_amicably":
    "„{engagement}“ endete einvernehmlich: die Schlussabrechnung ist bezahlt und die Übergabe abgeschlossen",
  // growth
  "mail.notification.goal.correction_proposed":
    "{actor} schlägt vor, einen gemessenen Wert in „{engagement}“ von {from} auf {to} zu korrigieren: bitte bestätigen oder bestreiten",
  "mail.notification.goal.correction_answered":
    "{actor} {outcome, select, confirmed {hat die Korrektur eines Messwerts in „{engagement}“ bestätigt: Der korrigierte Wert zählt} other {hat die Korrektur eines Messwerts in „{engagement}“ bestritten: Der erfasste Wert bleibt; besprechen Sie es im Gespräch}}",
  "mail.notification.relationship_review.opened":
    "In „{engagement}“ ist es still geworden: beide Seiten sind zu einem kurzen Rückblick auf die Zusammenarbeit eingeladen",
  "mail.notification.relationship_review.revealed":
    "Beide Seiten haben den Rückblick auf „{engagement}“ beantwortet: die Antworten sind jetzt für beide sichtbar",
  "mail.notification.check_in.opened":
    "Eine Stimmungsabfrage zu „{engagement}“ ist bis {closes} offen: Sagen Sie vertraulich, wie die Arbeit läuft (die andere Seite sieht Ihre Antwort nie)",
  "mail.notification.check_in.reminded":
    "Ihre Seite hat die Stimmungsabfrage zu „{engagement}“ noch nicht beantwortet: Sie schließt am {closes}",
  "mail.notification.next_phase.offered":
    "{actor} bietet die nächste Phase von „{engagement}“ an: {title}",
  "mail.notification.next_phase.answered":
    "{actor} hat das Angebot für die nächste Phase „{title}“ in „{engagement}“ {outcome, select, accepted {angenommen} declined {abgelehnt} other {mit einer Änderungsbitte beantwortet}}",
  "mail.notification.recognition.given":
    "{actor} hat Ihre Arbeit in „{engagement}“ gewürdigt ({kind, select, kudos {Anerkennung} introduction {eine Empfehlung} testimonial {ein Referenzschreiben} other {eine Fallstudie}})",
  "goal.trajectory.sentence": "{title}: {baseline} → {latest}, Ziel {target}",
  "goal.trajectory.notMeasured": "{title}: ab {baseline}, Ziel {target}, noch nichts gemessen",
  "error.brief_measure_unknown": "Das Briefing hat kein Erfolgskriterium mit dieser Nummer.",
  "error.goal_exists_for_measure": "Dieses Erfolgskriterium ist bereits ein Ziel des Auftrags.",
  "error.goal_title_taken": "Der Auftrag hat bereits ein Ziel „{title}“: Messen Sie dieses.",
  "error.goal_value_repeated":
    "„{goal}“ hat bereits den am {measuredOn} gemessenen Wert {value, number}: Er wird nur einmal erfasst. Ist er falsch, schlagen Sie eine Korrektur vor.",
  "error.measured_on_in_future":
    "Ein Wert kann nur für einen Tag erfasst werden, der schon gekommen ist.",
  "growth.measurement.measured_on_before_goal":
    "Ein Wert wird ab dem Tag gemessen, an dem sein Ziel gesetzt wurde, dem {limit}: Der {measuredOn} liegt davor.",
  "error.correction_pending": "Eine Korrektur dieses Werts wartet bereits auf Antwort.",
  "error.correction_wrong_state":
    "Diese Korrektur {status, select, confirmed {wurde bereits bestätigt} disputed {wurde bereits bestritten} other {wartet auf die Antwort der anderen Seite}}: Sie kann daher nicht {action, select, confirmed {bestätigt} other {bestritten}} werden.",
  "error.correction_same_side": "Auf eine Korrektur Ihrer Seite antwortet die andere Seite.",
  "growth.stagnation.reason.no_initiative":
    "Seit {days} Tagen nichts Neues: kein neues Ziel, kein Nachtrag, kein abgenommener Meilenstein, keine Änderungsanfrage und kein Angebot (die Grenze liegt bei {thresholdDays} Tagen)",
  "growth.stagnation.reason.goals_flat":
    "{goalCount, plural, =0 {Kein Ziel ist in {windowDays} Tagen um 5 % des Wegs zu seinem Zielwert vorangekommen} one {Das Ziel ist in {windowDays} Tagen um weniger als 5 % des Wegs zu seinem Zielwert vorangekommen} other {Kein Ziel ist in {windowDays} Tagen um 5 % des Wegs zu seinem Zielwert vorangekommen}} (bestenfalls: {bestGainPercent, number} %)",
  "growth.stagnation.reason.ratings_not_rising":
    "{checkIns, plural, =0 {Noch keine Stimmungsabfrage ist abgeschlossen: Es gibt keine Bewertungen zu vergleichen} other {Die Bewertungen beider Seiten sind in den letzten # Stimmungsabfragen gleich geblieben oder gesunken}}",
  "growth.stagnation.reason.only_recurring_invoices":
    "{invoiceCount, plural, =0 {Keine Rechnung in {windowDays} Tagen} other {Nur wiederkehrende Rechnungen in {windowDays} Tagen (#): abgerechnet wird immer dasselbe, nichts Neues}}",
  "growth.stagnation.next.set_new_goal":
    "Vereinbaren Sie gemeinsam ein neues Ziel oder einen nächsten Schritt",
  "growth.stagnation.next.discuss_goals":
    "Sehen Sie sich die Ziele gemeinsam an: was hält sie auf, und stimmt das Ziel noch?",
  "growth.stagnation.next.talk_in_review":
    "Sagen Sie im Rückblick, wovon jede Seite mehr oder weniger möchte",
  "growth.stagnation.next.offer_next_phase":
    "Der Dienstleister kann eine nächste Phase mit messbaren Zielen anbieten",
  "error.review_already_answered": "Ihre Seite hat diesen Rückblick bereits beantwortet.",
  // web
  "error.unsubscribe_link_invalid":
    "Dieser Abmeldelink ist ungültig: Er wurde verändert oder stammt nicht von dieser Accord-Instanz. In Ihren Einstellungen legen Sie fest, welche E-Mails Sie erhalten.",
  "error.password_reset_invalid":
    "Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie einen neuen an.",
  "mail.password_reset.subject": "Neues Passwort für Accord festlegen",
  "mail.password_reset.body":
    "Hallo {name},\n\njemand, hoffentlich Sie, möchte ein neues Passwort für Ihr Accord-Konto festlegen. Wählen Sie es hier: {link}\n\nDer Link gilt einmal und {minutes} Minuten lang. Wenn Sie nichts angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.\n\nAccord",
  "mail.password_changed.subject": "Ihr Accord-Passwort wurde geändert",
  "mail.password_changed.body":
    "Hallo {name},\n\ndas Passwort Ihres Accord-Kontos wurde soeben geändert, und alle Sitzungen wurden abgemeldet. Falls Sie das nicht waren, fordern Sie sofort über die Anmeldeseite ein neues Passwort an und informieren Sie den Inhaber Ihrer Organisation.\n\nAccord",
  // growth-web
  "error.offer_not_sendable":
    "Das Angebot kann noch nicht gesendet werden: {count, plural, one {# Punkt blockiert es} other {# Punkte blockieren es}}.",
  "error.offer_wrong_state":
    "Dieses Angebot für die nächste Phase {status, select, accepted {wurde bereits angenommen} declined {wurde abgelehnt} change_requested {wurde zur Änderung zurückgegeben und wartet auf ein neues} superseded {wurde durch ein neueres ersetzt} other {wartet auf die Antwort des Kunden}}: Es kann daher nicht {action, select, accepted {angenommen} declined {abgelehnt} other {zur Änderung zurückgegeben}} werden.",
  "error.offer_justification_unknown":
    "Ein Angebot kann nur auf Ziele und Rückblicke dieses Auftrags verweisen.",
  "error.offer_currency_differs":
    "Die nächste Phase ist in {offer} bepreist, die Vereinbarung in {agreement}: bitte in {agreement} bepreisen.",
  "error.offer_repeated":
    "Das Angebot „{title}“ wurde bereits gesendet und wartet auf die Antwort des Kunden.",
  "error.recognition_wrong_state":
    "Diese Anerkennung {status, select, awaiting_text_approval {wartet auf die Freigabe ihres Textes} awaiting_consent {wartet auf die Zustimmung der anerkannten Seite} published {wurde bereits veröffentlicht} other {wurde abgelehnt oder zurückgenommen}}: {action, select, approve {Sie kann daher nicht freigegeben werden} decline {Sie kann daher nicht abgelehnt werden} other {Die Zustimmung zu ihr kann daher nicht zurückgezogen werden}}.",
  "error.recognition_wrong_side": "Diesen Schritt beantwortet die andere Seite.",
  "error.recognition_subject_unknown":
    "Eine Anerkennung kann nur Liefergegenstände und Ziele dieses Auftrags nennen.",
  "error.recognition_already_given":
    "Ihre Seite hat diese Anerkennung bereits gegeben{hasSubject, select, yes { für „{subject}“} other {}}: Sie wartet auf eine Antwort oder wird bereits gezeigt.",
  "mail.notification.recognition.requested":
    "{actor} bittet Sie, {kind, select, testimonial {ein Referenzschreiben} other {eine Fallstudie}} über Ihre Zusammenarbeit in „{engagement}“ freizugeben",
  "mail.notification.recognition.answered":
    "{actor} {step, select, text_approved {hat den Text genehmigt für} text_declined {hat den Text abgelehnt für} consent_granted {hat der Veröffentlichung zugestimmt für} consent_declined {hat die Veröffentlichung abgelehnt für} other {hat die Zustimmung zurückgezogen für}} {kind, select, kudos {eine Anerkennung} introduction {eine Empfehlung} testimonial {ein Referenzschreiben} other {eine Fallstudie}} in „{engagement}“",
  // trust
  "screening.explanation.retaliation":
    "Vergeltung: {threats}{conditions, select, none {} other {, unter der Bedingung {conditions}}}; Bezug zu einer Bewertung: {links, select, none {der Text selbst} other {{links}}}.",
  "screening.explanation.legal_threat":
    "Rechtliche Drohung: {threats}{conditions, select, none {} other {, unter der Bedingung {conditions}}}; kein Bezug zu einer Bewertung.",
  "screening.explanation.none": "Keine Drohung erkannt.",
  // fin-disputes
  "error.review_hide_conflict_of_interest":
    "Wer als Moderatorin oder Moderator der bewertenden oder der bewerteten Organisation angehört, kann diese Bewertung nicht ausblenden: Darüber entscheidet ein anderer Moderator.",
  "error.mediation_conflict_of_interest":
    "Wer als Moderator einer der beiden Organisationen angehört, kann in diesem Streitfall nicht vermitteln.",
  "error.mediation_window_passed":
    "Die Frist für die Empfehlung ist abgelaufen: Der Streitfall geht zur nächsten Stufe.",
  "mail.notification.dispute.recommended":
    "Die Moderation hat im Streitfall Nr. {number} in „{engagement}“ eine (nicht bindende) Empfehlung abgegeben: Bitte lesen Sie sie",
  "mail.notification.dispute.recommendation_accepted":
    "{actor} hat die Empfehlung der Moderation im Streitfall Nr. {number} in „{engagement}“ angenommen",
  // h-audit
  "moderation.case.review_blind":
    "Eine automatische Prüfung betrifft eine Bewertung, die für Sie noch verborgen ist: Text und Passagen erscheinen, sobald die Runde veröffentlicht ist.",
  "error.counterpart_suspended":
    "{sanction, select, expulsion {Die andere Organisation wurde durch eine Moderationsentscheidung ausgeschlossen: Mit ihr kann kein neuer Auftrag beginnen.} suspension {Die andere Organisation ist durch eine Moderationsentscheidung bis zum {until} gesperrt: Bis dahin kann mit ihr kein neuer Auftrag beginnen.} other {Die andere Organisation ist durch eine Moderationsentscheidung gesperrt: Mit ihr kann vorerst kein neuer Auftrag beginnen.}}",
  // h-probe15: accord generate's refusals (the operator's language from LANG)
  "cli.generate.value_invalid":
    "{flag} erwartet eine ganze Zahl {hasMax, select, yes {von {min} bis {max}} other {von mindestens {min}}}, nicht „{value}“.",
  "cli.generate.value_missing":
    "{flag} braucht einen Wert: eine ganze Zahl von mindestens {min}, etwa {flag} {example}.",
  "cli.generate.database_not_empty":
    "Die Datenbank enthält bereits Personen: accord generate füllt nur eine leere Datenbank. Geben Sie in ACCORD_DATABASE_URL eine neue an.",
  // h-probe15: the CLI's words for a wrong environment (src/cli/operator-errors.ts)
  "cli.database_unreachable":
    "Accord kann die Datenbank {database} nicht öffnen: {reason}. Prüfen Sie ACCORD_DATABASE_URL und ob die Datenbank läuft und Accord zulässt.",
  "cli.database_url_unsupported":
    "ACCORD_DATABASE_URL ist {url}; damit kann Accord nichts anfangen: Geben Sie sqlite:PFAD (Standard: sqlite:./data/accord.db) oder postgres://BENUTZER:PASSWORT@HOST:PORT/DATENBANK an.",
  "cli.config_invalid": "Die Konfiguration in der Umgebung ist ungültig: {problems}.",
  "cli.usage.unknown_option":
    "{option} ist keine Option von {command}: `{command} --help` listet sie auf.",
  "cli.usage.unknown_command":
    "{command} hat keinen Befehl {name}: `{command} --help` listet sie auf.",
  "cli.usage.missing_argument":
    "{command} braucht das Argument {name}: `{command} --help` sagt, was es erwartet.",
  "cli.usage.option_value_missing":
    "{option} braucht einen Wert: `{command} --help` sagt, was es erwartet.",
  "cli.usage.excess_arguments":
    "{command} nimmt weniger Argumente: `{command} --help` sagt, welche.",
  // h-cli: what a command is given that it cannot use (src/cli/operator-errors.ts)
  "cli.file_unusable":
    "Accord kann {path} nicht {access, select, read {lesen} other {schreiben}}: {problem, select, missing {{access, select, read {die Datei gibt es nicht} other {ihr Verzeichnis gibt es nicht}}} directory {das ist ein Verzeichnis} not_directory {ein Teil des Pfads ist kein Verzeichnis} denied {Zugriff verweigert} exists {dort liegt bereits eine Datei} full {der Datenträger ist voll} read_only {das Dateisystem ist schreibgeschützt} other {{reason}}}.",
  "cli.port_unavailable":
    "Accord kann nicht auf {address} lauschen: {problem, select, in_use {ein anderer Prozess nutzt die Adresse bereits} denied {dieser Benutzer darf den Port nicht nutzen} other {{reason}}}. Beenden Sie diesen Prozess oder wählen Sie mit PORT einen anderen Port (oder mit HOST eine andere Adresse).",
  "cli.engagement_not_found":
    "In dieser Datenbank gibt es keinen Auftrag {id}: `accord verify` nennt die Kennung jedes Auftrags.",
  "cli.backup.exists":
    "{path} gibt es bereits: accord backup schreibt nur eine neue Datei und überschreibt nie eine vorhandene. Wählen Sie einen neuen Namen oder verschieben Sie zuerst die alte Datei.",
  "cli.backup.postgres":
    'Diese Datenbank ist PostgreSQL: Sichern Sie sie mit deren eigenen Werkzeugen, etwa pg_dump --format=custom --file=accord.dump "$ACCORD_DATABASE_URL" (docs/OPERATIONS.md).',
  "cli.verify.not_json":
    "{path} ist kein JSON oder wurde abgeschnitten: Es ist weder ein Verlaufsexport noch ein Auftragsarchiv von Accord.",
  "cli.verify.not_an_export":
    "{path} ist weder ein Verlaufsexport noch ein Auftragsarchiv von Accord: Das Feld {field} fehlt oder ist nicht so, wie Accord es schreibt.",
  "cli.verify.label.file": "{path} (Auftrag {id})",
  "cli.verify.label.engagement": "Auftrag {id}",
  "cli.verify.intact":
    "{label}: intakt ({count, plural, one {# Ereignis} other {# Ereignisse}}, Kopf {head}…)",
  "cli.verify.empty":
    "{label}: GEBROCHEN: keine Ereignisse (der Verlauf eines Auftrags beginnt mit seiner Anlage)",
  "cli.verify.foreign":
    "{label}: GEBROCHEN bei Ereignis Nr. {seq} ({id}): gehört zu Auftrag {engagementId}",
  "cli.verify.broken":
    "{label}: GEBROCHEN bei Ereignis Nr. {seq} ({id}): {reason, select, sequence_gap {Lücke in der Nummerierung} previous_hash_mismatch {vorheriger Hash stimmt nicht} other {Hash stimmt nicht}}",
  "cli.verify.head_witnessed": "{path}: Kopf {head}… ist Ereignis Nr. {seq} einer intakten Kette",
  "cli.verify.head_not_witnessed":
    "{path}: Kopf {head}… NICHT BEZEUGT: {reason, select, chain_broken {Kette gebrochen} other {Kopf nicht in der Kette}}",
  "cli.seed_demo.database_not_empty":
    "Die Datenbank enthält bereits Personen: Die Demo wird nur in eine leere Datenbank eingespielt. Geben Sie in ACCORD_DATABASE_URL eine neue an, um die Demo auszuprobieren.",
  "cli.rates.currency_invalid": "{value} ist kein Währungscode nach ISO 4217 wie EUR.",
  "cli.rates.day_invalid": "{value} ist kein Tag in der Form JJJJ-MM-TT.",
  "cli.rates.percent_invalid": "{value} ist kein Prozentsatz wie 2.15.",
  "cli.rates.amount_invalid":
    "{value} ist kein Betrag in {currency}: Schreiben Sie ihn in Haupteinheiten, etwa 40 oder 40.00.",
  "health.improve.pay_invoice":
    "{number} bezahlen, {days, plural, one {# Tag} other {# Tage}} überfällig: +{gain}",
  "health.improve.settle_change_request":
    "Änderungsanfrage Nr. {number} „{title}“ bepreisen und entscheiden: +{gain}",
  "health.improve.evaluate_submission":
    "„{deliverable}“ bewerten, wartet seit {days, plural, one {# Werktag} other {# Werktagen}}: +{gain}",
  "health.improve.deliver_milestone":
    "„{title}“ liefern, {days, plural, one {# Tag} other {# Tage}} verspätet: +{gain}",
  "health.improve.answer_thread": "das Gespräch beantworten, das auf Sie wartet: +{gain}",
  "health.warning.overdue_invoice":
    "Rechnung {number} ist {days, plural, one {# Tag} other {# Tage}} überfällig.",
  "health.warning.payment_terms":
    "Die Zahlungsfrist von {days} Tagen überschreitet {limit} Tage ohne ausdrückliche Vereinbarung.",
  "health.warning.unpriced_changes":
    "Unbepreiste Forderungen machen {percent} % des vereinbarten Umfangs aus ({count, plural, one {# Forderung} other {# Forderungen}}).",
  "health.warning.pay_cut_without_scope_cut":
    "Die Vergütung wurde gekürzt, während der Umfang gleich blieb.",
  "health.warning.evaluation_pending":
    "„{deliverable}“ wartet seit {businessDays, plural, one {# Werktag} other {# Werktagen}} auf die Bewertung der Lieferung.",
  "health.warning.evaluation_deemed":
    "„{deliverable}“ galt nach {businessDays, plural, one {# Werktag} other {# Werktagen}} ohne Bewertung der Lieferung als abgenommen (Abnahmefiktion).",
  "health.warning.provider_late":
    "In den letzten 60 Tagen: {milestonesOnTime} von {milestonesDue} Meilensteinen pünktlich, {repliesOnTime} von {replies} Antworten in der vereinbarten Zeit.",
  "health.warning.low_private_rating":
    "{count, plural, one {# private Bewertung} other {# private Bewertungen}} von 6 oder weniger in den letzten 90 Tagen, {fromSide, select, client {vom Auftraggeber} provider {vom Dienstleister} other {von beiden Seiten}}.",
  "health.warning.dispute_unanswered":
    "Ein Streitfall wartet seit {businessDays, plural, one {# Werktag} other {# Werktagen}} auf Antwort.",
  "health.next.pay_invoice": "Die Rechnung bezahlen oder sagen, was dem entgegensteht",
  "health.next.agree_payment_terms":
    "Per Nachtrag eine Zahlungsfrist von höchstens 60 Tagen vereinbaren",
  "health.next.price_changes": "Die zusätzliche Arbeit in einer Änderungsanfrage bepreisen",
  "health.next.restore_pay_or_cut_scope":
    "Die Vergütung wiederherstellen oder den Umfang im gleichen Verhältnis kürzen",
  "health.next.evaluate_submission": "Den Liefergegenstand anhand seiner Kriterien bewerten",
  "health.next.catch_up_delivery":
    "Die verspäteten Meilensteine liefern und wartende Nachrichten beantworten",
  "health.next.talk_it_through": "Mit der Gegenseite darüber sprechen",
  "health.next.answer_dispute": "Auf den Streitfall antworten",
  "health.next.evaluate_in_time": "Jede Runde künftig innerhalb ihrer Prüffrist bewerten",
  "health.next.take_part_in_mediation":
    "An der Mediation teilnehmen: die Empfehlung der Moderation lesen, dann annehmen oder weitergehen",
};
