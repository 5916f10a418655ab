import type { WebCatalogue } from "./en";

/** Weboberfläche auf Deutsch. Glossar: engagement = Auftrag, provider = Dienstleister. */
export const webDe: WebCatalogue = {
  "app.name": "Accord",
  "app.documentTitle": "{page} · Accord",
  "app.skipLink": "Zum Hauptinhalt springen",
  "app.loading": "Wird geladen…",
  "app.retry": "Erneut versuchen",
  "app.chart.date": "Datum",
  "app.error.network":
    "Accord ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  "app.error.generic": "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.",
  "app.notFound.title": "Seite nicht gefunden",
  "app.notFound.body":
    "Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben, oder der Link ist unvollständig.",
  "app.notFound.home": "Zu Ihren Aufträgen",
  "app.crash.title": "Diese Seite konnte nicht angezeigt werden",
  "app.crash.body": "Etwas Unerwartetes ist passiert. Neu laden hilft meistens.",
  "app.crash.reload": "Accord neu laden",

  "nav.label": "Hauptnavigation",
  "nav.engagements": "Aufträge",
  "nav.members": "Mitglieder",
  "nav.tokens": "API-Tokens",
  "nav.mailbox": "Postfach",
  "nav.settings": "Einstellungen",

  "locale.switcher.label": "Sprache",

  "account.menu.label": "Kontomenü:",
  "account.signedInAs": "Angemeldet als {email}",
  "account.logOut": "Abmelden",
  "account.logOutAll": "Überall abmelden",

  "field.email": "E-Mail-Adresse",
  "field.password": "Passwort",
  "field.name": "Ihr Name",
  "field.role": "Rolle",

  "auth.tagline": "Kunden und Dienstleister arbeiten zusammen – als faire Partner.",
  "auth.login.title": "Anmelden",
  "auth.login.submit": "Anmelden",
  "auth.login.noAccount": "Neu bei Accord? <link>Konto erstellen</link>",
  "auth.signup.title": "Konto erstellen",
  "auth.signup.submit": "Konto erstellen",
  "auth.signup.passwordHint": "Mindestens {count, plural, one {# Zeichen} other {# Zeichen}}.",
  "auth.signup.haveAccount": "Sie haben bereits ein Konto? <link>Anmelden</link>",

  "org.switcher.label": "Organisation",
  "org.switcher.option": "{name} ({kind})",
  "org.create.link": "Organisation erstellen",
  "org.create.short": "Neue Organisation",
  "org.create.title": "Organisation erstellen",
  "org.create.intro":
    "Eine Organisation ist Ihr Unternehmen oder Team auf Accord. Ein Auftrag verbindet eine Kundenorganisation mit einer Dienstleisterorganisation.",
  "org.field.name": "Name der Organisation",
  "org.field.kind": "Auf welcher Seite steht diese Organisation?",
  "org.create.kind.client.hint": "Sie vergibt Aufträge an Dienstleister.",
  "org.create.kind.provider.hint": "Sie erbringt Leistungen für Kunden.",
  "org.create.submit": "Organisation erstellen",
  "org.none.title": "Sie gehören noch keiner Organisation an",
  "org.none.body":
    "Erstellen Sie eine für Ihr Unternehmen, oder lassen Sie sich von einer Kollegin oder einem Kollegen einladen.",

  "members.title": "Mitglieder von {org}",
  "members.subtitle": "{kind} · Ihre Rolle: {role}",
  "members.readOnly":
    "Nur Inhaber können Personen einladen, Rollen ändern oder Mitglieder entfernen.",
  "members.list.title": "Mitglieder",
  "members.table.caption": "Mitglieder der Organisation",
  "members.column.name": "Name",
  "members.column.email": "E-Mail-Adresse",
  "members.column.role": "Rolle",
  "members.column.joined": "Mitglied seit",
  "members.column.actions": "Aktionen",
  "members.you": "(Sie)",
  "members.role.label": "Rolle von {name}",
  "members.remove": "Entfernen",
  "members.remove.label": "{name} entfernen",
  "members.remove.confirm": "Bestätigen: {name} entfernen",
  "common.cancel": "Abbrechen",

  "invitations.title": "Einladungen",
  "invitations.table.caption": "Von der Organisation versandte Einladungen",
  "invitations.invite.title": "Jemanden einladen",
  "invitations.field.email": "E-Mail-Adresse der Person",
  "invitations.invite.submit": "Einladung senden",
  "invitations.invite.sent": "Einladung an {email} gesendet.",
  "invitations.empty": "Noch keine Einladungen.",
  "invitations.column.email": "E-Mail-Adresse",
  "invitations.column.role": "Rolle",
  "invitations.column.status": "Status",
  "invitations.column.expires": "Gültig bis",
  "invitations.column.actions": "Aktionen",
  "invitations.revoke": "Widerrufen",
  "invitations.revoke.label": "Einladung für {email} widerrufen",

  "invitation.title": "Einladung",
  "invitation.signedOut.body":
    "Melden Sie sich an oder erstellen Sie ein Konto, um diese Einladung zu sehen und zu beantworten. Danach kommen Sie hierher zurück.",
  "invitation.signedOut.login": "Anmelden",
  "invitation.signedOut.signup": "Konto erstellen",
  "invitation.membership.summary": "{inviter} lädt Sie ein, {org} beizutreten. Ihre Rolle: {role}.",
  "invitation.engagement.summary":
    "{inviter} von {org} ({kind}) lädt Ihre Organisation zu einem Auftrag ein.",
  "invitation.sentTo": "Gesendet an {email} · gültig bis {date}",
  "invitation.engagement.orgLabel": "Annehmen im Namen von",
  "invitation.engagement.needOrg":
    "Um teilzunehmen, brauchen Sie eine {kind, select, client {Kundenorganisation} other {Dienstleisterorganisation}}, in der Sie Inhaber oder Mitglied sind.",
  "invitation.engagement.createOrg":
    "Ihre {kind, select, client {Kundenorganisation} other {Dienstleisterorganisation}} erstellen",
  "invitation.accept": "Annehmen",
  "invitation.decline": "Ablehnen",
  "invitation.closed": "Diese Einladung kann nicht mehr beantwortet werden: {status}.",
  "invitation.status.pending": "Ausstehend",
  "invitation.status.accepted": "Angenommen",
  "invitation.status.declined": "Abgelehnt",
  "invitation.status.revoked": "Widerrufen",
  "invitation.status.expired": "Abgelaufen",

  "engagements.title": "Aufträge",
  "engagements.table.caption": "Aufträge der Organisation",
  "engagements.filter.status": "Anzeigen",
  "engagements.filter.all": "Alle Status",
  "engagements.empty": "Noch keine Aufträge.",
  "engagements.column.title": "Titel",
  "engagements.column.counterpart": "Gegenseite",
  "engagements.column.status": "Status",
  "engagements.loadMore": "Mehr anzeigen",

  "engagement.status.pending": "Antwort ausstehend",
  "engagement.status.active": "Aktiv",
  "engagement.status.declined": "Abgelehnt",
  "engagement.status.withdrawn": "Zurückgezogen",
  "engagement.counterpart.awaiting": "Einladung versandt",
  "engagement.counterpart.none": "Niemand beigetreten",
  "engagement.start.title": "Auftrag beginnen",
  "engagement.start.intro":
    "{org} übernimmt die Seite {side, select, client {des Kunden} other {des Dienstleisters}}. Die Gegenseite erhält eine Einladung per E-Mail und nimmt sie für ihre Organisation an.",
  "engagement.start.viewerNotice": "Mit der Rolle „Betrachter“ können Sie keine Aufträge beginnen.",
  "engagement.field.title": "Titel",
  "engagement.field.description": "Beschreibung",
  "engagement.field.counterpartEmail": "E-Mail-Adresse der Gegenseite",
  "engagement.field.counterpartEmail.hint": "Die Person, die für ihre Organisation annimmt.",
  "engagement.start.submit": "Auftrag beginnen",
  "engagement.back": "Alle Aufträge",
  "engagement.description.none": "Keine Beschreibung.",
  "engagement.details.status": "Status",
  "engagement.details.started": "Begonnen am",
  "engagement.side.mine": "{name} (Sie)",
  "engagement.timeline.title": "Zeitleiste",
  "engagement.timeline.empty": "Noch ist nichts geschehen.",
  "engagement.timeline.earlier": "Frühere Ereignisse anzeigen",
  "engagement.event.proposed": "{actor} hat den Auftrag vorgeschlagen",
  "engagement.event.accepted": "{actor} hat den Auftrag angenommen",
  "engagement.event.declined": "{actor} hat den Auftrag abgelehnt",
  "engagement.event.withdrawn": "{actor} hat den Auftragsvorschlag zurückgezogen",
  "engagement.withdraw.button": "Auftragsvorschlag zurückziehen",
  "engagement.withdraw.confirmTitle": "Auftragsvorschlag „{title}“ zurückziehen?",
  "engagement.withdraw.confirmBody":
    "Der Einladungslink funktioniert dann nicht mehr, und der Auftrag wird als zurückgezogen geschlossen. Sie können ihn danach erneut vorschlagen, an dieselbe oder eine andere Adresse.",
  "engagement.event.someone": "Jemand",
  "engagement.event.number": "Eintrag {seq, number}",
  "engagement.event.fingerprint": "Fingerabdruck {hash}",
  "engagement.verify.title": "Verlauf",
  "engagement.verify.intro":
    "Jeder Eintrag ist mit dem vorherigen verkettet, sodass niemand den Verlauf unbemerkt ändern kann. Beide Seiten können ihn prüfen und eine Kopie aufbewahren.",
  "engagement.verify.button": "Verlauf prüfen",
  "engagement.verify.checking": "Wird geprüft…",
  "engagement.verify.intact":
    "Verlauf unversehrt: {count, plural, one {# Eintrag} other {# Einträge}} geprüft, nichts verändert.",
  "engagement.verify.broken": "Verlauf bei Eintrag {seq, number} verändert: {reason}.",
  "engagement.verify.reason.sequence_gap": "ein Eintrag fehlt",
  "engagement.verify.reason.previous_hash_mismatch":
    "die Verknüpfung mit dem vorherigen Eintrag stimmt nicht",
  "engagement.verify.reason.hash_mismatch": "sein Inhalt wurde verändert",
  "engagement.export": "Verlauf exportieren (JSON)",

  "tokens.title": "API-Tokens",
  "tokens.intro":
    "Mit Tokens können Skripte und Integrationen die Accord-API im Namen von {org} nutzen. Ein Token darf nie mehr als seine Berechtigungen – und nie mehr als Ihre Rolle.",
  "tokens.ownerOnly": "Nur Inhaber von {org} können API-Tokens verwalten.",
  "tokens.create.title": "Token erstellen",
  "tokens.field.name": "Name des Tokens",
  "tokens.field.scopes": "Was darf es?",
  "tokens.field.expiresInDays": "Läuft ab nach (Tagen)",
  "tokens.field.expiresInDays.hint": "Leer lassen für ein Token ohne Ablaufdatum.",
  "tokens.create.submit": "Token erstellen",
  "tokens.created.title": "Ihr neues Token „{name}“",
  "tokens.created.body":
    "Kopieren Sie es jetzt und bewahren Sie es sicher auf: Es wird nicht noch einmal angezeigt.",
  "tokens.created.label": "Neues API-Token",
  "tokens.created.done": "Ich habe es gespeichert",
  "tokens.copy": "Kopieren",
  "tokens.copied": "In die Zwischenablage kopiert.",
  "tokens.scope.engagements_read": "Aufträge lesen",
  "tokens.scope.engagements_write": "Aufträge beginnen und beantworten",
  "tokens.scope.orgs_read": "Organisation und Mitglieder lesen",
  "tokens.scope.orgs_write": "Organisation und Mitglieder verwalten",
  "tokens.list.title": "Aktive Tokens",
  "tokens.table.caption": "API-Tokens der Organisation",
  "tokens.empty": "Noch keine Tokens.",
  "tokens.column.name": "Name",
  "tokens.column.prefix": "Beginnt mit",
  "tokens.column.scopes": "Berechtigungen",
  "tokens.column.expires": "Gültig bis",
  "tokens.column.lastUsed": "Zuletzt verwendet",
  "tokens.column.actions": "Aktionen",
  "tokens.noExpiry": "Unbegrenzt",
  "tokens.neverUsed": "Noch nie",
  "tokens.revoke": "Widerrufen",
  "tokens.revoke.label": "{name} widerrufen",

  "mailbox.title": "Demo-Postfach",
  "mailbox.intro":
    "Die E-Mails, die Accord an {email} gesendet hätte. Dieser Server bewahrt sie hier auf, statt sie zu versenden.",
  "mailbox.refresh": "Auf neue E-Mails prüfen",
  "mailbox.empty": "Noch keine Nachrichten.",
  "mailbox.meta": "An {to} · {date}",
  "testClock.banner":
    "Testuhr: In dieser Sandbox ist es {now}, {days, plural, one {# Tag} other {# Tage}} und {hours, plural, one {# Stunde} other {# Stunden}} vor der echten Zeit. Fristen, Erinnerungen und stillschweigende Abnahmen richten sich nach dieser Uhr.",

  "settings.title": "Einstellungen",
  "settings.profile.title": "Profil",
  "settings.email.hint": "Mit Ihrer E-Mail-Adresse melden Sie sich auch an.",
  "settings.field.locale": "Bevorzugte Sprache",
  "settings.field.locale.hint": "Für diese Oberfläche und die E-Mails, die Accord Ihnen sendet.",
  "settings.submit": "Änderungen speichern",
  "settings.saved": "Ihre Änderungen sind gespeichert.",
  "settings.sessions.title": "Sitzungen",
  "settings.sessions.body":
    "Gerät verloren oder an einem fremden Computer angemeldet? Melden Sie sich auf allen Geräten gleichzeitig von Accord ab.",

  "nav.briefs": "Briefings",
  "nav.briefsForYou": "Briefings für Sie",
  "nav.profile": "Profil",
  "nav.proposals": "Angebote",
  "nav.taxonomy": "Taxonomie",

  "list.remove": "Entfernen",
  "list.remove.label": "{item} entfernen",
  "money.currency": "Währung",
  "money.field.hint": "In {currency}, zum Beispiel {example}",
  "money.invalid":
    "Geben Sie den Betrag in Ziffern ein, mit höchstens so vielen Nachkommastellen, wie die Währung hat.",
  "findings.severity.blocking": "Blockierend",
  "findings.severity.warning": "Warnung",
  "findings.severity.serious": "Schwerwiegend",
  "findings.reason": "Warum das wichtig ist: {reason}",
  "findings.stale":
    "Sie haben ungespeicherte Änderungen: Speichern Sie, um sie erneut prüfen zu lassen.",

  "skills.picker.selected":
    "{count, plural, =0 {Noch keine Kompetenz gewählt.} one {# Kompetenz gewählt.} other {# Kompetenzen gewählt.}}",
  "skills.picker.filter": "Kompetenz suchen",
  "skills.picker.filter.placeholder": "Teil eines Namens eingeben",
  "skills.none": "Keine Kompetenzen angegeben.",

  "taxonomy.title": "Taxonomie",
  "taxonomy.intro":
    "Die Leistungskategorien und Kompetenzen, mit denen sich Dienstleister beschreiben und die Briefings verlangen. Jeder Name steht in den fünf Sprachen von Accord.",
  "taxonomy.moderatorsOnly": "Nur Moderatoren dieser Accord-Instanz können die Taxonomie ändern.",
  "taxonomy.category.title": "Kategorien",
  "taxonomy.category.choose": "Zu bearbeitende Kategorie",
  "taxonomy.category.new": "Neue Kategorie",
  "taxonomy.category.save": "Kategorie speichern",
  "taxonomy.skill.title": "Kompetenzen",
  "taxonomy.skill.choose": "Zu bearbeitende Kompetenz",
  "taxonomy.skill.new": "Neue Kompetenz",
  "taxonomy.skill.save": "Kompetenz speichern",
  "taxonomy.field.id": "Kennung",
  "taxonomy.field.id.hint":
    "Kleinbuchstaben, Ziffern, Punkte und Bindestriche, etwa web.ecommerce. Sie lässt sich später nicht mehr ändern.",
  "taxonomy.field.name": "Name auf {language}",
  "taxonomy.field.position": "Position in Listen",
  "taxonomy.field.category": "Kategorie",
  "taxonomy.saved": "„{name}“ ist gespeichert.",
  "taxonomy.table.caption": "Alle Kategorien und Kompetenzen in allen Sprachen",

  "profile.title": "Dienstleisterprofil",
  "profile.intro": "So sehen Kunden {org}, wenn sie einen Dienstleister suchen.",
  "profile.providersOnly":
    "Nur Dienstleister-Organisationen haben ein Profil. Wechseln Sie zu einer Dienstleister-Organisation, um sie zu beschreiben.",
  "profile.preview": "Profil so ansehen, wie Kunden es sehen",
  "profile.form.title": "Beschreiben Sie Ihre Organisation",
  "profile.field.headline": "Kurzbeschreibung",
  "profile.field.headline.hint": "Eine Zeile darüber, was Sie am besten können.",
  "profile.field.description": "Beschreibung",
  "profile.field.skills": "Kompetenzen",
  "profile.field.languages": "Arbeitssprachen",
  "profile.field.timeZones": "Zeitzonen",
  "profile.field.timeZones.hint": "Von wo Ihr Team arbeitet, zum Beispiel Europe/Berlin.",
  "profile.field.timeZones.item": "Zeitzone {n}",
  "profile.field.timeZones.add": "Zeitzone hinzufügen",
  "profile.field.availableFrom": "Verfügbar ab",
  "profile.rates.legend": "Sätze",
  "profile.rates.item": "Satz {n}",
  "profile.rates.add": "Satz hinzufügen",
  "profile.rate.unit": "Pro",
  "profile.rate.unit.hour": "Stunde",
  "profile.rate.unit.day": "Tag",
  "profile.rate.unit.deliverable": "Liefergegenstand",
  "profile.rate.amount": "Betrag",
  "profile.rate.perHour": "{amount} pro Stunde",
  "profile.rate.perDay": "{amount} pro Tag",
  "profile.rate.perDeliverable": "{amount} pro Liefergegenstand",
  "profile.floor.legend": "Mindestsatz",
  "profile.floor.hint":
    "Der Satz, unter dem Sie nicht arbeiten. Die Prüfung fairer Bedingungen blockiert eine Vereinbarung darunter, sofern Sie nicht ausdrücklich darauf verzichten.",
  "profile.floor.enable": "Mindestsatz festlegen",
  "profile.floor.amount": "Mindestsatz",
  "profile.save": "Profil speichern",
  "profile.saved": "Ihr Profil ist gespeichert.",
  "profile.trackRecord.title": "Bisherige Leistungen",
  "profile.trackRecord.computed":
    "Von Accord aus den Aufträgen auf der Plattform berechnet: Niemand kann sie eintippen.",
  "profile.trackRecord.completed": "Abgeschlossene Aufträge",
  "profile.trackRecord.active": "Laufende Aufträge",
  "profile.trackRecord.rehire": "Wiederkehrende Kunden",
  "profile.trackRecord.rehire.none": "Neu: noch kein abgeschlossener Auftrag",
  "profile.trackRecord.tenure": "Auf Accord seit",
  "profile.trackRecord.tenure.days": "{days, plural, one {# Tag} other {# Tagen}}",
  "profile.view.empty": "Dieser Dienstleister hat sich noch nicht beschrieben.",
  "profile.view.none": "Nicht angegeben",
  "provider.back": "Zurück",

  "briefs.title": "Briefings",
  "briefs.intro":
    "Sagen Sie klar, was Sie suchen, was Sie wollen und was Sie aufbringen können. Accord prüft jedes Briefing, bevor Dienstleister es sehen.",
  "briefs.forYou.title": "Briefings für Sie",
  "briefs.forYou.intro":
    "Veröffentlichte Briefings, auf die Ihre Organisation antworten kann; jene, zu denen Sie eingeladen wurden, zuerst.",
  "briefs.new": "Briefing schreiben",
  "briefs.forYou.empty": "Noch kein veröffentlichtes Briefing für Ihre Organisation.",
  "briefs.loadMore": "Ältere Briefings anzeigen",
  "briefs.column.title": "Titel",
  "briefs.column.status": "Status",
  "briefs.column.client": "Kunde",
  "briefs.column.updated": "Aktualisiert",
  "briefs.invited": "Zum Angebot eingeladen",

  "brief.status.draft": "Entwurf",
  "brief.status.published": "Veröffentlicht",
  "brief.status.closed": "Geschlossen",
  "brief.status.awarded": "Geschlossen: Angebot angenommen",
  "brief.awarded.keptOpen": "Angebot angenommen; weiterhin offen für weitere Dienstleister",
  "brief.new.title": "Briefing schreiben",
  "brief.new.intro":
    "Ein Briefing für {org}. Speichern Sie es, um die Klarheitsprüfung auszuführen; veröffentlichen Sie es, sobald nichts mehr blockiert.",
  "brief.new.clientsOnly":
    "Nur Kunden-Organisationen schreiben Briefings. Wechseln Sie zu einer Kunden-Organisation, um eines zu schreiben.",
  "brief.back": "Alle Briefings",
  "brief.back.forYou": "Alle Briefings für Sie",
  "brief.untitled": "Briefing ohne Titel",
  "brief.content.title": "Das Briefing",
  "brief.field.title": "Titel",
  "brief.field.goals": "Ziele",
  "brief.field.goals.hint": "Was Sie erreichen wollen, ein Ziel pro Zeile.",
  "brief.field.goals.item": "Ziel {n}",
  "brief.field.goals.add": "Ziel hinzufügen",
  "brief.field.successMeasures": "Erfolgskennzahlen",
  "brief.field.successMeasures.hint":
    "Woran Sie erkennen, dass es funktioniert hat. Nennen Sie eine Zahl: einen Prozentsatz, eine Anzahl, eine Dauer.",
  "brief.field.successMeasures.item": "Erfolgskennzahl {n}",
  "brief.field.successMeasures.add": "Erfolgskennzahl hinzufügen",
  "brief.field.mustHaves": "Muss-Kriterien",
  "brief.field.mustHaves.hint":
    "Was jedes Angebot enthalten muss. Dienstleister geben an, welcher Liefergegenstand welches Kriterium abdeckt.",
  "brief.field.mustHaves.item": "Muss-Kriterium {n}",
  "brief.field.mustHaves.add": "Muss-Kriterium hinzufügen",
  "brief.field.niceToHaves": "Kann-Kriterien",
  "brief.field.niceToHaves.item": "Kann-Kriterium {n}",
  "brief.field.niceToHaves.add": "Kann-Kriterium hinzufügen",
  "brief.field.skills": "Benötigte Kompetenzen",
  "brief.field.skills.hint": "Dienstleister werden anhand dieser Kompetenzen zugeordnet.",
  "brief.field.budget": "Budgetrahmen",
  "brief.field.budget.hint": "Was Sie ausgeben können, vom Mindest- bis zum Höchstbetrag.",
  "brief.field.budget.min": "Mindestens",
  "brief.field.budget.max": "Höchstens",
  "brief.field.clientPeople": "Ihre Leute für die Arbeit",
  "brief.field.clientPeople.hint":
    "Wer auf Ihrer Seite mitwirkt und wie viele Stunden pro Woche jede Person einbringen kann.",
  "brief.field.clientPeople.item": "Person {n}",
  "brief.field.clientPeople.add": "Person hinzufügen",
  "brief.field.clientPeople.role": "Rolle",
  "brief.field.clientPeople.hours": "Stunden pro Woche",
  "brief.field.earliestStart": "Frühester Beginn",
  "brief.field.deadline": "Frist",
  "brief.field.businessModelScope": "Bezug zum Geschäftsmodell",
  "brief.field.businessModelScope.hint":
    "Welchem Teil Ihres Geschäfts die Arbeit dient: dem Markt, den Kunden, dem betroffenen Umsatz.",
  "brief.field.constraints": "Rahmenbedingungen",
  "brief.field.constraints.item": "Rahmenbedingung {n}",
  "brief.field.constraints.add": "Rahmenbedingung hinzufügen",
  "brief.field.preferredLanguages": "Bevorzugte Sprachen",
  "brief.field.preferredLanguages.hint": "Die erste, die Sie ankreuzen, gilt als erste Wahl.",
  "brief.save": "Entwurf speichern",
  "brief.save.first":
    "Speichern Sie den Entwurf einmal, um die Klarheitsprüfung auszuführen; danach können Sie ihn veröffentlichen.",
  "brief.saved": "Entwurf gespeichert. Die Klarheitsprüfung ist aktuell.",
  "brief.publish": "Für Dienstleister veröffentlichen",
  "brief.publish.hint":
    "Beim Veröffentlichen werden Ihre Änderungen zuerst gespeichert; Dienstleister mit den Kompetenzen können das Briefing dann lesen.",
  "brief.publish.blocked":
    "Die Veröffentlichung ist gesperrt, bis die Klarheitsprüfung nichts Blockierendes mehr findet.",
  "brief.clarity.title": "Klarheitsprüfung",
  "brief.clarity.intro":
    "Was Dienstleistern in diesem Briefing fehlen würde. Blockierende Befunde müssen vor der Veröffentlichung behoben werden.",
  "brief.clarity.clear": "Nichts fehlt: Das Briefing ist klar.",
  "brief.clarity.unsaved": "Speichern Sie den Entwurf, um die Klarheitsprüfung auszuführen.",
  "brief.budget.range": "{min} bis {max}",
  "brief.clientPeople.line": "{role}: {hours, plural, one {# Stunde} other {# Stunden}} pro Woche",
  "brief.view.notGiven": "Nicht angegeben",

  "match.title": "Dienstleister für dieses Briefing, nach Eignung gereiht",
  "match.weights.intro":
    "Dienstleister werden nach Eignung gereiht. Der Preis ist ein Faktor unter {count, number}, und nichts hier sortiert allein nach dem Preis. So stark zählt jeder Faktor:",
  "match.empty": "Noch hat kein Dienstleister die Kompetenzen dieses Briefings.",
  "match.rank": "Nr. {rank, number}",
  "match.score": "Gesamteignung",
  "match.factors.caption": "Wie {provider} abschneidet, Faktor für Faktor",
  "match.column.factor": "Faktor",
  "match.column.score": "Wert",
  "match.column.weight": "Gewicht",
  "match.column.contribution": "Anteil am Gesamtwert",
  "match.column.why": "Warum",
  "match.factor.capability": "Fähigkeiten",
  "match.factor.trackRecord": "Bisherige Leistungen",
  "match.factor.health": "Beziehungsgesundheit",
  "match.factor.language": "Sprache",
  "match.factor.availability": "Verfügbarkeit",
  "match.factor.price": "Preis",
  "match.missingSkills": "Fehlende Kompetenzen: {skills}",
  "match.shortlist": "Vormerken",
  "match.shortlisted": "Vorgemerkt",
  "match.invite": "Zum Angebot einladen",
  "match.invited": "Zum Angebot eingeladen",

  "proposals.title": "Angebote",
  "proposals.received": "Eingegangene Angebote",
  "proposals.yours": "Ihre Angebote",
  "proposals.empty": "Noch keine Angebote.",
  "proposals.none": "Ihre Organisation hat noch kein Angebot geschrieben.",
  "proposals.loadMore": "Ältere Angebote anzeigen",
  "proposals.column.brief": "Briefing",
  "proposals.column.provider": "Dienstleister",
  "proposals.column.status": "Status",
  "proposals.column.updated": "Aktualisiert",

  "proposal.status.draft": "Entwurf",
  "proposal.status.submitted": "Gesendet",
  "proposal.status.revision_requested": "Überarbeitung erbeten",
  "proposal.status.accepted": "Angenommen",
  "proposal.status.declined": "Abgelehnt",
  "proposal.status.withdrawn": "Zurückgezogen",
  "proposal.status.not_selected": "Nicht ausgewählt",
  "proposal.write": "Angebot schreiben",
  "proposal.continue":
    "{status, select, draft {Ihren Angebotsentwurf fertigstellen} revision_requested {Ihr Angebot überarbeiten} other {Ihr gesendetes Angebot öffnen}}",
  "proposal.new.title": "Angebot schreiben",
  "proposal.new.intro":
    "Ihre Antwort auf „{brief}“ von {client}. Speichern Sie einen Entwurf, um die Machbarkeitsprüfung gegen das Briefing auszuführen.",
  "proposal.new.providersOnly":
    "Nur Dienstleister-Organisationen schreiben Angebote. Wechseln Sie zu Ihrer Dienstleister-Organisation.",
  "proposal.new.alreadyOpen":
    "Sie haben zu diesem Briefing bereits ein offenes Angebot, und ein Dienstleister antwortet mit jeweils nur einem Angebot. Arbeiten Sie daran weiter oder ziehen Sie es dort zurück, um neu zu beginnen.",
  "proposal.withdraw.button": "Dieses Angebot zurückziehen",
  "proposal.withdraw.confirmTitle": "Ihr Angebot zu „{brief}“ zurückziehen?",
  "proposal.withdraw.confirmBody":
    "Der Kunde kann es nicht mehr annehmen und sieht es als zurückgezogen. Das lässt sich nicht rückgängig machen; solange das Briefing offen ist, können Sie ein neues Angebot schreiben.",
  "proposal.back.brief": "Zurück zu „{title}“",
  "proposal.title": "Angebot für „{brief}“",
  "proposal.engagementLink": "Dieses Angebot wurde angenommen: Vereinbarung des Auftrags öffnen",
  "proposal.field.summary": "Zusammenfassung",
  "proposal.field.summary.hint": "Ihr Vorgehen in wenigen Sätzen.",
  "proposal.field.validUntil": "Gültig bis",
  "proposal.field.validUntil.hint":
    "Optional: der letzte Tag (UTC), an dem der Kunde dieses Angebot annehmen kann. Leer gelassen, gilt das Angebot bis zur Antwort des Kunden.",
  "proposal.view.validUntil": "Das Angebot gilt bis zum {date}.",
  "proposal.save": "Entwurf speichern",
  "proposal.save.first": "Speichern Sie den Entwurf einmal, um ihn zu prüfen und zu senden.",
  "proposal.saved": "Entwurf gespeichert. Die Machbarkeitsprüfung ist aktuell.",
  "proposal.submit": "An den Kunden senden",
  "proposal.resubmit": "Überarbeitetes Angebot senden",
  "proposal.submit.hint": "Beim Senden werden Ihre Änderungen zuerst gespeichert.",
  "proposal.submit.blocked":
    "Das Senden ist gesperrt, bis die Machbarkeitsprüfung nichts Blockierendes mehr findet.",
  "proposal.feasibility.title": "Machbarkeitsprüfung",
  "proposal.feasibility.intro":
    "Wie sich das Angebot zum Briefing verhält: Budget, Frist, Muss-Kriterien und messbare Abnahmekriterien.",
  "proposal.feasibility.clear": "Nichts zu beanstanden: Das Angebot passt zum Briefing.",
  "proposal.feasibility.unsaved":
    "Speichern Sie den Entwurf, um ihn mit dem Briefing zu vergleichen.",
  "proposal.view.meta": "Von {provider} · Fassung {revision, number}",
  "proposal.view.submittedAt": "gesendet am {date}",
  "proposal.revisionNote": "{client} hat um eine Überarbeitung gebeten:",
  "proposal.declineReason": "{client} hat das Angebot abgelehnt:",
  "proposal.answer.title": "Ihre Antwort",
  "proposal.accept": "Angebot annehmen",
  "proposal.accept.keepBriefOpen": "Briefing für weitere Dienstleister offen halten",
  "proposal.accept.closes.hint":
    "Mit der Annahme wird das Briefing geschlossen: Die anderen Dienstleister erfahren höflich, dass ihr Angebot nicht ausgewählt wurde.",
  "proposal.accept.keepBriefOpen.hint":
    "Das Briefing bleibt veröffentlicht: Sie können weitere Angebote annehmen, und niemand erhält eine Absage.",
  "proposal.requestRevision": "Um Überarbeitung bitten",
  "proposal.decline": "Ablehnen",
  "proposal.revisionNote.field": "Was soll sich ändern?",
  "proposal.declineReason.field": "Warum lehnen Sie ab?",
  "proposal.answer.shared": "Der Dienstleister liest diese Nachricht.",
  "proposal.requestRevision.send": "Bitte um Überarbeitung senden",
  "proposal.decline.send": "Angebot ablehnen",

  "terms.deliverables": "Liefergegenstände",
  "terms.deliverables.hint":
    "Was der Dienstleister übergibt. Jeder Liefergegenstand braucht messbare Abnahmekriterien.",
  "terms.deliverable.item": "Liefergegenstand {n}",
  "terms.deliverable.add": "Liefergegenstand hinzufügen",
  "terms.deliverable.title": "Titel",
  "terms.deliverable.description": "Beschreibung",
  "terms.deliverable.revisionLimit": "Enthaltene Korrekturschleifen",
  "terms.deliverable.revisionLimit.hint":
    "Leer lassen für unbegrenzte Korrekturen; die Prüfung fairer Bedingungen warnt dann.",
  "terms.deliverable.milestone": "Meilenstein",
  "terms.deliverable.milestone.none": "Kein Meilenstein",
  "terms.deliverable.covers": "Muss-Kriterien des Briefings, die er abdeckt",
  "terms.criteria": "Abnahmekriterien",
  "terms.criteria.hint": "Jedes sagt, was zutreffen muss und wie man es prüfen kann.",
  "terms.criterion.item": "Kriterium {n} von Liefergegenstand {deliverable}",
  "terms.criterion.add": "Abnahmekriterium hinzufügen",
  "terms.criterion.statement": "Was zutreffen muss",
  "terms.criterion.verification": "Wie es geprüft wird",
  "terms.criterion.verification.hint":
    "Ein Test, eine Messung oder ein Dokument, das jeder prüfen kann. Ohne das wird das Kriterium markiert.",
  "terms.milestones": "Meilensteine",
  "terms.milestone.item": "Meilenstein {n}",
  "terms.milestone.add": "Meilenstein hinzufügen",
  "terms.milestone.title": "Titel",
  "terms.milestone.dueDate": "Fälligkeitsdatum",
  "terms.milestone.amount": "Bei Abnahme fälliger Betrag",
  "terms.methodology": "Methodik",
  "terms.methodology.hint": "Wie die Arbeit organisiert ist und wie sie sich entwickeln kann.",
  "terms.cadence": "Rhythmus",
  "terms.cadence.every": "Stimmungsabfrage alle (Tage)",
  "terms.cadence.channels": "Kanäle",
  "terms.cadence.channel.item": "Kanal {n}",
  "terms.cadence.channel.add": "Kanal hinzufügen",
  "terms.clientResponsibilities": "Pflichten des Kunden",
  "terms.providerResponsibilities": "Pflichten des Dienstleisters",
  "terms.responsibility.item":
    "{side, select, client {Pflicht des Kunden} other {Pflicht des Dienstleisters}} {n}",
  "terms.responsibility.add":
    "{side, select, client {Pflicht des Kunden} other {Pflicht des Dienstleisters}} hinzufügen",
  "terms.responsibility.what": "Was",
  "terms.responsibility.dueDate": "Benötigt bis",
  "terms.remuneration": "Vergütung",
  "terms.remuneration.model": "Preismodell",
  "terms.remuneration.model.fixed": "Festpreis",
  "terms.remuneration.model.retainer": "Pauschale (Retainer)",
  "terms.remuneration.model.time_and_materials": "Nach Aufwand",
  "terms.remuneration.period": "Abrechnungszeitraum",
  "terms.remuneration.period.month": "Pro Monat",
  "terms.remuneration.period.quarter": "Pro Quartal",
  "terms.remuneration.rate": "{unit, select, day {Tagessatz} other {Stundensatz}}",
  "terms.remuneration.amount.fixed": "Gesamtpreis",
  "terms.remuneration.amount.retainer": "Betrag pro Zeitraum",
  "terms.remuneration.amount.cap": "Obergrenze (optional)",
  "terms.effort.enable": "Geschätzten Aufwand angeben",
  "terms.effort.quantity": "Geschätzter Aufwand",
  "terms.effort.unit": "Einheit",
  "terms.effort.hours": "Stunden",
  "terms.effort.days": "Tage",
  "terms.paymentTermsDays": "Zahlungsbedingungen (Tage)",
  "terms.paymentTermsDays.hint":
    "Tage, die der Kunde zum Bezahlen einer Rechnung hat. Über 60 Tagen warnt die Prüfung fairer Bedingungen.",
  "terms.view.none": "Keine",
  "terms.view.deliverable": "{n, number}. {title}",
  "terms.view.revisions":
    "{count, plural, =0 {Keine Korrekturschleife} one {# Korrekturschleife} other {# Korrekturschleifen}} enthalten",
  "terms.view.revisions.unlimited": "Unbegrenzte Korrekturen",
  "terms.view.milestone": "Meilenstein: {title}",
  "terms.view.verification": "Geprüft durch: {how}",
  "terms.view.verification.none": "Keine Prüfmethode angegeben",
  "terms.view.milestoneLine": "{title}: fällig am {date}, {amount}",
  "terms.view.cadence":
    "Stimmungsabfrage {days, plural, one {jeden Tag} other {alle # Tage}}{hasChannels, select, yes {, über {channels}} other {}}.",
  "terms.view.dueBy": "benötigt bis {date}",
  "terms.view.days": "{days, plural, one {# Tag} other {# Tage}}",
  "terms.view.paymentTerms": "Zahlungsbedingungen",

  "agreement.none": "Noch keine Vereinbarung. Sie beginnt, wenn der Kunde ein Angebot annimmt.",
  "agreement.status.draft": "Entwurf",
  "agreement.status.in_force": "In Kraft",
  "agreement.status.superseded": "Abgelöst",
  "agreement.inForce.since": "Version {version, number}, in Kraft seit {date}.",
  "agreement.notInForce":
    "Noch ist keine Version in Kraft: Beide Seiten müssen den Entwurf unterschreiben.",
  "agreement.draft.open":
    "Der Entwurf (Version {version, number}) ist zur Bearbeitung offen; {signed, plural, =0 {noch hat ihn niemand unterschrieben} one {eine Seite hat ihn unterschrieben} other {beide Seiten haben ihn unterschrieben}}.",
  "agreement.amendment.open":
    "Ein Nachtrag (Version {version, number}) ist offen; die geltende Version bleibt in Kraft, bis beide Seiten ihn unterschreiben. {signed, plural, =0 {Noch keine Unterschrift.} one {Eine Seite hat unterschrieben.} other {Beide Seiten haben unterschrieben.}}",
  "agreement.versions.choose": "Version",
  "agreement.version.option": "Version {version, number} ({status})",
  "agreement.version": "Version {version, number}",
  "agreement.print": "Druckansicht von Version {version, number}",
  "agreement.pdf": "PDF herunterladen",
  "agreement.amend": "Nachtrag vorschlagen",
  "agreement.fairTerms.title": "Prüfung fairer Bedingungen",
  "agreement.fairTerms.intro":
    "Klauseln, die die Partnerschaft unfair machen würden. Ein blockierender Befund verhindert die Unterschrift.",
  "agreement.fairTerms.clear": "Keine unfairen Bedingungen gefunden.",
  "agreement.saveDraft": "Entwurf speichern",
  "agreement.saved": "Entwurf gespeichert. Die Prüfung fairer Bedingungen ist aktuell.",
  "agreement.stale":
    "Die andere Seite hat den Entwurf geändert, nachdem Sie ihn geöffnet haben. Laden Sie ihn neu, um ihre Änderungen zu sehen, und nehmen Sie Ihre dann erneut vor.",
  "agreement.stale.reload": "Entwurf neu laden",
  "agreement.scope": "Leistungsumfang",
  "agreement.scope.hint": "Was der Auftrag umfasst und was nicht.",
  "agreement.responseTimes": "Antwortzeiten",
  "agreement.responseTimes.hint": "Stunden, innerhalb derer jede Seite der anderen antwortet.",
  "agreement.responseTimes.client": "Der Kunde antwortet innerhalb von (Stunden)",
  "agreement.responseTimes.provider": "Der Dienstleister antwortet innerhalb von (Stunden)",
  "agreement.lateInterest": "Gesetzliche Verzugszinsen und Beitreibungskosten anwenden",
  "agreement.changeControl": "Änderungssteuerung",
  "agreement.changeControl.amendment":
    "Jede Änderung des Leistungsumfangs braucht einen von beiden Seiten unterschriebenen Nachtrag",
  "agreement.changeControl.below": "Änderungen unter diesem Betrag brauchen nur eine Bestätigung",
  "agreement.review": "Prüfung von Einreichungen",
  "agreement.reviewWindowDays": "Prüffrist (Tage)",
  "agreement.reviewWindowDays.hint":
    "Tage, die der Kunde zur Bewertung einer Einreichung hat. Leer bedeutet, dass keine vereinbart wurde.",
  "agreement.deemedAcceptance":
    "Abnahmefiktion: Eine Einreichung gilt als abgenommen, wenn die Prüffrist ohne Antwort verstreicht",
  "agreement.noticePeriodDays": "Kündigungsfrist (Tage)",
  "agreement.noticePeriodDays.hint":
    "Tage, mit denen jede Seite die Beendigung des Auftrags ankündigt.",
  "agreement.handOver": "Übergabepflichten",
  "agreement.handOver.hint": "Was der Dienstleister übergibt, wenn der Auftrag endet.",
  "agreement.handOver.item": "Übergabepflicht {n}",
  "agreement.handOver.add": "Übergabepflicht hinzufügen",
  "agreement.disputeLadder": "Stufen bei Streitfällen",
  "agreement.disputeLadder.hint":
    "Die Schritte, die die Seiten bei Uneinigkeit der Reihe nach gehen. Verhandlung und Mediation sollten vor jedem streitigen Verfahren stehen.",
  "agreement.disputeLadder.up": "„{step}“ nach oben",
  "agreement.disputeLadder.down": "„{step}“ nach unten",
  "agreement.disputeLadder.choose": "Hinzuzufügender Schritt",
  "agreement.disputeLadder.add": "Schritt hinzufügen",
  "agreement.dispute.negotiation": "Direkte Verhandlung",
  "agreement.dispute.amends": "Wiedergutmachungsangebot",
  "agreement.dispute.mediation": "Mediation",
  "agreement.dispute.separation": "Einvernehmliche Trennung",
  "agreement.dispute.arbitration": "Schiedsverfahren",
  "agreement.dispute.litigation": "Gerichtsverfahren",
  "agreement.clauses": "Zusätzliche Klauseln",
  "agreement.clauses.hint":
    "Klauseln in Ihren eigenen Worten. Die Prüfung fairer Bedingungen liest sie in jeder Sprache.",
  "agreement.clause.item": "Klausel {n}",
  "agreement.clause.add": "Klausel hinzufügen",
  "agreement.clause.text": "Text der Klausel",
  "agreement.floorWaiver": "Mindestsatz",
  "agreement.floorWaiver.hint":
    "Liegt der Preis unter Ihrem Mindestsatz, kann die Vereinbarung nur unterschrieben werden, wenn Sie dies ausdrücklich akzeptieren.",
  "agreement.floorWaiver.accept":
    "Wir akzeptieren für diese Vereinbarung einen Preis unter unserem Mindestsatz",
  "agreement.rules": "Regeln der Zusammenarbeit",
  "agreement.view.responseTimes":
    "Antwortzeiten: Der Kunde antwortet innerhalb von {client, plural, one {# Stunde} other {# Stunden}}, der Dienstleister innerhalb von {provider, plural, one {# Stunde} other {# Stunden}}.",
  "agreement.view.lateInterest.on": "Gesetzliche Verzugszinsen gelten.",
  "agreement.view.lateInterest.off": "Gesetzliche Verzugszinsen wurden nicht gewählt.",
  "agreement.view.amendmentRequired":
    "Änderungen des Leistungsumfangs brauchen einen von beiden Seiten unterschriebenen Nachtrag.",
  "agreement.view.amendmentOptional": "Änderungen des Leistungsumfangs brauchen keinen Nachtrag.",
  "agreement.view.acknowledgementBelow": "Änderungen unter {amount} brauchen nur eine Bestätigung.",
  "agreement.view.reviewWindow":
    "Der Kunde prüft jede Einreichung innerhalb von {days, plural, one {# Tag} other {# Tagen}}{deemed, select, yes {; Schweigen gilt danach als Abnahme} other {}}.",
  "agreement.view.reviewWindow.none": "Es wurde keine Prüffrist vereinbart.",
  "agreement.view.notice": "Kündigungsfrist: {days, plural, one {# Tag} other {# Tage}}.",
  "agreement.view.notice.none": "Es wurde keine Kündigungsfrist vereinbart.",
  "agreement.view.floorWaived":
    "Der Dienstleister akzeptiert einen Preis unter seinem Mindestsatz.",
  "agreement.signatures.title": "Unterschriften",
  "agreement.signatures.none": "Noch hat niemand diese Version unterschrieben.",
  "agreement.signature":
    "{name} hat am {date} für {side, select, client {den Kunden} other {den Dienstleister}} unterschrieben",
  "agreement.signature.hash": "für {hash}",
  "agreement.contentHash": "Fingerabdruck dieser Version: {hash}",
  "agreement.sign":
    "Version {version, number} für {side, select, client {den Kunden} other {den Dienstleister}} unterschreiben",
  "agreement.sign.hint":
    "Die Unterschrift nennt den Fingerabdruck oben: Sie unterschreiben genau diesen Text.",
  "agreement.sign.done": "Ihre Seite hat diese Version unterschrieben.",
  "agreement.sign.ownersOnly": "Nur Inhaber Ihrer Organisation können unterschreiben.",
  "agreement.sign.unsaved": "Speichern Sie Ihre Änderungen, bevor Sie unterschreiben.",
  "agreement.sign.blocked": "Die Unterschrift ist durch die Prüfung fairer Bedingungen gesperrt:",
  "agreement.sign.acknowledge":
    "Bestätigen Sie vor dem Unterschreiben den schwerwiegenden Befund unten.",
  "agreement.sign.acknowledge.legend": "Ich unterschreibe im Wissen, dass:",
  "agreement.document.title": "Vereinbarung: {title}",
  "agreement.document.version": "Version",
  "agreement.document.inForceAt": "In Kraft seit",
  "agreement.document.footer":
    "Aus Accord gedruckt am {date}. Jede Unterschrift gilt für den daneben angegebenen Fingerabdruck.",
  "agreement.print.back": "Zurück zur Vereinbarung",
  "agreement.print.button": "Drucken",

  "diff.title": "Versionen vergleichen",
  "diff.from": "Von Version",
  "diff.to": "Zu Version",
  "diff.single": "Bisher gibt es nur eine Version.",
  "diff.same": "Wählen Sie zwei verschiedene Versionen.",
  "diff.none": "Diese Versionen sind identisch.",
  "diff.caption": "Änderungen von Version {from, number} zu Version {to, number}",
  "diff.column.what": "Was sich geändert hat",
  "diff.column.before": "Version {version, number}",
  "diff.column.after": "Version {version, number}",
  "diff.kind.added": "Hinzugefügt",
  "diff.kind.removed": "Entfernt",
  "diff.kind.changed": "Geändert",
  "diff.yes": "Ja",
  "diff.no": "Nein",
  "diff.field.amount": "Betrag",
  "diff.field.rate": "Satz",
  "diff.item.deliverable": "Liefergegenstand {n}",
  "diff.item.criterion": "Abnahmekriterium {n}",
  "diff.item.milestone": "Meilenstein {n}",
  "diff.item.clientResponsibility": "Pflicht des Kunden {n}",
  "diff.item.providerResponsibility": "Pflicht des Dienstleisters {n}",
  "diff.item.clause": "Zusätzliche Klausel {n}",
  "diff.item.handOverDuty": "Übergabepflicht {n}",
  "diff.item.disputeStep": "Streitfallstufe {n}",
  "diff.item.channel": "Kanal {n}",

  "engagement.sections": "Bereiche des Auftrags",
  "engagement.tab.overview": "Überblick",
  "engagement.tab.agreement": "Vereinbarung",
  "engagement.event.startedFromProposal":
    "{actor} hat ein Angebot angenommen: Der Auftrag hat begonnen",
  "engagement.event.agreementDraftEdited": "{actor} hat den Entwurf der Vereinbarung bearbeitet",
  "engagement.event.agreementSigned": "{actor} hat die Vereinbarung unterschrieben",
  "engagement.event.agreementInForce": "Die Vereinbarung ist in Kraft getreten",
  "engagement.event.amendmentOpened": "{actor} hat einen Nachtrag eröffnet",

  "engagement.tab.delivery": "Lieferung",
  "engagement.tab.changes": "Änderungen",
  "engagement.event.deliverableSubmitted":
    "{actor} hat einen Liefergegenstand zur Bewertung eingereicht",
  "engagement.event.reviewDueSoon": "Die Prüffrist einer Runde endet in weniger als einem Tag",
  "engagement.event.deliverableEvaluated":
    "{actor} hat einen Liefergegenstand anhand seiner Kriterien bewertet",
  "engagement.event.deliverableDeemedAccepted":
    "Ein Liefergegenstand gilt als abgenommen, weil seine Prüffrist verstrichen ist",
  "engagement.event.milestoneAccepted":
    "Ein Meilenstein wurde abgenommen: Alle seine Liefergegenstände sind es",
  "engagement.event.changeProposed": "{actor} hat eine Änderung vorgeschlagen",
  "engagement.event.changePriced": "{actor} hat eine Änderung bepreist",
  "engagement.event.changeDeclined": "{actor} hat eine Änderung abgelehnt",
  "engagement.event.changeWithdrawn": "{actor} hat eine Änderung zurückgezogen",
  "engagement.event.changeApproved": "{actor} hat eine Änderung genehmigt",
  "engagement.event.changeApplied": "Eine Änderung wurde in die geltende Vereinbarung übernommen",
  "engagement.event.messagePosted": "{actor} hat eine Nachricht geschrieben",
  "engagement.event.invoiceIssued": "{actor} hat eine Rechnung ausgestellt",
  "engagement.event.invoiceVoided": "{actor} hat eine Rechnung storniert",
  "engagement.event.invoiceReminderSent": "Eine Zahlungserinnerung wurde gesendet",
  "engagement.event.paymentRecorded": "{actor} hat eine Zahlung erfasst",
  "engagement.event.paymentConfirmed": "{actor} hat eine Zahlung bestätigt",
  "engagement.event.paymentRejected": "{actor} hat eine Zahlung zurückgewiesen",
  "engagement.event.creditNoteIssued": "{actor} hat eine Gutschrift ausgestellt",
  "engagement.event.refundRecorded": "{actor} hat eine Rückerstattung erfasst",
  "engagement.event.refundConfirmed": "{actor} hat eine Rückerstattung bestätigt",
  "engagement.event.refundRejected": "{actor} hat eine Rückerstattung zurückgewiesen",
  "engagement.event.checkInOpened": "Eine Stimmungsabfrage wurde eröffnet",
  "engagement.event.checkInAnswered": "{actor} hat die Stimmungsabfrage beantwortet",
  "engagement.event.checkInReminded": "Eine Erinnerung an die Stimmungsabfrage wurde verschickt",
  "engagement.event.checkInClosed": "Die Stimmungsabfrage wurde geschlossen",
  "engagement.event.healthWarningRaised": "Eine Gesundheitswarnung wurde ausgelöst",
  "engagement.event.healthWarningCleared": "Eine Gesundheitswarnung ist erloschen",
  "engagement.event.reviewSubmitted": "{actor} hat eine Bewertung abgegeben",
  "engagement.event.reviewsPublished": "Beide Bewertungen wurden veröffentlicht",
  "engagement.event.reviewReplied": "{actor} hat auf eine Bewertung geantwortet",
  "engagement.event.reviewHidden": "Ein Moderator hat eine Bewertung ausgeblendet",
  "engagement.event.legalThreatRecorded": "Eine rechtliche Drohung wurde festgehalten",
  "engagement.event.moderationCaseOpened": "Ein Moderationsfall wurde eröffnet",
  "engagement.event.moderationResponseFiled": "{actor} hat auf einen Moderationsfall geantwortet",
  "engagement.event.moderationCaseDecided": "Ein Moderator hat einen Fall entschieden",
  "engagement.event.moderationCaseAppealed":
    "{actor} hat gegen eine Moderationsentscheidung Einspruch erhoben",
  "engagement.event.moderationAppealDecided": "Ein Moderator hat über den Einspruch entschieden",
  "engagement.event.exitFlagged": "Der Auftrag wurde für einen geschützten Ausstieg markiert",

  "delivery.intro":
    "Die Lieferung richtet sich nach der geltenden Version {version, number} der Vereinbarung. Jeder Liefergegenstand wird anhand der für ihn vereinbarten Kriterien bewertet.",
  "delivery.noAgreement":
    "Noch ist keine Vereinbarung in Kraft. Arbeit wird auf Grundlage einer unterschriebenen Vereinbarung eingereicht und bewertet: Die Inhaber beider Seiten unterschreiben sie auf der Registerkarte „Vereinbarung“.",
  "delivery.noAgreement.link": "Registerkarte „Vereinbarung“ öffnen",
  "delivery.scope.title": "Leistungsumfang",
  "delivery.scope.agreed": "Vereinbart (geltende Fassung)",
  "delivery.scope.agreed.open": "Offen (ohne Obergrenze)",
  "delivery.scope.approved": "Genehmigte Änderungen",
  "delivery.scope.awaiting": "Warten auf die Genehmigung des Kunden",
  "delivery.scope.changes":
    "{count, plural, =0 {Keine} one {# Änderung, {amount}} other {# Änderungen, {amount}}}",
  "delivery.scope.unpriced": "Unbepreiste Forderungen",
  "delivery.scope.unpriced.value":
    "{notes, plural, one {# Anmerkung} other {# Anmerkungen}}, {changes, plural, one {# Änderung wartet auf einen Preis} other {# Änderungen warten auf einen Preis}}",
  "delivery.scope.declined": "Abgelehnte Änderungen",
  "delivery.scope.declined.value": "{count, number}",
  "delivery.scope.explain":
    "Anmerkungen außerhalb der vereinbarten Kriterien bleiben erhalten, können die Abnahme aber nicht blockieren. Der Kunde kann eine davon in eine Änderungsanfrage umwandeln: Der Dienstleister bepreist sie, und sobald der Kunde sie genehmigt, wird sie Teil der Vereinbarung.",
  "delivery.milestone.title": "Meilenstein: {title}",
  "delivery.milestone.none": "Liefergegenstände ohne Meilenstein",
  "delivery.milestone.facts": "Fällig am {date} · {amount}",
  "delivery.milestone.accepted": "Meilenstein abgenommen",
  "delivery.milestone.open": "Noch nicht abgenommen",
  "delivery.milestone.noDeliverables": "Diesem Meilenstein ist kein Liefergegenstand zugeordnet.",
  "delivery.status.not_submitted": "Noch nicht eingereicht",
  "delivery.status.in_review": "Wird bewertet",
  "delivery.status.accepted": "Abgenommen",
  "delivery.status.deemed_accepted": "Abgenommen (Prüffrist verstrichen)",
  "delivery.status.changes_requested": "Korrekturen angefordert",
  "delivery.revisions":
    "Korrekturschleifen: {used, number} von {limit, number} genutzt, {left, plural, =0 {keine übrig} other {# übrig}}",
  "delivery.revisions.unlimited":
    "Korrekturschleifen: {used, number} genutzt, keine Obergrenze vereinbart",
  "delivery.criteria.title": "Abnahmekriterien",
  "delivery.rounds.none": "Noch nichts eingereicht.",
  "delivery.submit.title": "Runde einreichen",
  "delivery.submit.region": "Runde für „{title}“ einreichen",
  "delivery.submit.button": "Runde {round, number} einreichen",
  "delivery.submit.uploading": "Dateien werden hochgeladen…",
  "delivery.submit.done":
    "Runde {round, number} ist eingereicht. Die Prüffrist des Kunden beginnt jetzt.",
  "delivery.submit.description": "Was erledigt wurde",
  "delivery.submit.description.hint":
    "Beschreiben Sie, was diese Runde enthält und wie sie die vereinbarten Kriterien erfüllt.",
  "delivery.submit.links": "Links (einer pro Zeile)",
  "delivery.submit.links.hint":
    "Wo der Kunde die Arbeit sehen kann, etwa auf einer Staging-Website. Jeder Link beginnt mit http:// oder https://.",
  "delivery.submit.links.lineError": "Zeile {line, number}: {message}",
  "delivery.submit.files": "Dateien",
  "delivery.submit.files.hint":
    "Bis zu {count, plural, one {# Datei} other {# Dateien}} mit je höchstens {size}. Zulässige Typen: {types}.",
  "delivery.submit.files.chosen": "Einzureichende Dateien",
  "delivery.files.typeNotAllowed":
    "„{name}“ hat keinen Dateityp, den Accord annimmt. Zulässig: {allowed}.",
  "delivery.files.tooLarge": "„{name}“ ist größer als die Obergrenze von {limit}.",
  "delivery.files.tooMany":
    "Reichen Sie höchstens {limit, plural, one {# Datei} other {# Dateien}} auf einmal ein.",
  "delivery.submit.blocked.deliverable_in_review":
    "Eine Runde wartet auf die Bewertung der Lieferung durch den Kunden. Die nächste Runde kann eingereicht werden, sobald sie bewertet ist.",
  "delivery.submit.blocked.deliverable_already_accepted":
    "Dieser Liefergegenstand ist abgenommen: Es gibt nichts mehr einzureichen.",
  "delivery.submit.blocked.revision_limit_reached":
    "Das vereinbarte Kontingent von {limit, plural, one {# Korrekturschleife} other {# Korrekturschleifen}} für diesen Liefergegenstand ist aufgebraucht. Weitere Nacharbeit erfordert eine Änderungsanfrage, mit der zusätzliche Korrekturschleifen hinzugekauft werden können.",
  "delivery.submit.proposeChange": "Änderung für zusätzliche Korrekturschleifen vorschlagen",
  "delivery.round.title": "Runde {round, number}",
  "delivery.round.by":
    "Eingereicht von {name} am {date}, unter Version {version, number} der Vereinbarung",
  "delivery.round.links": "Links",
  "delivery.round.files": "Dateien",
  "delivery.review.deemedOn":
    "Die Runde gilt am {date} automatisch als abgenommen, wenn sie bis dahin nicht bewertet ist, wie es die Vereinbarung vorsieht.",
  "delivery.review.dueNoDeemed":
    "Der Kunde prüft die Runde bis zum {date}. Schweigen gilt nicht als Abnahme: Der Kunde muss sie bewerten.",
  "delivery.review.noWindow":
    "Die Vereinbarung legt keine Prüffrist fest: Die Runde wartet auf die Bewertung der Lieferung durch den Kunden.",
  "delivery.review.deemedAccepted":
    "Abgenommen, weil die Prüffrist am {date} ohne Bewertung der Lieferung verstrichen ist.",
  "delivery.review.decided": "Bewertet von {name} am {date}.",
  "delivery.verdicts.title": "Urteile zu den vereinbarten Kriterien",
  "delivery.verdict.met": "Erfüllt",
  "delivery.verdict.notMet": "Nicht erfüllt",
  "delivery.verdict.met.mark": "✓ Erfüllt",
  "delivery.verdict.notMet.mark": "✗ Nicht erfüllt",
  "delivery.verdict.evidence": "Nachweis: {text}",
  "delivery.verdict.reason": "Begründung: {text}",
  "delivery.evaluate.title": "Runde {round, number} bewerten",
  "delivery.evaluate.intro":
    "Beurteilen Sie die Runde anhand jedes dafür vereinbarten Kriteriums. Ein Kriterium, das Sie als nicht erfüllt ansehen, braucht eine Begründung, damit der Dienstleister nachbessern kann. Sind alle Kriterien erfüllt, ist die Runde abgenommen.",
  "delivery.evaluate.criterion": "Kriterium {n, number}: {statement}",
  "delivery.evaluate.evidence": "Nachweis (optional)",
  "delivery.evaluate.reason": "Begründung (erforderlich)",
  "delivery.evaluate.outcome.incomplete": "Geben Sie zu jedem Kriterium ein Urteil ab.",
  "delivery.evaluate.outcome.accept":
    "Alle Kriterien sind erfüllt: Mit dem Senden nehmen Sie die Runde ab.",
  "delivery.evaluate.outcome.changes":
    "{count, plural, one {# Kriterium ist} other {# Kriterien sind}} nicht erfüllt: Mit dem Senden bitten Sie den Dienstleister um Korrekturen.",
  "delivery.evaluate.submit": "Bewertung der Lieferung senden",
  "delivery.remarks.title": "Anmerkungen außerhalb der vereinbarten Kriterien",
  "delivery.remarks.evaluateHint":
    "Rückmeldungen, die zu keinem vereinbarten Kriterium passen, gehören hierher. Sie bleiben erhalten und werden dem Dienstleister gezeigt, können die Abnahme aber nicht blockieren. Später können Sie eine Anmerkung in eine Änderungsanfrage umwandeln, die der Dienstleister bepreist.",
  "delivery.remarks.explain":
    "Diese Anmerkungen beziehen sich auf kein vereinbartes Kriterium: Sie bleiben erhalten, können die Abnahme aber nicht blockieren. Der Kunde kann eine davon in eine Änderungsanfrage umwandeln, die der Dienstleister bepreist.",
  "delivery.remarks.item": "Anmerkung {n, number}",
  "delivery.remarks.add": "Anmerkung hinzufügen",
  "delivery.remarks.by": "{name}, {date}",
  "delivery.remarks.notBlocking": "Blockiert die Abnahme nicht",
  "delivery.remarks.convert": "In Änderungsanfrage umwandeln",
  "delivery.remarks.converted": "In Änderungsanfrage Nr. {number} umgewandelt",
  "delivery.remarks.converted.now":
    "Änderungsanfrage Nr. {number} vorgeschlagen: Der Dienstleister bepreist sie auf der Registerkarte „Änderungen“",

  "changes.intro":
    "Eine Änderung ergänzt oder verändert das Vereinbarte. Eine der beiden Seiten schlägt sie vor, der Dienstleister bepreist sie, und der Kunde genehmigt den Preis oder lehnt ihn ab. Nach der Genehmigung geht sie als neue Version in die Vereinbarung ein.",
  "changes.noAgreement":
    "Änderungen ergänzen die geltende Vereinbarung, und noch ist keine Vereinbarung in Kraft: Die Inhaber beider Seiten unterschreiben sie auf der Registerkarte „Vereinbarung“.",
  "changes.list.title": "Änderungsanfragen",
  "changes.list.empty": "Es wurde noch keine Änderung vorgeschlagen.",
  "changes.status.proposed": "Vorgeschlagen",
  "changes.status.priced": "Bepreist",
  "changes.status.approved": "Genehmigt",
  "changes.status.applied": "Übernommen",
  "changes.status.declined": "Abgelehnt",
  "changes.status.withdrawn": "Zurückgezogen",
  "changes.item.title": "Nr. {number}: {title}",
  "changes.item.proposedBy": "Vorgeschlagen von {name} ({side}) am {date}",
  "changes.item.fromRemark": "aus einer Anmerkung außerhalb der Kriterien entstanden",
  "changes.item.deliverables": "Betrifft: {titles}",
  "changes.item.deliverables.none": "Betrifft keinen bestimmten Liefergegenstand",
  "changes.item.extraRounds":
    "{count, plural, one {# zusätzliche Korrekturschleife} other {# zusätzliche Korrekturschleifen}}",
  "changes.pricing.price": "Preis",
  "changes.pricing.effort": "Aufwand",
  "changes.pricing.effort.value":
    "{unit, select, hour {{quantity, plural, one {# Stunde} other {# Stunden}}} other {{quantity, plural, one {# Tag} other {# Tage}}}}",
  "changes.pricing.schedule": "Auswirkung auf den Zeitplan",
  "changes.pricing.schedule.value":
    "{days, plural, =0 {Keine Verzögerung} one {# Tag später} other {# Tage später}}",
  "changes.pricing.note": "Hinweis des Dienstleisters: {note}",
  "changes.pricing.by": "Bepreist von {name} am {date}",
  "changes.next.price":
    "Als Nächstes: Der Dienstleister bepreist sie oder lehnt sie mit einer Begründung ab.",
  "changes.next.approve":
    "Als Nächstes: Der Kunde genehmigt den Preis oder lehnt ihn mit einer Begründung ab.",
  "changes.outcome.declined": "Abgelehnt von {name} am {date}: {reason}",
  "changes.outcome.withdrawn": "Zurückgezogen von {name} am {date}.",
  "changes.outcome.approved.amendment":
    "Genehmigt von {name} am {date}. Sie geht als Version {version, number} in die Vereinbarung ein, sobald die Inhaber beider Seiten diese Version auf der Registerkarte „Vereinbarung“ unterschreiben.",
  "changes.outcome.signLink":
    "Version {version, number} auf der Registerkarte „Vereinbarung“ unterschreiben",
  "changes.outcome.applied":
    "{how, select, acknowledgement {Per Bestätigung genehmigt: Teil von Version {version, number} der Vereinbarung, in Kraft seit {date}.} other {Von beiden Seiten unterschrieben: Teil von Version {version, number} der Vereinbarung, in Kraft seit {date}.}}",
  "changes.action.price": "Änderung Nr. {number} bepreisen",
  "changes.action.approve": "Änderung Nr. {number} genehmigen",
  "changes.action.approve.hint":
    "Mit der Genehmigung wird der Preis Teil der Vereinbarung: sofort, wenn die Vereinbarung dafür eine Bestätigung genügen lässt, sonst als neue Version, die die Inhaber beider Seiten unterschreiben.",
  "changes.action.decline": "Änderung Nr. {number} ablehnen",
  "changes.action.withdraw": "Änderung Nr. {number} zurückziehen",
  "changes.cancel": "Abbrechen",
  "changes.price.title": "Änderung Nr. {number} bepreisen",
  "changes.price.effort": "Aufwand",
  "changes.price.unit": "Einheit",
  "changes.price.unit.hour": "Stunden",
  "changes.price.unit.day": "Tage",
  "changes.price.amount": "Preis ({currency})",
  "changes.price.scheduleImpact": "Auswirkung auf den Zeitplan (Tage)",
  "changes.price.scheduleImpact.hint":
    "Um wie viele Tage sich die Meilensteine der betroffenen Liefergegenstände verschieben; 0, wenn der Zeitplan hält.",
  "changes.price.note": "Hinweis (optional)",
  "changes.price.submit": "Preis senden",
  "changes.decline.title": "Änderung Nr. {number} ablehnen",
  "changes.decline.reason": "Warum lehnen Sie sie ab?",
  "changes.decline.submit": "Mit dieser Begründung ablehnen",
  "changes.propose.title": "Änderung vorschlagen",
  "changes.propose.intro":
    "Bitten Sie um etwas, das die Vereinbarung nicht abdeckt, oder um zusätzliche Korrekturschleifen. Der Dienstleister bepreist die Änderung; der Kunde genehmigt den Preis oder lehnt ihn ab.",
  "changes.propose.done":
    "Änderungsanfrage Nr. {number} vorgeschlagen. Als Nächstes bepreist sie der Dienstleister.",
  "changes.propose.submit": "Änderung vorschlagen",
  "changes.field.title": "Titel",
  "changes.field.reason": "Was und warum",
  "changes.field.reason.hint": "Beschreiben Sie die Änderung und warum sie nötig ist.",
  "changes.field.deliverables": "Betroffene Liefergegenstände",
  "changes.field.deliverables.hint":
    "Ihre Meilensteine verschieben sich um die Auswirkung auf den Zeitplan, und die zusätzlichen Korrekturschleifen gelten für sie.",
  "changes.field.extraRounds": "Zusätzliche Korrekturschleifen",
  "changes.field.extraRounds.hint":
    "Korrekturschleifen, die die Änderung für die betroffenen Liefergegenstände hinzukauft (0 bis 20).",

  "engagement.tab.messages": "Nachrichten",
  "messages.threads.label": "Threads",
  "messages.thread.engagement": "Der Auftrag insgesamt",
  "messages.thread.deliverable": "Liefergegenstand: {title}",
  "messages.thread.changeRequest": "Änderungsanfrage Nr. {number}: {title}",
  "messages.thread.changeRequest.unknown": "Eine Änderungsanfrage",
  "messages.thread.unread": "{count, plural, one {# ungelesen} other {# ungelesen}}",
  "messages.thread.empty": "In diesem Thread gibt es noch keine Nachrichten.",
  "messages.earlier": "Frühere Nachrichten anzeigen",
  "messages.author": "{name} ({side})",
  "messages.receipt.read": "Von der anderen Seite gelesen am {date}",
  "messages.receipt.unread": "Noch nicht gelesen",
  "messages.composer.label": "Ihre Nachricht",
  "messages.composer.hint":
    "Reiner Text; Zeilenumbrüche bleiben erhalten. Die andere Seite wird benachrichtigt. Strg+Eingabe sendet.",
  "messages.composer.submit": "Senden",
  "messages.composer.readOnly":
    "Betrachter verfolgen das Gespräch; Inhaber und Mitglieder schreiben für ihre Seite.",
  "messages.composer.inactive":
    "Nachrichten können geschrieben werden, sobald der Auftrag aktiv ist.",
  "messages.discuss": "Besprechen",
  "messages.discuss.deliverable": "„{title}“ besprechen",
  "messages.discuss.changeRequest": "Änderungsanfrage Nr. {number} besprechen",
  "messages.responsiveness.title": "Antwortzeiten",
  "messages.responsiveness.column.side": "Seite",
  "messages.responsiveness.column.agreed": "Vereinbarte Antwortzeit",
  "messages.responsiveness.column.answered": "Antworten",
  "messages.responsiveness.column.median": "Übliche Antwortzeit",
  "messages.responsiveness.column.worst": "Längste",
  "messages.responsiveness.column.within": "Innerhalb der vereinbarten Zeit",
  "messages.responsiveness.column.awaiting": "Warten auf Antwort",
  "messages.responsiveness.hours": "{hours, plural, one {# Stunde} other {# Stunden}}",
  "messages.responsiveness.notAgreed": "Nicht vereinbart",
  "messages.responsiveness.notYet": "Noch nicht",
  "messages.responsiveness.awaiting":
    "{awaiting, number}{overdue, plural, =0 {} other { (davon # über der vereinbarten Zeit)}}",
  "messages.responsiveness.explain":
    "Dasselbe Maß für beide Seiten, über alle Threads hinweg: Eine Nachricht ist mit der nächsten Nachricht der anderen Seite im selben Thread beantwortet. Die übliche Zeit ist der Median. Eine Nachricht, die noch wartet, wird gesondert gezählt, nicht als Versäumnis.",
  "messages.responsiveness.explain.noAgreement":
    "Es ist keine Vereinbarung in Kraft, daher ist noch keine Antwortzeit vereinbart. Eine Nachricht ist mit der nächsten Nachricht der anderen Seite im selben Thread beantwortet; die übliche Zeit ist der Median.",
  "messages.duration":
    "{unit, select, minute {{value, plural, =0 {unter einer Minute} one {# Minute} other {# Minuten}}} day {{value, plural, one {# Tag} other {# Tage}}} other {{value, plural, one {# Stunde} other {# Stunden}}}}",
  "messages.nudge.title": "Bevor Sie senden",
  "messages.nudge.evidence": "Was Accord bemerkt hat:",
  "messages.nudge.revise": "Text überarbeiten",
  "messages.nudge.sendAnyway": "So senden",

  "nav.notifications": "Benachrichtigungen",
  "nav.notifications.unread": "{count, plural, one {# ungelesen} other {# ungelesen}}",
  "nav.notifications.unreadMany": "{count}+ ungelesen",
  "notifications.title": "Benachrichtigungen",
  "notifications.intro":
    "Was in Ihren Aufträgen passiert ist, das Neueste zuerst. In Ihren <link>Einstellungen</link> wählen Sie, welche davon Sie auch per E-Mail erreichen.",
  "notifications.empty":
    "Noch nichts. Hier erfahren Sie, wenn Arbeit eingereicht oder bewertet wird, eine Änderung vorankommt oder Ihnen jemand schreibt.",
  "notifications.unreadCount":
    "{count, plural, =0 {Alles ist gelesen.} one {# ungelesene Benachrichtigung} other {# ungelesene Benachrichtigungen}}",
  "notifications.unreadCountMany": "{count}+ ungelesene Benachrichtigungen",
  "notifications.markAllRead": "Alle als gelesen markieren",
  "notifications.loadMore": "Mehr anzeigen",
  "notifications.unread": "Ungelesen:",
  "notifications.someone": "Jemand",
  "notifications.sentence.deliverableSubmitted":
    "{actor} hat Runde {round} von „{deliverable}“ eingereicht",
  "notifications.sentence.reviewDueSoon":
    "Die Prüffrist für Runde {round} von „{deliverable}“ endet in weniger als einem Tag: Ohne Bewertung gilt sie als abgenommen",
  "notifications.sentence.deliverableEvaluated":
    "{outcome, select, accepted {{actor} hat Runde {round} von „{deliverable}“ abgenommen} other {{actor} hat Korrekturen an Runde {round} von „{deliverable}“ angefordert}}",
  "notifications.sentence.deliverableDeemedAccepted":
    "„{deliverable}“ gilt automatisch als abgenommen: Die Prüffrist ist verstrichen",
  "notifications.sentence.milestoneAccepted":
    "Der Meilenstein „{milestone}“ wurde abgenommen: Alle seine Liefergegenstände sind es",
  "notifications.sentence.changeProposed":
    "{actor} hat die Änderungsanfrage Nr. {number} „{title}“ vorgeschlagen",
  "notifications.sentence.changePriced":
    "{hasPrice, select, yes {Die Änderungsanfrage Nr. {number} „{title}“ wurde mit {price} bepreist} other {{actor} hat die Änderungsanfrage Nr. {number} „{title}“ bepreist}}",
  "notifications.sentence.changeDeclined":
    "{actor} hat die Änderungsanfrage Nr. {number} „{title}“ abgelehnt",
  "notifications.sentence.changeWithdrawn":
    "{actor} hat die Änderungsanfrage Nr. {number} „{title}“ zurückgezogen",
  "notifications.sentence.changeApproved":
    "{hasPrice, select, yes {{actor} hat die Änderungsanfrage Nr. {number} „{title}“ zu {price} genehmigt} other {{actor} hat die Änderungsanfrage Nr. {number} „{title}“ genehmigt}}",
  "notifications.sentence.changeApplied":
    "Die Änderungsanfrage Nr. {number} „{title}“ ist jetzt Teil der Vereinbarung",
  "notifications.sentence.messagePosted":
    "{thread, select, deliverable {{actor} hat zu einem Liefergegenstand geschrieben} change_request {{actor} hat zu einer Änderungsanfrage geschrieben} other {{actor} hat zum Auftrag insgesamt geschrieben}}",
  "notifications.sentence.invoiceIssued":
    "{actor} hat die Rechnung {number} über {amount} ausgestellt",
  "notifications.sentence.invoiceVoided": "{actor} hat die Rechnung {number} storniert",
  "notifications.sentence.paymentRecorded":
    "{actor} hat eine Zahlung über {amount} zur Rechnung {number} erfasst: Bestätigen Sie, ob sie eingegangen ist",
  "notifications.sentence.paymentConfirmed":
    "{actor} hat die Zahlung über {amount} zur Rechnung {number} bestätigt",
  "notifications.sentence.paymentRejected":
    "{actor} gibt an, dass die Zahlung über {amount} zur Rechnung {number} nicht eingegangen ist",
  "notifications.sentence.creditNoteIssued":
    "{actor} hat die Gutschrift {number} über {amount} zur Rechnung {invoiceNumber} ausgestellt",
  "notifications.sentence.refundRecorded":
    "{actor} hat eine Rückerstattung über {amount} erfasst: Bestätigen Sie, ob sie eingegangen ist",
  "notifications.sentence.refundConfirmed":
    "{actor} hat bestätigt, dass die Rückerstattung über {amount} eingegangen ist",
  "notifications.sentence.refundRejected":
    "{actor} gibt an, dass die Rückerstattung über {amount} nicht eingegangen ist",

  "settings.emails.title": "E-Mails",
  "settings.emails.intro":
    "Accord informiert Sie auf der Seite „Benachrichtigungen“ über jedes Ereignis. Wählen Sie, welche davon Sie auch per E-Mail erreichen.",
  "settings.emails.legend": "Mir eine E-Mail senden, wenn…",
  "settings.emails.type.deliverableSubmitted": "eine Arbeitsrunde eingereicht wird",
  "settings.emails.type.reviewDueSoon": "eine Prüffrist in weniger als einem Tag endet",
  "settings.emails.type.deliverableEvaluated": "eine Runde bewertet wird",
  "settings.emails.type.deliverableDeemedAccepted":
    "eine Runde als abgenommen gilt, weil ihre Prüffrist verstrichen ist",
  "settings.emails.type.milestoneAccepted": "ein Meilenstein abgenommen wird",
  "settings.emails.type.changeProposed": "eine Änderung vorgeschlagen wird",
  "settings.emails.type.changePriced": "eine Änderung bepreist wird",
  "settings.emails.type.changeDeclined": "eine Änderung abgelehnt wird",
  "settings.emails.type.changeWithdrawn": "eine Änderung zurückgezogen wird",
  "settings.emails.type.changeApproved": "eine Änderung genehmigt wird",
  "settings.emails.type.changeApplied": "eine Änderung Teil der Vereinbarung wird",
  "settings.emails.type.messagePosted": "jemand eine Nachricht schreibt",
  "settings.emails.type.invoiceIssued": "eine Rechnung ausgestellt wird",
  "settings.emails.type.invoiceVoided": "eine Rechnung storniert wird",
  "settings.emails.type.paymentRecorded": "eine Zahlung erfasst wird und auf Bestätigung wartet",
  "settings.emails.type.paymentConfirmed": "eine Zahlung bestätigt wird",
  "settings.emails.type.paymentRejected": "eine Zahlung zurückgewiesen wird",
  "settings.emails.type.creditNoteIssued": "eine Gutschrift ausgestellt wird",
  "settings.emails.type.refundRecorded":
    "eine Rückerstattung erfasst wird und auf Bestätigung wartet",
  "settings.emails.type.refundConfirmed": "eine Rückerstattung bestätigt wird",
  "settings.emails.type.refundRejected": "eine Rückerstattung zurückgewiesen wird",
  "settings.emails.submit": "E-Mail-Auswahl speichern",
  "settings.emails.saved": "Ihre E-Mail-Auswahl ist gespeichert.",
  "unsubscribe.title": "Keine Benachrichtigungs-E-Mails mehr",
  "unsubscribe.intro":
    "Sie haben den Abmeldelink einer E-Mail von Accord geöffnet. Die Abmeldung schaltet alle Benachrichtigungs-E-Mails an Sie ab: Jedes Ereignis sehen Sie weiterhin auf der Seite „Benachrichtigungen“, und in Ihren Einstellungen können Sie erneut wählen.",
  "unsubscribe.submit": "Abmelden",
  "unsubscribe.done":
    "Sie sind abgemeldet: Accord sendet Ihnen keine Benachrichtigungs-E-Mails mehr. Welche Sie erhalten, wählen Sie nach der Anmeldung in Ihren <link>Einstellungen</link>.",

  "nav.webhooks": "Webhooks",
  "webhooks.title": "Webhooks von {org}",
  "webhooks.intro":
    "Webhooks übermitteln die Ereignisse der Aufträge von {org} in dem Moment an Ihre eigenen Systeme, in dem sie geschehen: Accord sendet jedes Ereignis per POST als JSON an die Adressen unten.",
  "webhooks.readOnly":
    "Nur Inhaber fügen Webhooks hinzu, ändern oder entfernen sie und senden Zustellungen erneut. Alle in der Organisation können die Zustellprotokolle lesen.",
  "webhooks.create.title": "Endpunkt hinzufügen",
  "webhooks.field.url": "Adresse des Endpunkts",
  "webhooks.field.url.hint": "Eine https://-Adresse, die POST-Anfragen annimmt.",
  "webhooks.field.description": "Beschreibung (optional)",
  "webhooks.field.eventTypes": "Zu sendende Ereignisse",
  "webhooks.field.eventTypes.hint":
    "Kreuzen Sie nichts an, um alle Ereignistypen zu erhalten, auch später hinzugefügte.",
  "webhooks.create.submit": "Endpunkt hinzufügen",
  "webhooks.eventType.deliverableSubmitted": "Runde eingereicht",
  "webhooks.eventType.reviewDueSoon": "Prüffrist endet",
  "webhooks.eventType.deliverableEvaluated": "Runde bewertet",
  "webhooks.eventType.deliverableDeemedAccepted": "Runde nach Ablauf der Prüffrist abgenommen",
  "webhooks.eventType.milestoneAccepted": "Meilenstein abgenommen",
  "webhooks.eventType.changeProposed": "Änderung vorgeschlagen",
  "webhooks.eventType.changePriced": "Änderung bepreist",
  "webhooks.eventType.changeDeclined": "Änderung abgelehnt",
  "webhooks.eventType.changeWithdrawn": "Änderung zurückgezogen",
  "webhooks.eventType.changeApproved": "Änderung genehmigt",
  "webhooks.eventType.changeApplied": "Änderung in die Vereinbarung übernommen",
  "webhooks.eventType.messagePosted": "Nachricht geschrieben",
  "webhooks.eventType.invoiceIssued": "Rechnung ausgestellt",
  "webhooks.eventType.invoiceVoided": "Rechnung storniert",
  "webhooks.eventType.paymentRecorded": "Zahlung erfasst",
  "webhooks.eventType.paymentConfirmed": "Zahlung bestätigt",
  "webhooks.eventType.paymentRejected": "Zahlung zurückgewiesen",
  "webhooks.eventType.creditNoteIssued": "Gutschrift ausgestellt",
  "webhooks.eventType.refundRecorded": "Rückerstattung erfasst",
  "webhooks.eventType.refundConfirmed": "Rückerstattung bestätigt",
  "webhooks.eventType.refundRejected": "Rückerstattung zurückgewiesen",
  "webhooks.secret.title": "Signaturgeheimnis für {url}",
  "webhooks.secret.warning":
    "Kopieren Sie dieses Geheimnis jetzt und hinterlegen Sie es bei Ihrem Empfänger: Accord zeigt es nicht noch einmal an. Wenn Sie es verlieren, erneuern Sie das Geheimnis, um ein neues zu erhalten.",
  "webhooks.secret.label": "Signaturgeheimnis",
  "webhooks.secret.copy": "Kopieren",
  "webhooks.secret.copied": "In die Zwischenablage kopiert.",
  "webhooks.secret.verifyLink": "Wie Ihr Empfänger prüft, dass eine Anfrage von Accord stammt",
  "webhooks.secret.done": "Ich habe es gespeichert",
  "webhooks.verify.title": "Signaturen prüfen",
  "webhooks.verify.body":
    "Jede Anfrage trägt einen Header <code>Accord-Signature</code> mit einem Zeitstempel <code>t</code> und einer Signatur <code>v1</code>: dem HMAC-SHA256 aus dem Zeitstempel, einem Punkt und dem unveränderten Body der Anfrage, berechnet mit dem Geheimnis des Endpunkts. Ihr Empfänger berechnet dasselbe über die empfangenen Bytes, vergleicht beide Werte in konstanter Zeit und weist jede Anfrage ab, deren Zeitstempel um mehr als fünf Minuten abweicht.",
  "webhooks.list.title": "Endpunkte",
  "webhooks.list.empty": "Noch kein Endpunkt.",
  "webhooks.item.active": "Eingeschaltet",
  "webhooks.item.inactive": "Ausgeschaltet",
  "webhooks.item.events.all": "Erhält alle Ereignistypen.",
  "webhooks.item.events": "Erhält: {types}.",
  "webhooks.item.created": "Hinzugefügt am {date}",
  "webhooks.action.deactivate": "Ausschalten",
  "webhooks.action.activate": "Einschalten",
  "webhooks.action.rotate": "Geheimnis erneuern",
  "webhooks.action.rotate.warning":
    "Das bisherige Geheimnis funktioniert ab sofort nicht mehr: Anfragen werden mit dem neuen signiert, das Ihr Empfänger von nun an verwenden muss.",
  "webhooks.action.rotate.confirm": "Geheimnis ersetzen",
  "webhooks.action.delete": "Löschen",
  "webhooks.action.delete.warning":
    "Mit dem Endpunkt wird auch sein Zustellprotokoll gelöscht. Es wird nichts mehr an ihn gesendet.",
  "webhooks.action.delete.confirm": "Endpunkt löschen",
  "webhooks.deliveries.show": "Zustellprotokoll anzeigen",
  "webhooks.deliveries.hide": "Zustellprotokoll ausblenden",
  "webhooks.deliveries.title": "Zustellprotokoll",
  "webhooks.deliveries.empty":
    "Noch nichts gesendet. Die Zustellungen beginnen mit dem nächsten Ereignis.",
  "webhooks.deliveries.caption": "Zustellungen an {url}, die neuesten zuerst",
  "webhooks.deliveries.column.event": "Ereignis",
  "webhooks.deliveries.column.status": "Status",
  "webhooks.deliveries.column.attempts": "Versuche",
  "webhooks.deliveries.column.lastAnswer": "Letzte Antwort",
  "webhooks.deliveries.column.times": "Zeitpunkt",
  "webhooks.deliveries.column.actions": "Aktionen",
  "webhooks.deliveries.loadMore": "Mehr anzeigen",
  "webhooks.status.pending": "Wartend",
  "webhooks.status.sending": "Wird gesendet",
  "webhooks.status.succeeded": "Zugestellt",
  "webhooks.status.failed": "Fehlgeschlagen",
  "webhooks.delivery.isReplay": "Erneut gesendet",
  "webhooks.delivery.statusCode": "HTTP {code}",
  "webhooks.delivery.noAnswerYet": "Noch keine",
  "webhooks.problem.invalidUrl": "Die Adresse des Endpunkts ist keine gültige URL",
  "webhooks.problem.redirectNotFollowed": "Weiterleitung nicht gefolgt",
  "webhooks.problem.timeout": "Keine Antwort innerhalb von 10 Sekunden",
  "webhooks.problem.addressRefused": "Abgelehnt: keine öffentliche Adresse",
  "webhooks.problem.unresolvable": "Der Hostname lässt sich keiner Adresse zuordnen",
  "webhooks.problem.requestFailed": "Die Anfrage ist fehlgeschlagen",
  "webhooks.problem.receiverRefused": "Der Endpunkt hat die Zustellung abgelehnt",
  "webhooks.delivery.created": "Erstellt am {date}",
  "webhooks.delivery.delivered": "Zugestellt am {date}",
  "webhooks.delivery.nextAttempt": "Nächster Versuch am {date}",
  "webhooks.delivery.attempts": "Versuche",
  "webhooks.delivery.attempts.label": "Versuche der Zustellung {type}",
  "webhooks.delivery.replay": "Erneut senden",
  "webhooks.delivery.replay.label": "Zustellung {type} erneut senden",
  "webhooks.delivery.body": "Gesendeter Inhalt",
  "webhooks.attempts.caption": "Versuche dieser Zustellung",
  "webhooks.attempts.none": "Noch kein Versuch.",
  "webhooks.attempts.column.attempt": "Versuch",
  "webhooks.attempts.column.at": "Zeitpunkt",
  "webhooks.attempts.column.answer": "Antwort",
  "webhooks.attempts.column.duration": "Dauer",
  "webhooks.attempts.duration": "{ms, number} ms",

  "engagement.tab.invoices": "Rechnungen",

  "invoices.intro":
    "Rechnungen folgen der geltenden Vereinbarung: Die Zahlung ist {days, plural, =0 {am Tag der Ausstellung} one {# Tag nach dem Rechnungsdatum} other {# Tage nach dem Rechnungsdatum}} fällig{isLateInterest, select, yes {, und nach Ablauf des Fälligkeitsdatums fallen gesetzliche Verzugszinsen an} other {}}. Eine ausgestellte Rechnung ändert sich nie: Korrekturen erfolgen über Gutschriften.",
  "invoices.noAgreement":
    "Rechnungen folgen der geltenden Vereinbarung, und noch ist keine Vereinbarung in Kraft.",
  "invoices.list.title": "Rechnungen",
  "invoices.list.caption": "Die Rechnungen des Auftrags, die neuesten zuerst",
  "invoices.list.empty": "Noch keine Rechnung.",
  "invoices.column.number": "Rechnung",
  "invoices.column.source": "Rechnungsgegenstand",
  "invoices.column.issued": "Rechnungsdatum",
  "invoices.column.due": "Fälligkeitsdatum",
  "invoices.column.total": "Gesamtbetrag",
  "invoices.column.outstanding": "Noch offen",
  "invoices.column.status": "Status",
  "invoices.number.draft": "Entwurf",
  "invoices.overdue": "Seit {days, plural, one {# Tag} other {# Tagen}} überfällig",
  "invoices.status.draft": "Entwurf",
  "invoices.status.issued": "Ausgestellt",
  "invoices.status.partlyPaid": "Teilweise bezahlt",
  "invoices.status.paid": "Bezahlt",
  "invoices.status.void": "Storniert",
  "invoices.source.milestone": "Meilenstein: {title}",
  "invoices.source.changeRequest": "Änderungsanfrage Nr. {number}: {title}",
  "invoices.source.changeRequest.unknown": "Eine Änderungsanfrage",
  "invoices.source.retainer": "Laufende Pauschale, {start} – {end}",
  "invoices.source.lateInterest": "Verzugszinsen zur Rechnung {number}",
  "invoices.source.manual": "Manuell erfasst",
  "invoices.totals.label": "Summen",
  "invoices.totals.subtotal": "Zwischensumme",
  "invoices.totals.taxGroup": "Steuer zu {rate} auf {net}",
  "invoices.totals.total": "Gesamtbetrag",
  "invoices.lines.title": "Positionen",
  "invoices.lines.caption": "Die Positionen der Rechnung",
  "invoices.lines.description": "Beschreibung",
  "invoices.lines.quantity": "Menge",
  "invoices.lines.unitPrice": "Einzelpreis",
  "invoices.lines.taxRate": "Steuer",
  "invoices.lines.net": "Netto",
  "invoices.editor.line": "Position {number, number}",
  "invoices.editor.unitPrice": "Einzelpreis ({currency})",
  "invoices.editor.taxRate": "Steuersatz (%)",
  "invoices.editor.taxRate.hint":
    "Ein Prozentsatz, etwa 19 oder 7; 0 für steuerfreie Positionen oder solche im Reverse-Charge-Verfahren.",
  "invoices.editor.removeLine": "Position {number, number} entfernen",
  "invoices.editor.addLine": "Position hinzufügen",
  "invoices.editor.totals": "Summen laut Eingabe",
  "invoices.editor.totals.empty":
    "Die Summen erscheinen, sobald eine Position eine Menge und einen Einzelpreis hat.",
  "invoices.editor.note": "Hinweis (optional)",
  "invoices.editor.note.hint":
    "Wird auf die Rechnung gedruckt: etwa eine Bankverbindung oder eine Bestellnummer.",
  "invoices.new.title": "Rechnung entwerfen",
  "invoices.new.source": "Was wird in Rechnung gestellt?",
  "invoices.new.source.milestone": "Ein abgenommener Meilenstein",
  "invoices.new.source.changeRequest": "Eine genehmigte Änderungsanfrage",
  "invoices.new.source.retainer": "Ein Zeitraum der laufenden Pauschale",
  "invoices.new.source.manual": "Manuell",
  "invoices.new.pick":
    "{source, select, milestone {Meilenstein} change_request {Änderungsanfrage} other {Zeitraum}}",
  "invoices.new.nothingDue":
    "{source, select, milestone {Kein abgenommener Meilenstein wartet darauf, in Rechnung gestellt zu werden.} change_request {Keine genehmigte Änderungsanfrage wartet darauf, in Rechnung gestellt zu werden.} other {Alle jüngsten Zeiträume sind bereits in Rechnung gestellt.}}",
  "invoices.new.period": "{start} – {end}",
  "invoices.new.taxRate.hint":
    "Wird in Prozent auf den Betrag angewandt, den die Vereinbarung festlegt; 0 bei Steuerbefreiung oder Reverse-Charge-Verfahren.",
  "invoices.new.submit": "Entwurf speichern",
  "invoices.back": "Alle Rechnungen",
  "invoices.detail.title": "{isDraft, select, yes {Rechnungsentwurf} other {Rechnung {number}}}",
  "invoices.print": "Druckansicht",
  "invoices.pdf": "PDF herunterladen",
  "invoices.print.back": "Zurück zur Rechnung",
  "invoices.detail.parties": "Von → an",
  "invoices.detail.parties.value": "{provider} → {client}",
  "invoices.detail.notIssued": "Noch nicht ausgestellt",
  "invoices.detail.due":
    "{date} ({days, plural, =0 {Rechnungsdatum} one {# Tag nach Ausstellung} other {# Tage nach Ausstellung}})",
  "invoices.detail.dueOnIssue":
    "Wird bei der Ausstellung festgelegt: {days, plural, =0 {das Rechnungsdatum} one {# Tag danach} other {# Tage danach}}",
  "invoices.detail.note": "Hinweis: {note}",
  "invoices.money.total": "In Rechnung gestellt",
  "invoices.money.credited": "Gutgeschrieben",
  "invoices.money.paid": "Bezahlt und bestätigt",
  "invoices.money.awaiting": "Wartet auf Bestätigung",
  "invoices.money.outstanding": "Noch offen",
  "invoices.issue.title": "Rechnung ausstellen",
  "invoices.issue.date": "Rechnungsdatum",
  "invoices.issue.date.hint":
    "Heute oder ein früherer Tag für verspätet abgerechnete Arbeit, aber nie vor Ihrer letzten Rechnung.",
  "invoices.issue.dueDate":
    "Fällig am {date}: {days, plural, =0 {am Rechnungsdatum} one {# Tag danach} other {# Tage danach}}, wie es die Zahlungsbedingungen vorsehen.",
  "invoices.issue.final":
    "Mit der Ausstellung erhält die Rechnung ihre Nummer und wird dem Kunden angezeigt. Danach ändert sie sich nie mehr: Korrekturen erfolgen über Gutschriften.",
  "invoices.issue.submit": "Rechnung ausstellen",
  "invoices.edit.title": "Entwurf bearbeiten",
  "invoices.edit.submit": "Änderungen speichern",
  "invoices.void.title": "Rechnung stornieren",
  "invoices.void.draftTitle": "Entwurf verwerfen",
  "invoices.void.explain":
    "{isIssued, select, yes {Der Kunde sieht die Begründung. Die Rechnung behält ihre Nummer und wird als storniert gekennzeichnet; was sie abdeckte, kann erneut in Rechnung gestellt werden.} other {Der Entwurf wird verworfen; was er abdeckte, kann erneut in Rechnung gestellt werden.}}",
  "invoices.void.reason": "Begründung",
  "invoices.void.submit": "Stornieren",
  "invoices.void.done": "Storniert am {date}: {reason}",
  "invoices.cancel": "Abbrechen",
  "invoices.credit.title": "Gutschrift ausstellen",
  "invoices.credit.explainPartlyPaid":
    "{paid} dieser Rechnung sind bezahlt: Eine Gutschrift nimmt höchstens {open} von ihrem Betrag zurück, mit eigener Nummer; was sie über die noch offenen {outstanding} hinaus zurücknimmt, wird dem Kunden geschuldet und als Rückerstattung zurückgezahlt.",
  "invoices.credit.explainPaid":
    "Diese Rechnung ist bezahlt: Eine Gutschrift nimmt höchstens {open} von ihrem Betrag zurück, mit eigener Nummer, und dieser Betrag wird dem Kunden dann geschuldet und als Rückerstattung zurückgezahlt.",
  "invoices.credit.explain":
    "Eine Gutschrift mindert, was die Rechnung verlangt, erhält eine eigene Nummer und lässt die Rechnung so, wie sie ausgestellt wurde. Höchstens {open} können gutgeschrieben werden.",
  "invoices.credit.amount": "Betrag ({currency})",
  "invoices.credit.reason": "Begründung",
  "invoices.credit.submit": "Gutschrift ausstellen",
  "invoices.credits.title": "Gutschriften",
  "invoices.credits.item": "{number} vom {date}: {amount}, {reason}",
  "invoices.payments.title": "Zahlungen",
  "invoices.payments.caption": "Zu dieser Rechnung erfasste Zahlungen",
  "invoices.payments.empty": "Noch keine Zahlung erfasst.",
  "invoices.payments.column.paidOn": "Bezahlt am",
  "invoices.payments.column.amount": "Betrag",
  "invoices.payments.column.reference": "Referenz",
  "invoices.payments.column.recordedBy": "Erfasst von",
  "invoices.payments.column.status": "Status",
  "invoices.payments.recordedBy": "{name} ({side})",
  "invoices.payment.status.recorded": "Wartet auf Bestätigung",
  "invoices.payment.status.confirmed": "Bestätigt",
  "invoices.payment.status.rejected": "Zurückgewiesen",
  "invoices.payments.waitingFor":
    "Wartet darauf, dass {side, select, client {der Kunde} other {der Dienstleister}} sie bestätigt oder zurückweist",
  "invoices.payments.confirm": "Bestätigen",
  "invoices.payments.confirm.label": "Zahlung über {amount} vom {date} bestätigen",
  "invoices.payments.reject": "Zurückweisen",
  "invoices.payments.reject.label": "Zahlung über {amount} vom {date} zurückweisen",
  "invoices.payments.decidedBy": "von {name} am {date}",
  "invoices.payment.title": "Zahlung erfassen",
  "invoices.payment.explain":
    "{side, select, client {Erfassen Sie, was Ihre Organisation bezahlt hat} other {Erfassen Sie, was Ihre Organisation erhalten hat}}: Die Zahlung zählt, sobald {other, select, client {der Kunde} other {der Dienstleister}} sie bestätigt. Noch zu erfassen: {open}.",
  "invoices.payment.amount": "Gezahlter Betrag ({currency})",
  "invoices.payment.amountReceived": "Erhaltener Betrag ({currency})",
  "invoices.payment.paidOn": "Bezahlt am",
  "invoices.payment.reference": "Referenz (optional)",
  "invoices.payment.reference.hint":
    "Die Referenz der Überweisung, damit beide Seiten sie zuordnen können.",
  "invoices.payment.submit": "Zahlung erfassen",
  "invoices.payment.recorded":
    "Zahlung über {amount} erfasst. Sie zählt, sobald {side, select, client {der Kunde} other {der Dienstleister}} sie bestätigt.",
  "invoices.payment.tooMuch": "Mehr, als auf dieser Rechnung offen ist.",
  "invoices.payment.nothingOpen":
    "Es gibt nichts mehr zu erfassen: Der geschuldete Betrag ist erfasst und wartet auf die Bestätigung {side, select, client {des Kunden} other {des Dienstleisters}}.",
  "refunds.title": "Rückerstattungen",
  "refunds.summary":
    "Der Kunde hat {paid} gezahlt; der Dienstleister hat {refunded} zurückgezahlt, vom Kunden bestätigt.",
  "refunds.empty": "Noch keine Rückerstattung erfasst.",
  "refunds.caption": "An den Kunden zurückgezahlte Beträge",
  "refunds.confirm.label": "Eingang der Rückerstattung über {amount} vom {date} bestätigen",
  "refunds.reject.label":
    "Rückerstattung über {amount} vom {date} zurückweisen: Sie ist nicht eingegangen",
  "refunds.waiting": "Wartet auf die Bestätigung des Kunden.",
  "refunds.record.title": "Rückerstattung erfassen",
  "refunds.record.explain":
    "Erfassen Sie Geld, das Ihre Organisation dem Kunden zurückgezahlt hat (eine im Streitfall vereinbarte Rückerstattung, was die Schlussabrechnung als zurückzuzahlen ausweist): Sie zählt, sobald der Kunde sie bestätigt. Höchstens {open} kann erfasst werden.",
  "refunds.record.amount": "Zurückgezahlter Betrag ({currency})",
  "refunds.record.paidOn": "Zurückgezahlt am",
  "refunds.record.reference": "Referenz (optional)",
  "refunds.record.reference.hint":
    "Die Referenz der Überweisung oder der Zahlungsweg, damit der Kunde sie zuordnen kann.",
  "refunds.record.submit": "Rückerstattung erfassen",
  "refunds.record.done":
    "Rückerstattung über {amount} erfasst. Sie zählt, sobald der Kunde sie bestätigt.",
  "refunds.record.nothingOpen":
    "Nichts mehr zurückzuzahlen: Jede Zahlung des Kunden ist zurückgezahlt oder wartet auf seine Bestätigung.",
  "invoices.interest.title": "Verzugszinsen",
  "invoices.interest.explain":
    "Gesetzliche Verzugszinsen zum {date}: einfache Zinsen auf den noch offenen Betrag ab dem Tag nach dem Fälligkeitsdatum, zum Referenzzinssatz zuzüglich 8 Prozentpunkten pro Jahr, und eine Pauschale für Beitreibungskosten. Beide Seiten sehen sie, bevor etwas in Rechnung gestellt wird.",
  "invoices.interest.caption": "Die Berechnung zum {date}",
  "invoices.interest.column.period": "Zeitraum",
  "invoices.interest.column.days": "Tage",
  "invoices.interest.column.principal": "Geschuldet",
  "invoices.interest.column.rate": "Zinssatz",
  "invoices.interest.column.interest": "Zinsen",
  "invoices.interest.period": "{from} – {to}",
  "invoices.interest.days": "{days, number} von {year, number}",
  "invoices.interest.rate": "Referenzzinssatz {reference} + {margin} = {annual} pro Jahr",
  "invoices.interest.interestTotal": "Zinsen",
  "invoices.interest.compensation": "Pauschale für Beitreibungskosten",
  "invoices.interest.total": "Gesamtbetrag",
  "invoices.interest.claimed":
    "Bereits in Rechnung gestellt: {interest} Zinsen{compensation, select, yes { und die Pauschale für Beitreibungskosten} other {}}.",
  "invoices.interest.claimable": "Noch nicht in Rechnung gestellt: {amount}.",
  "invoices.interest.invoice": "Verzugszinsen in Rechnung stellen",
  "invoices.interest.invoice.hint":
    "Erstellt einen Rechnungsentwurf über das noch nicht Geforderte, Stand heute; Sie prüfen ihn und stellen ihn aus wie jede andere Rechnung.",
  "invoices.early.title": "Ein Angebot, weniger, aber früher zu zahlen?",
  "invoices.early.explain":
    "Bevor Sie zustimmen, für eine schnellere Zahlung weniger anzunehmen, sehen Sie, worauf der Nachlass hinausläuft: Accord benennt ihn als Vergütungskürzung und gibt seine Kosten als Jahreszinssatz an.",
  "invoices.early.amount": "Angebotener Betrag ({currency})",
  "invoices.early.payOn": "Bezahlt am",
  "invoices.early.submit": "Angebot prüfen",
  "invoices.early.noFlag":
    "Dieses Angebot bedeutet nicht weniger Geld zu einem früheren Zeitpunkt, also ist es kein Nachlass für schnelle Zahlung.",
  "invoices.reminders.title": "Zahlungserinnerungen",
  "invoices.reminders.none": "Für diese Rechnung ist keine Zahlungserinnerung geplant.",
  "invoices.reminders.item":
    "{date}: {when, select, before {{days, plural, one {# Tag} other {# Tage}} vor dem Fälligkeitsdatum} on {am Fälligkeitsdatum} other {{days, plural, one {# Tag} other {# Tage}} nach dem Fälligkeitsdatum}}",
  "invoices.reminders.status.pending": "geplant",
  "invoices.reminders.status.sent": "gesendet",
  "invoices.reminders.status.skipped":
    "nicht gesendet: Eine spätere Erinnerung ging stattdessen hinaus",
  "invoices.reminders.status.cancelled": "abgesagt",
  "invoices.reminders.reason.superseded":
    "nicht gesendet: Eine spätere Erinnerung war zur selben Zeit fällig und ging stattdessen hinaus",
  "invoices.reminders.reason.paid": "abgesagt: Die Rechnung wurde bezahlt",
  "invoices.reminders.reason.credited": "abgesagt: Eine Gutschrift hat die Rechnung ausgeglichen",
  "invoices.reminders.reason.void": "abgesagt: Die Rechnung wurde storniert",
  "invoices.reminders.reason.awaiting_confirmation":
    "zurückgehalten: Der Kunde hat eine Zahlung erfasst, die auf Bestätigung wartet; sie geht hinaus, wenn die Zahlung abgelehnt wird",
  "invoices.document.title":
    "{status, select, draft {Rechnungsentwurf} void {Rechnung {number} (storniert)} other {Rechnung {number}}}",
  "invoices.document.void": "Storniert: {reason}",
  "invoices.document.from": "Rechnungssteller",
  "invoices.document.to": "Rechnungsempfänger",
  "invoices.document.engagement": "Auftrag",
  "invoices.document.notIssued": "Noch nicht ausgestellt: keine Nummer, kein Datum.",
  "invoices.document.settlement": "Korrekturen und Zahlungen",
  "invoices.document.creditNote": "Gutschrift {number} vom {date}: {reason}",
  "invoices.document.payment":
    "Zahlung vom {date}{reference, select, none {} other { ({reference})}}, bestätigt",
  "invoices.document.lateInterest":
    "Nach dem Fälligkeitsdatum fallen gesetzliche Verzugszinsen (Referenzzinssatz zuzüglich 8 Prozentpunkten) und eine Pauschale für Beitreibungskosten an.",
  "invoices.document.footer": "Aus Accord gedruckt am {date}. Beträge in {currency}.",

  "paymentRecord.engagement.title": "Zahlungsverhalten von {client}",
  "paymentRecord.org.title":
    "{kind, select, client {Wie Ihre Organisation zahlt} other {Wie Ihre Kunden Sie bezahlen}}",
  "paymentRecord.explain":
    "{scope, select, engagement {Die ausgestellten Rechnungen dieses Auftrags} other {{role, select, payer {Die Rechnungen, die Ihre Organisation erhalten hat} other {Die Rechnungen, die Ihre Organisation ausgestellt hat}}}}, Stand {date}. Die Tage nach Fälligkeit werden nach Betrag gewichtet: Eine große, verspätet bezahlte Rechnung zählt mehr als eine kleine, und noch offene, überfällige Beträge zählen mit den Tagen, die sie heute überfällig sind.",
  "paymentRecord.empty": "Noch keine ausgestellte Rechnung.",
  "paymentRecord.notYet": "Noch nicht bekannt",
  "paymentRecord.outstanding": "Noch offen",
  "paymentRecord.overdue": "Überfällig",
  "paymentRecord.onTime": "Pünktlich bezahlt",
  "paymentRecord.onTime.value":
    "{rate} ({count, number} von {of, plural, one {# Rechnung} other {# Rechnungen}})",
  "paymentRecord.daysPastDue": "Tage nach Fälligkeit, nach Betrag gewichtet",
  "paymentRecord.daysPastDue.value": "{days, plural, one {# Tag} other {# Tage}} im Schnitt",
  "paymentRecord.paid": "Bisher bezahlt",
  "paymentRecord.ageing.caption": "Offene Beträge nach Alter, in {currency}",
  "paymentRecord.ageing.current": "Noch nicht fällig",
  "paymentRecord.ageing.days_1_15": "1–15 Tage überfällig",
  "paymentRecord.ageing.days_16_30": "16–30 Tage überfällig",
  "paymentRecord.ageing.days_31_60": "31–60 Tage überfällig",
  "paymentRecord.ageing.over_60": "Mehr als 60 Tage überfällig",

  "remunerationTrend.title": "Entwicklung der Vergütung",
  "remunerationTrend.explain":
    "Der effektive Satz jeder Version der Vereinbarung: was sie pro Stunde des vereinbarten Leistungsumfangs zahlt, bepreiste Änderungen eingeschlossen.",
  "remunerationTrend.empty": "Noch ist keine Version der Vereinbarung in Kraft.",
  "remunerationTrend.column.version": "Version",
  "remunerationTrend.column.from": "In Kraft seit",
  "remunerationTrend.column.remuneration": "Vergütung",
  "remunerationTrend.column.scope": "Vereinbarter Leistungsumfang",
  "remunerationTrend.column.rate": "Effektiver Satz",
  "remunerationTrend.hours": "{hours} h",
  "remunerationTrend.perHour": "{rate} pro Stunde",
  "remunerationTrend.noCut":
    "Keine Version hat die Vergütung gekürzt, ohne den Leistungsumfang entsprechend zu verringern.",
  "remunerationTrend.flag.cut": "Vergütungskürzung",
  "remunerationTrend.flag.discount": "Nachlass für schnelle Zahlung",
  "remunerationTrend.flags.title": "Was Accord kennzeichnet und warum",
  "remunerationTrend.flags.cut":
    "Eine Vergütungskürzung ohne entsprechende Kürzung des Leistungsumfangs: Wenn eine neue Version spürbar weniger zahlt (um mehr als 5 %), während die vereinbarte Arbeit weniger stark schrumpft, wird dieselbe Arbeit für weniger Geld geleistet.",
  "remunerationTrend.flags.discount":
    "Die Bitte, für eine schnellere Zahlung weniger anzunehmen: Eine Rechnung früher und dafür mit weniger Geld zu begleichen, ist ebenfalls eine Vergütungskürzung. Beide Seiten können ein solches Angebot zu einer offenen Rechnung prüfen, und Accord gibt seine Kosten als Jahreszinssatz an.",

  "reminderSchedule.title": "Zahlungserinnerungen",
  "reminderSchedule.explain":
    "Ihre Kunden werden an diesen Tagen, gezählt ab dem Fälligkeitsdatum, an jede offene Rechnung erinnert. Eine Änderung gilt für Rechnungen, die ab dann ausgestellt werden.",
  "reminderSchedule.current":
    "Zahlungserinnerungen werden {days} versendet.{isDefault, select, yes { Das ist die Voreinstellung von Accord.} other {}}",
  "reminderSchedule.day":
    "{when, select, before {{days, plural, one {# Tag} other {# Tage}} vor dem Fälligkeitsdatum} on {am Fälligkeitsdatum} other {{days, plural, one {# Tag} other {# Tage}} danach}}",
  "reminderSchedule.none": "Keine Zahlungserinnerungen: Ihre Kunden werden nie erinnert.",
  "reminderSchedule.readOnly": "Nur Inhaber ändern den Erinnerungsplan.",
  "reminderSchedule.updated": "Geändert am {date}.",
  "reminderSchedule.field": "Erinnerungstage",
  "reminderSchedule.field.hint":
    "Tage ab dem Fälligkeitsdatum, durch Kommas getrennt: negativ davor, 0 am Tag selbst, positiv danach. Zum Beispiel -7, -1, 1, 7, 14. Leer lassen für keine Zahlungserinnerungen.",
  "reminderSchedule.unreadable": "Nicht als ganze Tage lesbar: {parts}.",
  "reminderSchedule.problem": "{day, number}: {message}",
  "reminderSchedule.saved": "Erinnerungsplan gespeichert.",
  "reminderSchedule.submit": "Plan speichern",

  "orgBilling.title": "Abrechnung von {org}",
  "orgBilling.intro":
    "{kind, select, client {Was Ihre Organisation über alle Aufträge hinweg schuldet und bezahlt hat, sowie Exporte für Ihre Buchhaltung.} other {Was Ihre Kunden Ihnen über alle Aufträge hinweg schulden und bezahlt haben, Exporte für Ihre Buchhaltung und wann Ihre Kunden erinnert werden.}}",
  "orgBilling.exports.title": "Exporte für die Buchhaltung",
  "orgBilling.exports.explain":
    "CSV-Dateien, Beträge als einfache Dezimalzahlen neben ihrer Währung; Entwürfe sind nie enthalten.",
  "orgBilling.exports.invoices": "Rechnungen und Gutschriften (CSV)",
  "orgBilling.exports.payments": "Zahlungen (CSV)",
  "orgBilling.exports.refunds": "Rückerstattungen (CSV)",
  // reviews-web
  "engagement.tab.reviews": "Bewertungen",
  "nav.moderation": "Moderation",
  "nav.cases": "Fälle",
  "reviews.intro":
    "Nach jedem abgenommenen Meilenstein, wenn der Auftrag abgeschlossen ist (alle Meilensteine abgenommen) und nach seinem Ausstieg können beide Seiten einander innerhalb von 14 Tagen bewerten. Bewertungen bleiben verdeckt, bis beide abgegeben sind oder die Frist endet; dann werden beide gemeinsam veröffentlicht und gesperrt. Niemand kann eine veröffentlichte Bewertung ändern oder entfernen; die bewertete Seite kann einmal antworten.",
  "reviews.none":
    "Noch keine Bewertung offen: Jeder abgenommene Meilenstein eröffnet eine Bewertungsrunde.",
  "reviews.round.title":
    "{kind, select, milestone {Bewertungen nach dem Meilenstein „{title}“} engagement {Bewertungen des Auftrags} other {Bewertungen nach dem Ausstieg}}",
  "reviews.round.published":
    "Veröffentlicht am {date}. Beide Bewertungen sind öffentlich und gesperrt.",
  "reviews.round.closedEmpty": "Die Frist endete am {date} ohne Bewertung.",
  "reviews.round.blind":
    "Verdeckt, bis beide abgegeben sind: Keine Seite sieht die Bewertung der anderen, bevor beide abgegeben haben oder die Frist am {date} endet.",
  "reviews.round.sides":
    "{mine, select, yes {Ihre Seite hat ihre Bewertung abgegeben.} other {Ihre Seite hat noch keine Bewertung abgegeben.}} {theirs, select, yes {Die andere Seite hat ihre Bewertung abgegeben.} other {Die andere Seite hat noch nicht abgegeben.}}",
  "reviews.form.title": "Ihre Bewertung schreiben",
  "reviews.form.body": "Ihre öffentliche Bewertung",
  "reviews.form.body.hint":
    "Wird zusammen mit der Bewertung der anderen Seite veröffentlicht, sobald beide vorliegen, oder wenn die Frist endet.",
  "reviews.form.stars": "Sterne für jeden Aspekt",
  "reviews.form.stars.choose": "Auswählen…",
  "reviews.stars": "{count, plural, one {# Stern} other {# Sterne}}",
  "reviews.starsOfFive": "{count, plural, one {# Stern} other {# Sterne}} von 5",
  "reviews.form.privateRating": "Private Note (0–10)",
  "reviews.form.privateRating.hint":
    "Nur Ihre eigene Seite sieht sie; sie fließt in die Gesundheit der Beziehung ein.",
  "reviews.form.final":
    "Einmal abgegeben, kann eine Bewertung weder geändert noch zurückgezogen werden.",
  "reviews.form.submit": "Bewertung abgeben",
  "reviews.aspect.quality": "Qualität",
  "reviews.aspect.communication": "Kommunikation",
  "reviews.aspect.reliability": "Zuverlässigkeit",
  "reviews.aspect.clarity": "Klarheit",
  "reviews.aspect.payment": "Zahlung",
  "reviews.aspect.fairness": "Fairness",
  "reviews.card.title":
    "{side, select, client {Die Bewertung des Kunden} other {Die Bewertung des Dienstleisters}}",
  "reviews.card.mine": "Ihre Seite",
  "reviews.card.blind": "Noch nicht veröffentlicht",
  "reviews.card.hidden":
    "Eine Moderatorin oder ein Moderator hat den Text dieser Bewertung am {date} ausgeblendet, aus diesem Grund: {reason}",
  "reviews.card.privateRating":
    "Private Note Ihrer Seite: {rating, number}/10 (der anderen Seite nie gezeigt).",
  "reviews.card.submitted": "Abgegeben am {date}.",
  "reviews.record.title": "Aus dem Verlauf des Auftrags:",
  "reviews.record.claim":
    "{claim, select, never_delivered {Der Text behauptet, es sei nichts geliefert worden.} other {Der Text behauptet, es sei nichts bezahlt worden.}}",
  "reviews.record.fact":
    "{kind, select, deliveries_accepted {Der Verlauf zeigt {count, plural, one {# abgenommene Lieferung} other {# abgenommene Lieferungen}}} other {Der Verlauf zeigt {count, plural, one {# bestätigte Zahlung} other {# bestätigte Zahlungen}}}}{hasDate, select, yes {, zuletzt am {date}} other {}}.",
  "reviews.reply.title": "Antwort der bewerteten Seite",
  "reviews.reply.form": "Auf diese Bewertung antworten",
  "reviews.reply.body": "Ihre öffentliche Antwort",
  "reviews.reply.hint":
    "Sie können einmal antworten. Die Antwort ist öffentlich, steht unter der Bewertung und kann nicht geändert werden.",
  "reviews.reply.submit": "Antwort veröffentlichen",
  "reviews.screening.caseOpened":
    "Zu diesem Text wurde ein Moderationsfall eröffnet. Die Benachrichtigung finden Sie unter Fälle; dort kann Ihre Organisation antworten.",
  "reputation.title": "Ruf von {org}",
  "reputation.new": "Neu",
  "reputation.new.explain":
    "Noch zu wenige bewertbare Aufträge für einen Durchschnitt (mindestens 3, mit 2 verschiedenen Gegenübern).",
  "reputation.average": "Durchschnittlich {average} von 5",
  "reputation.counts.none": "Noch kein Auftrag konnte bewertet werden.",
  "reputation.counts":
    "{reviews, plural, =0 {Keine veröffentlichte Bewertung} one {# veröffentlichte Bewertung} other {# veröffentlichte Bewertungen}} aus {engagements, plural, one {# bewertbaren Auftrag} other {# bewertbaren Aufträgen}}; {silent, plural, =0 {jeder hat eine Bewertung} one {# ohne Bewertung} other {# ohne Bewertung}}.",
  "reputation.smoothing":
    "Durchschnitte beginnen beim Mittel der Plattform und bewegen sich mit jeder Bewertung, sodass wenige Bewertungen keinen Ruf machen oder zerstören. Aufträge ohne Bewertung zählen mit.",
  "moderation.report.open":
    "{subject, select, message {Diese Nachricht melden} reply {Diese Antwort melden} other {Diese Bewertung melden}}",
  "moderation.report.title":
    "{subject, select, message {Eine Nachricht melden} reply {Eine Antwort auf eine Bewertung melden} other {Eine Bewertung melden}}",
  "moderation.report.reason": "Warum melden Sie das?",
  "moderation.report.hint":
    "Die Moderation liest Ihre Begründung. Die andere Organisation erhält eine Benachrichtigung und kann antworten; Ihr Name wird nicht angezeigt.",
  "moderation.report.submit": "Meldung senden",
  "moderation.report.cancel": "Abbrechen",
  "moderation.report.sent":
    "Ihre Meldung wurde an die Moderation gesendet. Den Fall können Sie unter Fälle verfolgen.",
  "moderation.queue.title": "Moderationswarteschlange",
  "moderation.queue.intro":
    "Offene Fälle und Fälle im Einspruch, die ältesten zuerst. Lesen Sie den Text und die Belege, geben Sie der beschuldigten Organisation Zeit zu antworten und entscheiden Sie mit einer Begründung, die beide Parteien sehen. Über einen Einspruch entscheidet eine andere Person als die, die entschieden hat. Fälle, die Ihre eigenen Organisationen betreffen, stehen nicht hier (Sie finden sie unter Fälle, als Partei), ebenso wenig Einsprüche gegen Ihre eigenen Entscheidungen.",
  "moderation.queue.loadMore": "Weitere Fälle anzeigen",
  "moderation.queue.status": "Anzeigen",
  "moderation.queue.statusOption":
    "{status, select, waiting {Warten auf eine Moderation} open {Offen} appealed {Im Einspruch} decided {Entschieden} other {Alle Fälle}}",
  "moderation.queue.emptyStatus": "Kein Fall in dieser Liste.",
  "moderation.queue.empty": "Kein Fall wartet.",
  "moderation.cases.title": "Moderationsfälle",
  "moderation.cases.intro":
    "Fälle, die Ihre Organisationen betreffen: die Benachrichtigung zum Antworten, wenn Ihre beschuldigt ist, und wie eine Meldung von Ihnen behandelt wird. Jede Partei kann einmal Einspruch gegen eine Entscheidung einlegen.",
  "moderation.cases.empty": "Kein Fall betrifft Ihre Organisationen.",
  "moderation.cases.loadMore": "Ältere Fälle anzeigen",
  "moderation.case.title":
    "{subject, select, message {Eine Nachricht} review {Eine Bewertung} dispute {Ein Text eines Streitfalls} other {Eine Antwort auf eine Bewertung}} von {accused}",
  "moderation.case.status":
    "{status, select, open {Offen} decided {Entschieden} appealed {Im Einspruch} other {Abgeschlossen}}",
  "moderation.case.opened":
    "{source, select, screening {Von der Prüfung eröffnet} other {Auf Meldung eines Mitglieds eröffnet}} am {date}.",
  "moderation.case.complainant": "Andere Partei: {org}.",
  "moderation.case.textUnavailable": "Der Text wird hier nicht angezeigt.",
  "moderation.case.evidence": "Belege",
  "moderation.evidence.phrase": "„{phrase}“: {role}",
  "moderation.evidence.legalThreat": "rechtliche Drohung",
  "moderation.evidence.intimidation": "Einschüchterung",
  "moderation.evidence.sanction": "angedrohte Sanktion",
  "moderation.evidence.reviewLeverage": "eine Bewertung als Druckmittel",
  "moderation.evidence.reviewMention": "erwähnt eine Bewertung",
  "moderation.evidence.removalDemand": "Forderung, eine Bewertung zu entfernen",
  "moderation.evidence.ultimatum": "Ultimatum",
  "moderation.evidence.contextLink":
    "Mit einer Bewertung verknüpft: Der Absender war von der anderen Seite bewertet worden.",
  "messages.nudge.linkedToReview":
    "Er folgt auf eine Bewertung Ihrer Organisation durch die andere Seite.",
  "moderation.case.notice": "Benachrichtigung und Antwort",
  "moderation.case.noticeSent": "{org} wurde benachrichtigt und kann bis {date} antworten.",
  "moderation.case.answered": "{org} hat am {date} geantwortet:",
  "moderation.case.windowClosed":
    "Die Antwortfrist ist am {date} ohne Antwort abgelaufen; die beschuldigte Organisation kann gegen eine Entscheidung weiterhin einmal Einspruch einlegen.",
  "moderation.case.noAnswer": "Noch keine Antwort.",
  "moderation.respond.title": "Auf die Benachrichtigung antworten",
  "moderation.respond.field": "Die Antwort Ihrer Organisation",
  "moderation.respond.hint":
    "Die Moderation liest sie vor der Entscheidung. Sie können einmal antworten.",
  "moderation.respond.submit": "Antwort senden",
  "moderation.case.decision": "Entscheidung",
  "moderation.case.undecided": "Noch nicht entschieden.",
  "moderation.case.decided":
    "{decision, select, no_action {Keine Maßnahme} warning {Verwarnung} suspension {Sperre für {days, plural, one {# Tag} other {# Tage}}} other {Ausschluss}}, entschieden am {date}.",
  "moderation.decision.label":
    "{decision, select, no_action {Keine Maßnahme} warning {Verwarnung} suspension {Sperre} other {Ausschluss}}",
  "moderation.decide.title": "Über den Fall entscheiden",
  "moderation.decide.decision": "Entscheidung",
  "moderation.decide.decision.hint":
    "Eine Sperre verhindert für ihre Dauer neue Aufträge und Bewertungen; ein Ausschluss entfernt die Organisation aus dem Verzeichnis und der Vermittlung und markiert ihre offenen Aufträge für einen Ausstieg, der die andere Seite schützt.",
  "moderation.decide.days": "Dauer der Sperre (Tage)",
  "moderation.decide.verifiedThreat":
    "Die gemeldete Bewertung enthält eine echte Drohung (geprüft)",
  "moderation.decide.verifiedThreat.hint":
    "Sie zählt gegen die Beziehungsgesundheit der beschuldigten Seite, begrenzt auf 40, sofern ein Einspruch die Entscheidung nicht aufhebt.",
  "moderation.decide.reason": "Begründung",
  "moderation.decide.reason.hint": "Beide Parteien sehen sie.",
  "moderation.decide.submit": "Entscheiden",
  "moderation.case.appeal": "Einspruch",
  "moderation.case.appealed": "Einspruch eingelegt am {date}:",
  "moderation.case.appealDecided":
    "{outcome, select, upheld {Entscheidung bestätigt} other {Entscheidung aufgehoben}} am {date}.",
  "moderation.appeal.title": "Einspruch gegen die Entscheidung",
  "moderation.appeal.field": "Warum sollte sich die Entscheidung ändern?",
  "moderation.appeal.hint":
    "Jeder Fall erlaubt einen Einspruch; darüber entscheidet eine andere Person als die, die entschieden hat.",
  "moderation.appeal.submit": "Einspruch einlegen",
  "moderation.appeal.outcome":
    "{outcome, select, upheld {Entscheidung bestätigen} other {Entscheidung aufheben}}",
  "moderation.appealDecision.title": "Über den Einspruch entscheiden",
  "moderation.appealDecision.outcome": "Ergebnis",
  "moderation.appealDecision.hint":
    "Beide Parteien sehen sie. Eine Aufhebung hebt die Sanktion auf.",
  "moderation.appealDecision.submit": "Über den Einspruch entscheiden",
  "moderation.case.engagementLink": "Auftrag öffnen",
  "moderation.tabs.label": "Bereiche der Moderation",
  "moderation.tabs.queue": "Fälle",
  "moderation.tabs.closerLook": "Genauer hinsehen",
  "moderation.closerLook.title": "Bewertungen zum genaueren Hinsehen",
  "moderation.closerLook.intro":
    "Bewertungen, die innerhalb von 7 Tagen geschrieben wurden, nachdem die bewertete Seite ihren Verfassern eine Zahlungserinnerung, eine Verzugszinsforderung oder einen Streitfall geschickt hatte, oder auf die innerhalb von 7 Tagen ein solcher Schritt folgte. Sie bleiben sichtbar: Lesen Sie sie mit Blick auf diesen zeitlichen Zusammenhang, und verbergen Sie eine nur aus einem genannten Richtliniengrund.",
  "moderation.closerLook.empty":
    "Keine Bewertung ist markiert. Eine Bewertung wird markiert, wenn sie innerhalb von 7 Tagen geschrieben wird, nachdem die bewertete Seite Druck auf ihre Verfasser ausgeübt hat (Zahlungserinnerung, Verzugszinsforderung, Streitfall), oder wenn ein solcher Schritt innerhalb von 7 Tagen folgt.",
  "moderation.closerLook.heading": "Bewertung von {reviewed} durch {reviewer}",
  "moderation.closerLook.written": "In „{engagement}“, geschrieben am {date}.",
  "moderation.closerLook.why": "Warum sie markiert ist",
  "moderation.closerLook.afterPressure":
    "Geschrieben {unit, select, hours {{count, plural, one {# Stunde} other {# Stunden}}} other {{count, plural, one {# Tag} other {# Tage}}}} nach {step, select, payment_reminder {einer Zahlungserinnerung} late_interest_claim {einer Verzugszinsforderung} other {einem Streitfall}} der bewerteten Seite vom {date}.",
  "moderation.closerLook.pressureAfter":
    "{unit, select, hours {{count, plural, one {# Stunde} other {# Stunden}}} other {{count, plural, one {# Tag} other {# Tage}}}} später folgte {step, select, payment_reminder {eine Zahlungserinnerung} late_interest_claim {eine Verzugszinsforderung} other {ein Streitfall}} der bewerteten Seite vom {date}.",
  "moderation.closerLook.blind":
    "Noch nicht veröffentlicht: Die andere Seite hat sie nicht gelesen.",
  "moderation.closerLook.hidden": "Von der Moderation verborgen.",
  "moderation.closerLook.reviewLink": "Bewertung öffnen",
  "moderation.closerLook.loadMore": "Ältere Bewertungen zeigen",

  // health-web
  "engagement.tab.health": "Gesundheit",
  "webhooks.eventType.healthWarningRaised": "Gesundheitswarnung ausgelöst",
  "webhooks.eventType.healthWarningCleared": "Gesundheitswarnung aufgehoben",
  "briefClient.title": "Wie {name} als Auftraggeber zahlt",
  "briefClient.noScore": "Noch kein Wert als Auftraggeber: Kein Auftrag wurde bisher bewertet.",
  "health.title": "Beziehungsgesundheit",
  "health.intro":
    "Beide Seiten werden mit derselben Sorgfalt gemessen, und jeder Wert erklärt sich selbst: was gemessen wurde, wie es zählt und welche Belege dahinterstehen.",
  "health.tenure":
    "{days, plural, one {Seit # Tag in Zusammenarbeit.} other {Seit # Tagen in Zusammenarbeit.}}",
  "health.computedAt": "Berechnet am {date}.",
  "health.howScoresWork": "So entstehen die Werte",
  "health.side.title": "{side, select, client {Auftraggeber} other {Dienstleister}}: {name}",
  "health.score.onEngagement": "In diesem Auftrag:",
  "health.score.value": "{score} / 100",
  "health.score.none": "noch nicht genug Belege",
  "health.score.overall": "Über alle Aufträge:",
  "health.score.new": "Neu",
  "health.score.new.explain":
    "Weniger als {engagements} Aufträge mit {counterparties} verschiedenen Gegenparteien: Außerhalb der Organisation wird noch kein Wert gezeigt.",
  "health.scorecard.link": "Bewertungsbogen von {name}",
  "health.cap.threat":
    "Gedeckelt bei {limit}: eine bestätigte Drohung im Zusammenhang mit einer Bewertung.",
  "health.cap.overdue": "Gedeckelt bei {limit}: eine Rechnung ist mehr als 60 Tage überfällig.",
  "health.inputs.caption":
    "Woraus sich der Wert {side, select, client {des Auftraggebers} other {des Dienstleisters}} zusammensetzt",
  "health.inputs.input": "Kriterium",
  "health.inputs.raw": "Gemessen",
  "health.inputs.normalised": "Wert (0–100)",
  "health.inputs.weight": "Gewicht",
  "health.inputs.contribution": "Punkte",
  "health.inputs.evidence": "Belege",
  "health.inputs.heldAt": "(gedeckelt bei {limit})",
  "health.input.reliability": "Zuverlässigkeit",
  "health.input.quality": "Qualität",
  "health.input.satisfaction": "Zufriedenheit",
  "health.input.responsiveness": "Reaktionsschnelligkeit",
  "health.input.costAdherence": "Kostentreue",
  "health.input.payment": "Zahlung",
  "health.input.scopeStability": "Stabilität des Umfangs",
  "health.input.feedbackLatency": "Dauer bis zur Abnahmeprüfung",
  "health.input.fairDealing": "Faires Verhalten",
  "health.measure.reliability": "Meilensteine zum vereinbarten Termin geliefert",
  "health.measure.quality": "Liefergegenstände bei der ersten Einreichung abgenommen",
  "health.measure.satisfaction":
    "Die private Bewertung der Gegenseite von 0 bis 10, als Perzentil der Kohorte",
  "health.measure.responsiveness": "Nachrichten innerhalb der vereinbarten Antwortzeit beantwortet",
  "health.measure.costAdherence": "Berechnet ÷ vereinbarter Preis für denselben Umfang",
  "health.measure.payment": "Tage, die nach Fälligkeit gezahlt wurde, nach Betrag gewichtet",
  "health.measure.scopeStability": "Aufwand unbepreister Forderungen ÷ vereinbarter Aufwand",
  "health.measure.feedbackLatency":
    "Median der Werktage von der Einreichung bis zur Bewertung der Lieferung",
  "health.measure.fairDealing":
    "Kürzung der Vergütung ohne Kürzung des Umfangs, unbezahlte Vorleistung verlangt, „schnellere Zahlung, wenn Sie weniger nehmen“",
  "health.noEvidence": "Noch keine Belege",
  "health.raw.private": "Private Bewertungen (nur ihre Wirkung wird gezeigt)",
  "health.raw.privateUncounted":
    "Private Bewertungen, noch nicht gezählt, bis {count, number} Organisationen dieser Seite bewertet sind (damit keine einzelne Antwort erkennbar wird)",
  "health.raw.rate": "{rate} ({k, number} von {n, number})",
  "health.raw.ratio": "{ratio} × der vereinbarte Preis",
  "health.raw.daysPastDue": "{days, plural, one {# Tag} other {# Tage}} nach Fälligkeit",
  "health.raw.unpricedShare": "{share} des vereinbarten Aufwands unbepreist",
  "health.raw.businessDays": "{days, plural, one {# Werktag} other {# Werktage}}",
  "health.raw.findings": "{count, plural, =0 {Keine} one {# Befund} other {# Befunde}}",
  "health.evidence.checkIn": "Eine private Stimmungsabfrage",
  "health.evidence.reviewRating": "Bewertungsnote",
  "health.evidence.reviewRatingOn": "Bewertungsnote, veröffentlicht am {date}",
  "health.evidence.exitRating": "Note der Rückmeldung zum Abschluss",
  "health.evidence.exitRatingOn": "Note der Rückmeldung zum Abschluss, offengelegt am {date}",
  "health.evidence.thread": "Ein Gespräch, das auf Antwort wartet",
  "health.evidence.fairDealing": "Der Verlauf der Vereinbarung",
  "health.evidence.dispute": "Der Streitfall",
  "health.improve.title": "Was ihn am meisten heben würde:",
  "health.improve.none": "Kein einzelner Schritt würde heute einen Punkt bringen.",
  "health.warnings.title": "{count, plural, =0 {Warnungen} one {# Warnung} other {# Warnungen}}",
  "health.warnings.none": "Keine Warnungen: Nichts verlangt Aufmerksamkeit.",
  "health.warning.level": "{level, select, red {Rot} other {Gelb}}",
  "health.warning.responsible":
    "{side, select, client {Der Auftraggeber ist am Zug.} provider {Der Dienstleister ist am Zug.} other {Beide Seiten sind am Zug.}}",
  "health.warning.evidence": "Belege:",
  "health.warning.nextStep": "Nächster Schritt:",
  "health.warningName.overdue_invoice": "Überfällige Rechnung",
  "health.warningName.payment_terms": "Zahlungsfrist",
  "health.warningName.unpriced_changes": "Unbepreiste Forderungen",
  "health.warningName.pay_cut_without_scope_cut": "Kürzung der Vergütung ohne Kürzung des Umfangs",
  "health.warningName.evaluation_pending": "Bewertung der Lieferung ausstehend",
  "health.warningName.provider_late": "Verspätete Meilensteine oder langsame Antworten",
  "health.warningName.low_private_rating": "Niedrige private Bewertung",
  "health.warningName.dispute_unanswered": "Streitfall unbeantwortet",
  "health.chart.title": "Werte im Zeitverlauf",
  "health.chart.caption": "Die Werte beider Seiten in diesem Auftrag, nach Tag",
  "health.chart.side": "{side, select, client {Auftraggeber} other {Dienstleister}}",
  "health.chart.empty": "Noch kein Verlauf.",
  "checkIn.section": "Stimmungsabfrage",
  "checkIn.title": "Ihre private Stimmungsabfrage",
  "checkIn.intro":
    "Wie läuft es? Ihre Antwort ist privat: Die Gegenseite sieht sie nie, nur ihre Wirkung auf den Wert, sobald beide Seiten geantwortet haben oder das Zeitfenster geschlossen ist.",
  "checkIn.closes": "Offen bis {date}.",
  "checkIn.relationship":
    "Wie steht es um die Zusammenarbeit? (0 = sehr schlecht, 10 = ausgezeichnet)",
  "checkIn.counterpart":
    "Wie bewerten Sie {side, select, client {den Auftraggeber} other {den Dienstleister}}? (0 = sehr schlecht, 10 = ausgezeichnet)",
  "checkIn.reasons": "Wählen Sie zwei oder drei Gründe ({count, number} gewählt)",
  "checkIn.comment": "Kommentar (freiwillig, privat)",
  "checkIn.submit": "Meine private Antwort senden",
  "checkIn.incomplete": "Geben Sie beide Bewertungen ab und wählen Sie zwei oder drei Gründe.",
  "checkIn.answered":
    "Ihre Seite hat am {date} geantwortet. {other, select, yes {Die Gegenseite hat ebenfalls geantwortet.} other {Die Gegenseite hat noch nicht geantwortet.}}",
  "checkIn.ended":
    "Die Stimmungsabfragen sind beendet: Alle Meilensteine sind abgenommen. Die Bewertungen des Auftrags fragen jetzt beide Seiten, wie er verlaufen ist.",
  "checkIn.none":
    "Keine Stimmungsabfrage ist offen. Die Vereinbarung legt fest, wie oft eine öffnet.",
  "checkIn.reason.clear_communication": "Klare Kommunikation",
  "checkIn.reason.on_time": "Pünktlich",
  "checkIn.reason.good_quality": "Gute Qualität",
  "checkIn.reason.fair_payment": "Faire und pünktliche Zahlung",
  "checkIn.reason.respectful": "Respektvoll",
  "checkIn.reason.stable_scope": "Stabiler Umfang",
  "checkIn.reason.slow_replies": "Langsame Antworten",
  "checkIn.reason.late_delivery": "Verspätete Lieferung",
  "checkIn.reason.late_payment": "Verspätete Zahlung",
  "checkIn.reason.scope_creep": "Ausufernder Umfang",
  "checkIn.reason.poor_quality": "Mangelhafte Qualität",
  "checkIn.reason.unclear_requirements": "Unklare Anforderungen",
  "scorecard.title": "Bewertungsbogen von {name}",
  "scorecard.intro":
    "{isOwn, select, yes {Die Werte Ihrer Organisation über alle Aufträge, so wie ihre Gegenparteien sie sehen.} other {Die Werte dieser Organisation über alle Aufträge, Ihnen als Gegenpartei gezeigt.}}",
  "scorecard.empty": "Noch kein Auftrag wurde bewertet.",
  "scorecard.side": "{side, select, client {Als Auftraggeber} other {Als Dienstleister}}",
  "scorecard.sample":
    "{engagements, plural, one {# Auftrag} other {# Aufträge}} mit {counterparties, plural, one {# Gegenpartei} other {# Gegenparteien}}.",
  "scorecard.chart.caption": "Werte von {name} über alle Aufträge, nach Tag",
  "model.title": "So entstehen die Werte",
  "model.intro":
    "Accord bewertet beide Seiten jeder Zusammenarbeit mit derselben Sorgfalt: den Dienstleister danach, wie er liefert, den Auftraggeber danach, wie er zahlt, entscheidet und den Umfang hält. Diese Seite zeigt das ganze Modell, gelesen aus genau den Zahlen, mit denen gerechnet wird, und woher jede stammt. Sie ist für alle gleich.",
  "model.mechanics.title": "Gemeinsame Mechanik",
  "model.mechanics.decay":
    "Jeder Auftrag zählt mit dem Alter weniger (alle {halfLife} Tage nur noch halb so viel, größere Aufträge mehr) und verlässt das Zeitfenster nach {months} Monaten.",
  "model.mechanics.smoothing":
    "Kleine Stichproben werden mit einem Gewicht von {m} Aufträgen zum Mittel der Kohorte gezogen, damit ein früher Fehltritt keinen Wert entscheidet; Ranglisten nutzen die untere Wilson-Grenze (z = {z}).",
  "model.mechanics.new":
    "Eine Seite gilt als „neu“, bis sie mindestens {engagements} Aufträge mit {counterparties} verschiedenen Gegenparteien hat; bis dahin sieht niemand außerhalb ihren Wert.",
  "model.mechanics.normalise":
    "Jede Messung wird auf einer Geraden von einer Untergrenze (0) bis zu einem Ziel (100) zu einem Wert von 0 bis 100 und bleibt dazwischen.",
  "model.mechanics.satisfaction":
    "Zufriedenheit stammt aus privaten, verdeckten Stimmungsabfragen, als Perzentil der Kohorte: Private Bewertungen sind offener als öffentliche, und keine einzelne Antwort wird je gezeigt: Solange auf einer Seite weniger als {count} Organisationen bewertet sind, gibt es keine Kohorte, in der sich eine verbergen ließe, und die Zufriedenheit hat noch keinen Wert.",
  "model.mechanics.harshRaters":
    "Wer mindestens {counterparties} Gegenparteien bewertet hat, jede im Mittel mit {max} oder weniger, zählt mit {weight} einer Bewertung.",
  "model.mechanics.openLateness":
    "Ein Verzug, der nicht beendet ist, wächst weiter; er zählt daher {factor}-fach, bis er endet: Zahlen, Liefern, Antworten oder Prüfen ist immer der schnellste Weg nach oben. Eine erfasste Zahlung, die auf die Bestätigung der Gegenseite wartet, beendet ihn an dem Tag, den sie nennt, sofern sie nicht abgelehnt wird: Das Warten auf diese Antwort ist kein Verzug des Zahlenden.",
  "model.mechanics.missing":
    "Ein Kriterium ohne Belege gibt sein Gewicht an die anderen ab, und eine Seite erhält erst einen Wert, sobald ein Kriterium Belege hat: Stabilität des Umfangs und faires Verhalten zählen nur, was schiefging; solange nichts schiefging, genügen sie allein nicht, für den Kunden wie für den Dienstleister, bei dem noch nichts fällig ist; jeder Wert nennt seine Kriterien, ihre Werte, Gewichte und Punkte und den einen Schritt, der ihn am meisten heben würde.",
  "model.provider.title": "Der Wert des Dienstleisters",
  "model.client.title": "Der Wert des Auftraggebers",
  "model.inputs.caption":
    "Kriterien des Werts {side, select, client {des Auftraggebers} other {des Dienstleisters}}",
  "model.inputs.measure": "Messung",
  "model.inputs.scale": "Von der Messung zu 0–100",
  "model.scale.rate": "{floor} → 0, {target} → 100",
  "model.scale.ratio": "{target} → 100, {floor} → 0",
  "model.scale.percentile": "Perzentil der Kohorte",
  "model.scale.payment":
    "0 Tage → 100, {floor} Tage → 0; vereinbarte Fristen über {terms} Tage deckeln ihn bei {cap}",
  "model.scale.scope":
    "0 → 100, {floor} → 0; bepreiste, angenommene Änderungen kosten nichts; eine unbepreiste Forderung zählt bis zur Bepreisung als {presumed} des vereinbarten Aufwands",
  "model.scale.latency": "≤ {target} Werktage → 100, ≥ {floor} → 0",
  "model.scale.fairDealing": "−{penalty} Punkte je Fall",
  "model.caps.title": "Obergrenzen",
  "model.caps.threat":
    "Eine bestätigte Drohung im Zusammenhang mit einer Bewertung deckelt diese Seite bei {limit}.",
  "model.caps.overdue":
    "Eine mehr als {days} Tage überfällige Rechnung deckelt den Auftraggeber bei {limit}.",
  "model.warnings.title": "Warnungen",
  "model.warnings.caption":
    "Jeder Auftrag zeigt diese Warnungen, jede mit ihrem Grund und einem vorgeschlagenen nächsten Schritt; eine Warnung verschwindet von selbst, wenn ihre Ursache wegfällt.",
  "model.warnings.warning": "Warnung",
  "model.threshold.none": "—",
  "model.threshold.any": "Jede",
  "model.threshold.daysOver": "Mehr als {days, plural, one {# Tag} other {# Tage}}",
  "model.threshold.termsOver": "Mehr als {days} Tage ohne ausdrückliche Vereinbarung",
  "model.threshold.shareOver": "Mehr als {share} des vereinbarten Umfangs",
  "model.threshold.businessDaysOver": "Mehr als {days, plural, one {# Werktag} other {# Werktage}}",
  "model.threshold.businessDays": "{days, plural, one {# Werktag} other {# Werktage}}",
  "model.threshold.deemed": "Prüffrist verstrichen (gilt als abgenommen)",
  "model.threshold.onTimeUnder": "Weniger als {share} pünktlich über {days} Tage",
  "model.threshold.lowOne": "{max} oder weniger von einer Seite",
  "model.threshold.lowBoth": "{max} oder weniger von beiden Seiten oder zweimal in {days} Tagen",
  "model.sources.title": "Quellen",
  "model.source.servqual":
    "Dienstleistungsqualität ist Wahrnehmung minus Erwartung; Zuverlässigkeit wiegt am meisten, dann Reaktionsschnelligkeit.",
  "model.source.relationshipQuality":
    "Vertrauen wächst mit Kommunikation und sinkt mit Opportunismus; Beziehungsqualität (Vertrauen und Zufriedenheit) folgt der Leistung am besten.",
  "model.source.scorecard":
    "gewichtete Kriterien, die sich je Periode zu 100 addieren: pünktliche Lieferung, Qualität beim ersten Mal, Reaktionsschnelligkeit, Kostentreue.",
  "model.source.reviews":
    "Bewertungen, die verborgen bleiben, bis beide Seiten antworten, verringern Vergeltung; öffentliche Bewertungen steigen an, private bleiben offen; Schweigen ist eine Information.",
  "model.source.upwork":
    "Ergebnisse über alle Aufträge, gleitende Zeitfenster, Anzeige erst nach einer Mindestzahl, strenge Bewerter abgewertet.",
  "model.source.latePayment":
    "Fristen über 60 Tage sind ohne ausdrückliche Vereinbarung unfair; 30 Tage ohne Datum; Zinsen und 40 € Beitreibungspauschale ab dem Tag nach Fälligkeit.",
  "model.source.retaliation":
    "Klauseln, die Bewertungen beschränken oder bestrafen, sind nichtig; Drohungen, um Bewertungen zu unterdrücken, sind verboten; wie Bewertungen geprüft werden, muss gesagt werden.",
  // disputes
  "engagement.event.disputeOpened": "{actor} hat einen Streitfall eröffnet",
  "engagement.event.disputeResponded": "{actor} hat auf einen Streitfall geantwortet",
  "engagement.event.disputeOfferMade": "{actor} hat eine Wiedergutmachung angeboten",
  "engagement.event.disputeOfferDeclined": "{actor} hat ein Wiedergutmachungsangebot abgelehnt",
  "engagement.event.disputeSettled": "Ein Streitfall wurde beigelegt",
  "engagement.event.disputeEscalated": "Ein Streitfall ging in die nächste Stufe",
  "engagement.event.exitNoticeGiven": "{actor} hat gekündigt",
  "engagement.event.exitProtectedStarted": "Ein geschützter Ausstieg hat begonnen",
  "engagement.event.exitProtectedTookOver":
    "Die laufende Kündigung wurde zu einem geschützten Ausstieg: Kündigungsfrist erlassen, Nachbesserungsfrist entfällt",
  "engagement.event.handOverItemDone": "{actor} hat einen Übergabepunkt erledigt",
  "notifications.sentence.disputeOpened":
    "{actor} hat den Streitfall Nr. {number} eröffnet: bitte antworten Sie",
  "notifications.sentence.disputeResponded":
    "{actor} hat auf den Streitfall Nr. {number} geantwortet",
  "notifications.sentence.disputeOfferMade":
    "{actor} hat im Streitfall Nr. {number} eine Wiedergutmachung angeboten",
  "notifications.sentence.disputeOfferDeclined":
    "{actor} hat das Angebot im Streitfall Nr. {number} abgelehnt",
  "notifications.sentence.disputeSettled": "Der Streitfall Nr. {number} ist beigelegt",
  "notifications.sentence.disputeEscalated":
    "Der Streitfall Nr. {number} geht in die nächste Stufe",
  "notifications.sentence.exitNoticeGiven": "{actor} hat gekündigt: der Auftrag endet am {date}",
  "notifications.sentence.exitProtectedStarted":
    "Der Auftrag geht in einen geschützten Ausstieg: er endet am {date}",
  "notifications.sentence.handOverItemDone": "{actor} hat einen Übergabepunkt erledigt: {duty}",
  "settings.emails.type.disputeOpened": "ein Streitfall eröffnet wird",
  "settings.emails.type.disputeResponded": "auf einen Streitfall geantwortet wird",
  "settings.emails.type.disputeOfferMade": "eine Wiedergutmachung angeboten wird",
  "settings.emails.type.disputeOfferDeclined": "ein Wiedergutmachungsangebot abgelehnt wird",
  "settings.emails.type.disputeSettled": "ein Streitfall beigelegt wird",
  "settings.emails.type.disputeEscalated": "ein Streitfall in die nächste Stufe geht",
  "settings.emails.type.exitNoticeGiven": "gekündigt wird",
  "settings.emails.type.exitProtectedStarted": "ein geschützter Ausstieg beginnt",
  "settings.emails.type.handOverItemDone": "ein Übergabepunkt erledigt wird",
  "webhooks.eventType.disputeOpened": "Streitfall eröffnet",
  "webhooks.eventType.disputeResponded": "Streitfall beantwortet",
  "webhooks.eventType.disputeOfferMade": "Wiedergutmachung angeboten",
  "webhooks.eventType.disputeOfferDeclined": "Wiedergutmachung abgelehnt",
  "webhooks.eventType.disputeSettled": "Streitfall beigelegt",
  "webhooks.eventType.disputeEscalated": "Streitfall eskaliert",
  "webhooks.eventType.exitNoticeGiven": "Kündigung erklärt",
  "webhooks.eventType.exitProtectedStarted": "Geschützter Ausstieg begonnen",
  "webhooks.eventType.handOverItemDone": "Übergabepunkt erledigt",
  "engagement.event.exitFeedbackGiven": "{actor} hat Abschlussfeedback gegeben",
  "engagement.event.exitEndedAmicably": "Der Auftrag wurde einvernehmlich beendet",
  "notifications.sentence.exitEndedAmicably":
    "Der Auftrag wurde einvernehmlich beendet: die Schlussabrechnung ist bezahlt und die Übergabe abgeschlossen",
  "settings.emails.type.exitEndedAmicably": "ein Auftrag einvernehmlich endet",
  "webhooks.eventType.exitEndedAmicably": "Einvernehmlich beendet",
  // growth
  "engagement.event.goalSet": "{actor} hat ein Ziel gesetzt",
  "engagement.event.goalValueRecorded": "{actor} hat einen Messwert erfasst",
  "engagement.event.goalCorrectionProposed":
    "{actor} hat die Korrektur eines Messwerts vorgeschlagen",
  "engagement.event.goalCorrectionAnswered": "{actor} hat auf einen Korrekturvorschlag geantwortet",
  "engagement.event.relationshipReviewOpened":
    "Der Auftrag ist still geworden: ein Rückblick auf die Zusammenarbeit wurde eröffnet",
  "engagement.event.relationshipReviewAnswered": "{actor} hat den Rückblick beantwortet",
  "engagement.event.relationshipReviewRevealed":
    "Die Antworten beider Seiten zum Rückblick wurden offengelegt",
  "engagement.event.nextPhaseOffered": "{actor} hat eine nächste Phase angeboten",
  "engagement.event.nextPhaseAnswered":
    "{actor} hat auf das Angebot der nächsten Phase geantwortet",
  "engagement.event.recognitionGiven": "{actor} hat Anerkennung ausgesprochen",
  "engagement.event.recognitionAnswered":
    "{actor} hat auf eine Anerkennung geantwortet (Text oder Einwilligung)",
  "notifications.sentence.goalCorrectionProposed":
    "{actor} schlägt vor, einen Messwert von {from} auf {to} zu korrigieren",
  "notifications.sentence.goalCorrectionAnswered":
    "{actor} {outcome, select, confirmed {hat die Korrektur eines Messwerts bestätigt} other {hat die Korrektur eines Messwerts bestritten: Der erfasste Wert bleibt}}",
  "notifications.sentence.relationshipReviewOpened":
    "Der Auftrag ist still geworden: beantworten Sie einen kurzen Rückblick",
  "notifications.sentence.relationshipReviewRevealed":
    "Beide Seiten haben geantwortet: lesen Sie die Antworten",
  "notifications.sentence.checkInOpened":
    "Eine Stimmungsabfrage ist bis {closes, date, long}, {closes, time, short} offen: Sagen Sie vertraulich, wie die Arbeit läuft",
  "notifications.sentence.checkInReminded":
    "Ihre Seite hat die Stimmungsabfrage noch nicht beantwortet: Sie schließt am {closes, date, long}, {closes, time, short}",
  "notifications.sentence.nextPhaseOffered": "{actor} bietet die nächste Phase an: {title}",
  "notifications.sentence.nextPhaseAnswered":
    "{actor} hat das Angebot „{title}“ {outcome, select, accepted {angenommen} declined {abgelehnt} other {mit einer Änderungsbitte beantwortet}}",
  "notifications.sentence.recognitionGiven":
    "{actor} hat Ihre Arbeit gewürdigt ({kind, select, kudos {Anerkennung} introduction {eine Empfehlung} testimonial {ein Referenzschreiben} other {eine Fallstudie}})",
  "settings.emails.type.goalCorrectionProposed":
    "eine Korrektur eines Messwerts vorgeschlagen wird",
  "settings.emails.type.goalCorrectionAnswered":
    "eine vorgeschlagene Korrektur wird bestätigt oder bestritten",
  "settings.emails.type.relationshipReviewOpened": "ein Rückblick auf die Zusammenarbeit beginnt",
  "settings.emails.type.relationshipReviewRevealed":
    "die Antworten zum Rückblick offengelegt werden",
  "settings.emails.type.checkInOpened": "eine Stimmungsabfrage beginnt",
  "settings.emails.type.checkInReminded":
    "unsere Seite eine Stimmungsabfrage nicht beantwortet hat, die in weniger als einem Tag schließt",
  "settings.emails.type.nextPhaseOffered": "eine nächste Phase angeboten wird",
  "settings.emails.type.nextPhaseAnswered": "ein Angebot der nächsten Phase beantwortet wird",
  "settings.emails.type.recognitionGiven": "jemand unsere Arbeit würdigt",
  "webhooks.eventType.goalCorrectionProposed": "Korrektur eines Messwerts vorgeschlagen",
  "webhooks.eventType.goalCorrectionAnswered": "Antwort auf eine Wertkorrektur",
  "webhooks.eventType.relationshipReviewOpened": "Rückblick eröffnet",
  "webhooks.eventType.relationshipReviewRevealed": "Rückblick offengelegt",
  "webhooks.eventType.checkInOpened": "Stimmungsabfrage geöffnet",
  "webhooks.eventType.checkInReminded": "Erinnerung an Stimmungsabfrage",
  "webhooks.eventType.nextPhaseOffered": "Nächste Phase angeboten",
  "webhooks.eventType.nextPhaseAnswered": "Angebot der nächsten Phase beantwortet",
  "webhooks.eventType.recognitionGiven": "Anerkennung ausgesprochen",
  // home-web
  "nav.home": "Start",
  "home.title": "Wartet auf Sie",
  "home.intro": "Was in all Ihren Aufträgen auf Sie wartet, das Dringendste zuerst.",
  "home.count": "{count, plural, one {# Sache wartet auf Sie} other {# Sachen warten auf Sie}}",
  "home.empty.title": "Nichts wartet auf Sie",
  "home.empty.body":
    "Wenn die andere Seite Arbeit abgibt, eine Änderung bepreist, eine Zahlung erfasst oder Ihnen schreibt, erscheint es hier mit Frist und einer Schaltfläche zum Handeln.",
  "home.empty.engagements": "Ihre Aufträge ansehen",
  "home.item.where": "{engagement} · mit {other}",
  "home.item.evaluateRound": "Runde {round} von „{deliverable}“ bewerten",
  "home.item.approveChange": "Änderung Nr. {number} „{title}“ für {amount} annehmen oder ablehnen",
  "home.item.priceChange": "Änderung Nr. {number} „{title}“ bepreisen",
  "home.item.issueInvoice": "Den Rechnungsentwurf über {amount} ausstellen",
  "home.item.confirmPayment": "Die Zahlung von {amount} zur Rechnung {invoice} bestätigen",
  "home.item.confirmRefund": "Bestätigen, ob die Rückerstattung über {amount} eingegangen ist",
  "home.item.payBack":
    "{amount} einschließlich Steuern zurückzahlen, die dem Kunden laut Schlussabrechnung zustehen",
  "home.item.signAgreement": "Version {version} der Vereinbarung unterschreiben",
  "home.item.answerMessage":
    "Auf eine Nachricht antworten: Ihre Seite hat zugesagt, binnen {hours, plural, one {# Stunde} other {# Stunden}} zu antworten",
  "home.item.answerCheckIn": "Die vertrauliche Stimmungsabfrage beantworten: Wie läuft die Arbeit",
  "home.deadline.deemedAcceptance": "Gilt am {date} als abgenommen, wenn Sie nicht bewerten",
  "home.deadline.due": "Fällig am {date}",
  "home.deadline.overdue": "Überfällig seit {date}",
  "home.deadline.waitingSince": "Wartet seit {date}",
  "home.action.evaluate": "Bewerten",
  "home.action.decideChange": "Änderung prüfen",
  "home.action.priceChange": "Bepreisen",
  "home.action.issueInvoice": "Prüfen und ausstellen",
  "home.action.confirmPayment": "Bestätigen oder ablehnen",
  "home.action.confirmRefund": "Bestätigen oder ablehnen",
  "home.action.payBack": "Rückerstattung erfassen",
  "home.action.sign": "Lesen und unterschreiben",
  "home.action.answer": "Antworten",
  "home.action.answerCheckIn": "Vertraulich antworten",
  "confirm.cancel": "Zurück",
  "confirm.issueInvoice.title": "Diese Rechnung ausstellen?",
  "confirm.issueInvoice.body":
    "Das lässt sich nicht rückgängig machen: Die Rechnung erhält die nächste Nummer, der Kunde sieht sie, und sie ändert sich nie mehr. Fehler lassen sich nur per Gutschrift oder Stornierung korrigieren.",
  "confirm.voidInvoice.title": "Diese Rechnung stornieren?",
  "confirm.voidInvoice.body":
    "{isIssued, select, yes {Das lässt sich nicht rückgängig machen: Die Rechnung bleibt mit ihrer Nummer als storniert in den Unterlagen und kann nie mehr bezahlt oder ausgestellt werden.} other {Das lässt sich nicht rückgängig machen: Der Entwurf wird endgültig verworfen und kann nicht ausgestellt werden.}}",
  "confirm.sign.title":
    "Version {version, number} für {side, select, client {den Kunden} other {den Dienstleister}} unterschreiben?",
  "confirm.sign.body":
    "Das lässt sich nicht rückgängig machen: Ihre Unterschrift bindet Ihre Organisation an genau diesen Text und kann nicht zurückgezogen werden. Jede spätere Änderung braucht eine neue Version, die beide Seiten unterschreiben.",
  "confirm.declineChange.title": "Änderung Nr. {number} ablehnen?",
  "confirm.declineChange.body":
    "Das lässt sich nicht rückgängig machen: Die Änderungsanfrage wird mit Ihrer Begründung endgültig geschlossen. Um erneut zu fragen, muss jemand eine neue Änderung vorschlagen.",
  "nav.invoices": "Rechnungen",
  "nav.organisation": "Organisation",
  "orgSettings.title": "Einstellungen von {name}",
  "orgSettings.members": "Wer zur Organisation gehört und in welcher Rolle; Kollegen einladen.",
  "orgSettings.tokens":
    "Schlüssel, mit denen Ihre eigene Software die API von Accord für die Organisation nutzt.",
  "orgSettings.webhooks": "Adressen, die Accord aufruft, wenn in Ihren Aufträgen etwas geschieht.",
  "orgSettings.mailbox": "Die E-Mails, die diese Demo-Instanz behalten statt zugestellt hat.",
  // kernel
  "checkIn.readOnly":
    "Betrachter verfolgen die Werte; Inhaber und Mitglieder beantworten die Stimmungsabfragen für ihre Seite.",
  // web
  "auth.login.forgot": "<link>Passwort vergessen?</link>",
  "auth.forgot.title": "Passwort vergessen?",
  "auth.forgot.intro":
    "Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen.",
  "auth.forgot.emailMissing": "Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden.",
  "auth.forgot.submit": "Link senden",
  "auth.forgot.sent":
    "Falls ein Konto {email} verwendet, ist ein Link für ein neues Passwort unterwegs. Er gilt einmal und eine Stunde lang. Nach ein paar Minuten nichts da? Sehen Sie im Spam-Ordner nach oder fragen Sie erneut.",
  "auth.forgot.backToLogin": "Doch wieder eingefallen? <link>Zurück zur Anmeldung</link>",
  "auth.reset.title": "Neues Passwort wählen",
  "auth.reset.intro": "Ein neues Passwort meldet Sie überall ab, auf jedem Gerät.",
  "auth.reset.newPassword": "Neues Passwort",
  "auth.reset.passwordMissing": "Wählen Sie Ihr neues Passwort.",
  "auth.reset.submit": "Neues Passwort speichern",
  "auth.reset.done":
    "Ihr neues Passwort ist gespeichert und alle Sitzungen wurden abgemeldet. <link>Melden Sie sich</link> damit an.",
  "auth.reset.askAgain": "<link>Neuen Link anfordern</link>",
  "onboarding.title": "Ihre ersten Schritte",
  "onboarding.progress": "{done} von {total} erledigt",
  "onboarding.done": "erledigt",
  "onboarding.notDone": "noch offen",
  "onboarding.step.writeBrief.title": "Ein Briefing schreiben",
  "onboarding.step.writeBrief.body":
    "Sagen Sie, was Sie brauchen, warum und bis wann. Accord prüft, ob es klar ist, und das Matching beginnt, sobald Sie es veröffentlichen.",
  "onboarding.step.reviewMatches.title": "Ihre Treffer ansehen",
  "onboarding.step.reviewMatches.body":
    "Öffnen Sie Ihr Briefing, um die passenden Dienstleister und die Gründe zu sehen; setzen Sie die, die Ihnen gefallen, auf die Auswahlliste oder laden Sie sie ein.",
  "onboarding.step.acceptProposal.title": "Ein Angebot annehmen",
  "onboarding.step.acceptProposal.body":
    "Vergleichen Sie die eingegangenen Angebote, bitten Sie um eine Überarbeitung, wenn etwas fehlt, und nehmen Sie das passende an.",
  "onboarding.step.sign.title": "Die Vereinbarung unterschreiben",
  "onboarding.step.sign.body":
    "Lesen Sie die aus dem Angebot entworfene Vereinbarung, ändern Sie mit dem Dienstleister, was nötig ist, und unterschreiben Sie: Die Arbeit kann beginnen.",
  "onboarding.step.profile.title": "Ihre Organisation vorstellen",
  "onboarding.step.profile.body":
    "Ihre Kurzbeschreibung, Fähigkeiten, Sprachen und Zeitzonen entscheiden, mit welchen Briefings von Kunden Sie zusammengebracht werden.",
  "onboarding.step.rates.title": "Ihre Sätze und Ihren Mindestsatz angeben",
  "onboarding.step.rates.body":
    "Ihre Sätze zeigen Kunden, womit sie rechnen können; der Mindestsatz, den Kunden nie sehen, hält Sie von Briefings fern, die weniger zahlen.",
  "onboarding.step.answer.title": "Auf eine Einladung antworten",
  "onboarding.step.answer.body":
    "Wenn ein Kunde Sie zu einem Briefing einlädt, antworten Sie mit einem Angebot: Umfang, Meilensteine, Preis und Zeitplan.",
  "onboarding.action.writeBrief": "Briefing schreiben",
  "onboarding.action.openBriefs": "Ihre Briefings öffnen",
  "onboarding.action.openEngagements": "Ihre Aufträge öffnen",
  "onboarding.action.profile": "Profil vervollständigen",
  "onboarding.action.rates": "Sätze und Mindestsatz angeben",
  "onboarding.action.seeBriefs": "Briefings für Sie ansehen",
  "engagements.emptyState.title": "Noch kein Auftrag",
  "engagements.emptyState.client":
    "Ein Auftrag beginnt, wenn Sie das Angebot eines Dienstleisters zu einem Ihrer Briefings annehmen oder einen Dienstleister, mit dem Sie schon arbeiten, per E-Mail einladen.",
  "engagements.emptyState.provider":
    "Ein Auftrag beginnt, wenn ein Kunde Ihr Angebot annimmt oder Sie per E-Mail einlädt. Antworten Sie auf die Briefings, die zu Ihnen passen, um dorthin zu kommen.",
  "engagements.emptyState.invite": "Jemanden einladen, mit dem Sie schon arbeiten",
  "briefs.emptyState.client.title": "Schreiben Sie Ihr erstes Briefing",
  "briefs.emptyState.client.body":
    "Ein Briefing sagt, was Sie brauchen, warum es wichtig ist und woran Sie den Erfolg messen. Accord prüft, ob es klar ist, und bringt es dann mit passenden Dienstleistern zusammen.",
  "briefs.emptyState.provider.body":
    "Veröffentlichte Briefings, die zu Ihren Fähigkeiten, Sprachen und Ihrem Mindestsatz passen, erscheinen hier, die mit Einladung zuerst. Ein vollständiges Profil bringt Ihnen Treffer.",
  "invoices.emptyState.provider":
    "Rechnungen werden für Sie entworfen, wenn der Kunde einen Meilenstein abnimmt oder eine bepreiste Änderung genehmigt; Sie können unten auch selbst eine schreiben.",
  "invoices.emptyState.client":
    "Die Rechnungen des Dienstleisters erscheinen hier, sobald sie gestellt sind, jede zu einem abgenommenen Meilenstein, einer genehmigten Änderung oder der vereinbarten Pauschale.",
  "invoices.emptyState.delivery": "Zur Lieferung",
  "form.signup.nameMissing": "Geben Sie Ihren Namen an, so wie Ihre Partner ihn sehen werden.",
  "form.signup.emailMissing": "Geben Sie Ihre E-Mail-Adresse ein: Mit ihr melden Sie sich an.",
  "form.signup.passwordMissing": "Wählen Sie ein Passwort.",
  "form.login.emailMissing": "Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden.",
  "form.login.passwordMissing": "Geben Sie Ihr Passwort ein.",
  "form.org.nameMissing": "Geben Sie der Organisation einen Namen.",
  // exit-web
  "engagement.tab.disputes": "Streitfälle",
  "engagement.tab.exit": "Ausstieg",
  "disputes.intro":
    "Eine Meinungsverschiedenheit wird nach dem Vereinbarten beigelegt: erst reden, dann Wiedergutmachung, dann die Empfehlung einer Moderatorin oder eines Moderators; schlimmstenfalls trennt man sich. Jede Seite behält ihr Recht auf Antwort.",
  "disputes.none": "In diesem Auftrag gibt es keine Streitfälle.",
  "disputes.open.button": "Streitfall eröffnen",
  "disputes.open.form": "Streitfall eröffnen",
  "disputes.open.subject": "Worum es geht",
  "disputes.subject.kind":
    "{kind, select, evaluation {Eine Bewertung der Lieferung} invoice {Eine Rechnung} change_request {Eine Änderungsanfrage} other {Verhalten}}",
  "disputes.open.item": "Welche",
  "disputes.open.statement": "Was passiert ist",
  "disputes.open.statement.hint": "Bleiben Sie bei den Tatsachen und beim Vereinbarten.",
  "disputes.open.wants": "Was verlangt wird",
  "disputes.open.wants.hint": "Sagen Sie, was die Sache für Sie erledigen würde.",
  "disputes.open.submit": "Streitfall eröffnen",
  "disputes.form.cancel": "Abbrechen",
  "disputes.item.title": "Streitfall Nr. {number}: {subject}",
  "disputes.item.subjectNamed": "{kind}: {name}",
  "disputes.item.openedBy":
    "Eröffnet von {isMine, select, yes {Ihrer Seite} other {{side, select, client {der Kundin bzw. dem Kunden} other {der Dienstleisterin bzw. dem Dienstleister}}}} am {date}",
  "disputes.status":
    "{status, select, awaiting_response {Wartet auf Antwort} negotiating {In Verhandlung} offer_pending {Angebot wartet auf Antwort} in_mediation {In Mediation} recommended {Empfehlung liegt vor} settled {Beigelegt} separated {Trennung} other {Zurückgezogen}}",
  "disputes.ladder.label": "Stufen der Beilegung",
  "disputes.ladder.current": "(aktuelle Stufe)",
  "disputes.due":
    "Der nächste Schritt ist bis {date} fällig; bleibt er bis dahin unbeantwortet, steigt der Streitfall von selbst eine Stufe auf.",
  "disputes.response": "Antwort",
  "disputes.response.none": "Noch nicht beantwortet.",
  "disputes.respond.form": "Auf den Streitfall antworten",
  "disputes.respond.label": "Ihre Antwort",
  "disputes.respond.submit": "Antwort senden",
  "disputes.settlement.title": "Fairer Teilausgleich nach der Aktenlage",
  "disputes.settlement.intro":
    "Was die vereinbarten Kriterien für „{milestone}“ ({price}) als geschuldet ausweisen, als Ausgangspunkt für beide Seiten.",
  "disputes.settlement.none":
    "Dieser Streitfall betrifft keinen bepreisten Meilenstein, daher gibt es keinen Ausgleich zu berechnen.",
  "disputes.settlement.column.line": "Posten",
  "disputes.settlement.column.amount": "Betrag",
  "disputes.settlement.line":
    "{kind, select, criteria_met {{title}: {met} von {total, plural, one {# Kriterium} other {# Kriterien}} erfüllt} approved_change {Genehmigte Änderung Nr. {number}: {title}} payment {Zahlung {title}} other {Gutschrift {title}}}",
  "disputes.settlement.balance":
    "{isOwed, select, yes {Noch von der Kundenseite geschuldet} other {An die Kundenseite zurückzugeben}}",
  "disputes.offers.title": "Angebotene Wiedergutmachung",
  "disputes.offer.by":
    "Angeboten von {side, select, client {der Kundenseite} other {der Dienstleisterseite}} am {date}",
  "disputes.offer.status":
    "{status, select, pending {Wartet auf Antwort} accepted {Angenommen} declined {Abgelehnt} countered {Mit Gegenangebot beantwortet} other {Verfallen}}",
  "disputes.offer.note": "Anmerkung: {note}",
  "disputes.amends.rework": "Nachbesserung von „{title}“",
  "disputes.amends.credit_note": "Eine Gutschrift über {amount} auf Rechnung {number}",
  "disputes.amends.partial_refund": "Eine Teilerstattung über {amount}",
  "disputes.amends.extended_deadline": "Eine neue Frist für „{title}“: {date}",
  "disputes.amends.apology": "Eine schriftliche Entschuldigung: „{text}“",
  "disputes.action.offer": "Wiedergutmachung anbieten",
  "disputes.action.counter": "Mit eigenem Angebot antworten",
  "disputes.action.accept": "Angebot annehmen",
  "disputes.action.decline": "Angebot ablehnen",
  "disputes.action.escalate": "Eine Stufe aufsteigen",
  "disputes.amends.form": "Wiedergutmachung anbieten",
  "disputes.amends.choose": "Was Sie anbieten, kombiniert",
  "disputes.amends.whoOffers":
    "Nachbesserung, Gutschriften und Erstattungen bietet die Dienstleisterseite an; jede Seite kann mehr Zeit gewähren oder sich entschuldigen.",
  "disputes.amends.kind":
    "{kind, select, rework {Einen Liefergegenstand nachbessern} credit_note {Eine Gutschrift} partial_refund {Eine Teilerstattung} extended_deadline {Eine verlängerte Frist} other {Eine schriftliche Entschuldigung}}",
  "disputes.amends.deliverable": "Nachzubessernder Liefergegenstand",
  "disputes.amends.invoice": "Gutzuschreibende Rechnung",
  "disputes.amends.creditAmount": "Betrag der Gutschrift",
  "disputes.amends.refundAmount": "Erstattungsbetrag",
  "disputes.amends.milestone": "Meilenstein",
  "disputes.amends.dueDate": "Neue Frist",
  "disputes.amends.apologyText": "Ihre Entschuldigung",
  "disputes.amends.note": "Anmerkung (optional)",
  "disputes.amends.submit": "Angebot senden",
  "disputes.amends.problem.empty": "Wählen Sie mindestens eine Art der Wiedergutmachung.",
  "disputes.amends.problem.amount":
    "Geben Sie jeden Betrag als positive Zahl im angezeigten Format ein.",
  "disputes.outcome.settled":
    "{count, plural, =0 {Beigelegt: Die angenommene Wiedergutmachung wurde ausgeführt.} one {Beigelegt: Die angenommene Wiedergutmachung wurde ausgeführt (Gutschrift {creditNotes}).} other {Beigelegt: Die angenommene Wiedergutmachung wurde ausgeführt (Gutschriften {creditNotes}).}}",
  "disputes.outcome.separated":
    "Die Stufen endeten in einer einvernehmlichen Trennung: Kündigen Sie im Reiter „Ausstieg“.",
  "disputes.outcome.withdrawn": "Von der Seite zurückgezogen, die ihn eröffnet hatte.",
  "disputes.recommendation": "Empfehlung der Moderation (nicht bindend): {text}",
  "confirm.acceptAmends.title": "Diese Wiedergutmachung annehmen?",
  "confirm.acceptAmends.body":
    "Das lässt sich nicht rückgängig machen: Die Wiedergutmachung wird sofort ausgeführt (Gutschriften ausgestellt, Arbeit wieder geöffnet, Fristen verschoben) und der Streitfall als beigelegt geschlossen.",
  "confirm.escalate.title": "Streitfall Nr. {number} eine Stufe aufsteigen lassen?",
  "confirm.escalate.body":
    "Das lässt sich nicht rückgängig machen: Der Streitfall geht in {rung, select, mediation {die Mediation durch die Moderation} other {die einvernehmliche Trennung}}, und ein offenes Angebot verfällt.",
  "exit.intro":
    "Eine Trennung wird geplant, nicht ausgefochten: Kündigung wie vereinbart, eine Schlussabrechnung, die beide Seiten Posten für Posten lesen, eine Übergabe und Rückmeldungen.",
  "exit.none": "Niemand hat gekündigt.",
  "exit.noAgreement":
    "Eine Kündigung ist noch nicht möglich: Sie folgt der Kündigungsfrist und der Übergabe der geltenden Vereinbarung, und noch ist keine Vereinbarung in Kraft. Die Inhaber beider Seiten unterschreiben sie auf der Registerkarte „Vereinbarung“.",
  "exit.notice.form": "Kündigen",
  "exit.notice.reason": "Grund",
  "exit.notice.reason.option":
    "{reason, select, notice {Kündigung nach der Vereinbarung} other {Eine Pflichtverletzung, die die andere Seite beheben kann}}",
  "exit.notice.cureDays": "Tage, die die andere Seite zur Behebung hat",
  "exit.notice.note": "Anmerkung (optional)",
  "exit.notice.submit": "Kündigen",
  "confirm.giveNotice.title": "Diesen Auftrag kündigen?",
  "confirm.giveNotice.body":
    "Das lässt sich nicht rückgängig machen: Die andere Seite wird sofort informiert, und das Austrittsdatum folgt der vereinbarten Kündigungsfrist.",
  "exit.summary.title": "Ausstieg",
  "exit.reason":
    "{reason, select, notice {Kündigung} breach {Kündigung wegen Pflichtverletzung} other {Geschützter Ausstieg}}, ausgesprochen von {side, select, client {der Kundenseite} other {der Dienstleisterseite}} am {date}.",
  "exit.date": "Austrittsdatum",
  "exit.cureBy": "Frist zur Behebung endet",
  "exit.remaining": "Was noch offen ist",
  "exit.remaining.value":
    "{items, plural, =0 {Kein Übergabepunkt} one {# Übergabepunkt} other {# Übergabepunkte}}; {isSettled, select, yes {die Schlussabrechnung ist bezahlt} other {die Schlussabrechnung ist noch nicht bezahlt}}",
  "exit.noticeWaived":
    "Die Kundenseite ist von der Kündigungsfrist befreit: Die Dienstleisterseite wurde ausgeschlossen und schuldet weiterhin die Übergabe.",
  "exit.amicable": "Einvernehmlich beendet am {date}.",
  "exit.doorOpen": "Tür offen: Beide Seiten würden wieder zusammenarbeiten.",
  "exit.settlement.title": "Schlussabrechnung",
  "exit.settlement.intro":
    "Aus der Aktenlage berechnet, bevor etwas ausgestellt wird: Beide Seiten lesen dieselben Posten.",
  "exit.settlement.line":
    "{kind, select, milestone_accepted {Abgenommener Meilenstein „{title}“} milestone_in_progress {Laufende Arbeit an „{title}“ ({count} %)} retainer_periods {{count, plural, one {# Pauschalzeitraum} other {# Pauschalzeiträume}}} retainer_partial {Pauschalzeitraum tageweise, {count} von {of} Tagen} time {{unit, select, day {Geleistete Zeit: {count, plural, one {# Tag} other {# Tage}} zu {title}} other {Geleistete Zeit: {count, plural, one {# Stunde} other {# Stunden}} zu {title}}}} time_cap {Vereinbarte Obergrenze von {title}} approved_change {Genehmigte Änderung Nr. {number}: {title}} expense {Auslage: {title}} payment {Zahlung {title}} credit {Gutschrift {title}} agreed_refund {Im Streitfall Nr. {number} vereinbarte Rückerstattung} refund_paid {Rückerstattung gezahlt am {title}} other {Verzugszinsen auf Rechnung {title}}}",
  "exit.settlement.document":
    "{kind, select, final_invoice {Schlussrechnung, von der Kundenseite geschuldet: {amount}} invoices_open {Von der Kundenseite auf die bereits gestellten Rechnungen geschuldet: {amount} (keine neue Rechnung nötig)} credit_note {Gutschrift, der Kundenseite geschuldet: {amount}} other {Nichts mehr zu berechnen oder gutzuschreiben: Die Abrechnung ist bezahlt.}}",
  "exit.settlement.refundToSettle":
    "Zum Ausgleich erstattet der Dienstleister {amount} einschließlich Steuern: Die Gutschrift oben ist netto, und eine Rückerstattung gibt Geld zurück, das mit Steuern gezahlt wurde. Sobald der Kunde diese Rückerstattung bestätigt, ist der Saldo null.",
  "exit.settlement.recordRefund": "Rückerstattung erfassen",
  "exit.settlement.unavailable":
    "Die Schlussabrechnung lässt sich aus der Aktenlage noch nicht berechnen ({reason}).",
  "exit.handover.title": "Übergabe",
  "exit.handover.complete": "Die Übergabe ist abgeschlossen.",
  "exit.handover.side": "{side, select, client {Kundenseite} other {Dienstleisterseite}}",
  "exit.handover.due": "fällig am {date}",
  "exit.handover.done": "erledigt am {date}",
  "exit.handover.tick": "„{duty}“ als erledigt markieren",
  "exit.handover.tick.short": "Als erledigt markieren",
  "confirm.tickHandOver.title": "„{duty}“ als erledigt markieren?",
  "confirm.tickHandOver.body":
    "Das lässt sich nicht rückgängig machen: Die andere Seite erfährt, dass dieser Punkt übergeben ist.",
  "exit.feedback.title": "Rückmeldung zum Abschluss",
  "exit.feedback.intro":
    "Vertraulich: Ihre Bewertung fließt nur in die Beziehungsgesundheit ein; die andere Seite sieht, dass Sie geantwortet haben, nicht was.",
  "exit.feedback.given":
    "{side, select, client {Die Kundenseite} other {Die Dienstleisterseite}} hat ihre Rückmeldung gegeben.",
  "exit.feedback.mine":
    "Ihre Rückmeldung: {rating} von 10; {again, select, yes {Sie würden wieder zusammenarbeiten} other {Sie würden nicht wieder zusammenarbeiten}}.",
  "exit.feedback.rating": "Wie war die Zusammenarbeit? (0 bis 10)",
  "exit.feedback.again": "Ich würde wieder mit ihnen arbeiten",
  "exit.feedback.comment": "Kommentar (optional)",
  "exit.feedback.submit": "Rückmeldung senden",
  // growth-web
  "engagement.event.recognitionRequested":
    "{actor} hat um Freigabe eines Referenzschreibens oder einer Fallstudie gebeten",
  "notifications.sentence.recognitionRequested":
    "{actor} bittet Sie, {kind, select, testimonial {ein Referenzschreiben} other {eine Fallstudie}} freizugeben",
  "notifications.sentence.recognitionAnswered":
    "{actor} {step, select, text_approved {hat den Text genehmigt für} text_declined {hat den Text abgelehnt für} consent_granted {hat der Veröffentlichung zugestimmt für} consent_declined {hat die Veröffentlichung abgelehnt für} other {hat die Zustimmung zurückgezogen für}} {kind, select, kudos {eine Anerkennung} introduction {eine Empfehlung} testimonial {ein Referenzschreiben} other {eine Fallstudie}}",
  "settings.emails.type.recognitionRequested":
    "wir um Freigabe eines Referenzschreibens oder einer Fallstudie gebeten werden",
  "settings.emails.type.recognitionAnswered":
    "eine Anerkennung wird genehmigt, veröffentlicht, abgelehnt oder zurückgezogen",
  "notifications.sentence.moderationCaseOpened":
    "Gegen Ihre Organisation wurde ein Moderationsfall eröffnet: Sie können bis {due, date, long}, {due, time, short} antworten",
  "notifications.sentence.moderationCaseDecided":
    "Die Moderation hat über einen Fall entschieden: {decision, select, no_action {keine Maßnahme} warning {eine Verwarnung} suspension {eine Sperre von {days, plural, one {# Tag} other {# Tagen}}} other {der Ausschluss}}",
  "notifications.sentence.moderationAppealDecided":
    "Über einen Einspruch in einem Moderationsfall wurde entschieden: {outcome, select, upheld {die Entscheidung bleibt bestehen} other {die Entscheidung ist aufgehoben}}",
  "settings.emails.type.moderationCaseOpened": "gegen uns ein Moderationsfall eröffnet wird",
  "settings.emails.type.moderationCaseDecided":
    "über einen Moderationsfall zwischen uns und der anderen Seite entschieden wird",
  "settings.emails.type.moderationAppealDecided":
    "über einen Einspruch in einem solchen Fall entschieden wird",
  "webhooks.eventType.recognitionRequested": "Referenzschreiben oder Fallstudie zur Freigabe",
  "webhooks.eventType.recognitionAnswered": "Antwort auf eine Anerkennung",
  // trust
  "moderation.hide.title": "Diese Bewertung ausblenden",
  "moderation.hide.policy": "Grund nach den Richtlinien",
  "moderation.hide.policy.hint":
    "Beide Seiten sehen den Grund. Die Sterne und eine Antwort bleiben; nur der Text wird den Lesenden vorenthalten.",
  "moderation.hide.policy.option":
    "{policy, select, personal_data {Sie legt personenbezogene Daten einer Person offen} harassment {Sie beleidigt, belästigt oder verbreitet Hass} off_topic {Sie betrifft diesen Auftrag nicht} conflict_of_interest {Sie wurde mit einem nicht offengelegten Interessenkonflikt geschrieben} unlawful {Ihr Inhalt ist rechtswidrig} other {Ein anderer Grund nach den Richtlinien}}",
  "moderation.hide.note": "Erläuterung, die beide Seiten lesen (optional)",
  "moderation.hide.submit": "Bewertung ausblenden",
  "moderation.hide.done":
    "Der Text der Bewertung ist ausgeblendet. Beide Seiten sehen diesen Grund: {reason}",
  "engagement.tab.growth": "Entwicklung",
  "engagement.documentTitle": "{tab} · {engagement}",
  "growth.goals.heading": "Ziele",
  "growth.goals.none":
    "Noch kein Ziel. Machen Sie die Erfolgskriterien des Briefings zu Zielen, um sie gemeinsam zu verfolgen.",
  "growth.goal.value": "Gemessener Wert ({unit})",
  "growth.goal.measuredOn": "Gemessen am",
  "growth.goal.source": "Quelle",
  "growth.goal.sourceHint": "Ein Link zum Bericht oder woher die Zahl stammt",
  "growth.goal.record": "Wert erfassen",
  "growth.goal.measurement":
    "{day}: {value} (erfasst vom {side, select, client {Auftraggeber} other {Dienstleister}})",
  "growth.goal.evidence": "Nachweis",
  "growth.goal.status":
    "{status, select, reached {Ziel erreicht} on_track {Im Plan} off_track {Im Rückstand} improving {Ohne Fälligkeitsdatum weder im Plan noch im Rückstand: besser als der Wert davor} not_improving {Ohne Fälligkeitsdatum weder im Plan noch im Rückstand: nicht besser als der Wert davor} other {Noch nicht gemessen}} · nächste Messung {due}{isOverdue, select, true { (überfällig)} other {}}",
  "growth.goal.setTitle": "Ziel festlegen",
  "growth.goal.suggestions": "Aus dem Briefing: {measures}",
  "growth.goal.title": "Ziel",
  "growth.goal.baseline": "Ausgangswert",
  "growth.goal.target": "Zielwert",
  "growth.goal.unit": "Einheit",
  "growth.goal.set": "Ziel festlegen",
  "growth.correction.line":
    "Korrektur auf {value}: {reason} ({status, select, proposed {wartet auf die andere Seite} confirmed {bestätigt} other {bestritten: der erfasste Wert gilt; klären Sie es im Gespräch, danach kann jede Seite erneut eine Korrektur vorschlagen}})",
  "growth.correction.confirm": "Korrektur bestätigen",
  "growth.correction.dispute": "Bestreiten",
  "growth.correction.propose": "Korrektur vorschlagen",
  "growth.correction.value": "Richtiger Wert",
  "growth.correction.reason": "Begründung",
  "growth.correction.send": "Korrektur senden",
  "growth.chart.measured": "Gemessen",
  "growth.chart.target": "Zielwert",
  "growth.chart.caption": "{title} im Zeitverlauf",
  "growth.review.title": "Rückblick auf die Zusammenarbeit",
  "growth.review.stagnant":
    "Seit {days, plural, one {# Tag} other {# Tagen}} nichts Neues: Die Zusammenarbeit tritt vielleicht auf der Stelle.",
  "growth.review.none":
    "Kein Rückblick offen. Accord lädt beide Seiten dazu ein, wenn der Auftrag auf der Stelle tritt.",
  "growth.review.opened": "Rückblick geöffnet am {day}",
  "growth.review.blind":
    "Die andere Seite sieht Ihre Antwort erst, wenn beide geantwortet haben, und Sie sehen ihre im selben Moment.",
  "growth.review.achieved": "Was gemessen an den Zielen erreicht wurde",
  "growth.review.moreOf": "Wovon wir mehr möchten",
  "growth.review.lessOf": "Wovon wir weniger möchten",
  "growth.review.aimNext": "Was wir als Nächstes anstreben",
  "growth.review.send": "Unsere Antwort senden",
  "growth.review.waiting":
    "Ihre Antwort ist eingegangen. Beide Antworten erscheinen, sobald die andere Seite antwortet.",
  "growth.review.ours": "Unsere Antwort",
  "growth.review.theirs": "Die Antwort der anderen Seite",
  "growth.offer.heading": "Nächste Phase",
  "growth.offer.none": "Noch kein Angebot für eine nächste Phase.",
  "growth.offer.sendTitle": "Nächste Phase anbieten",
  "growth.offer.title": "Name der Phase",
  "growth.offer.summary": "Was die Phase leistet und warum jetzt",
  "growth.offer.justifiedBy": "Ergebnisse, die sie begründen",
  "growth.offer.goal": "Neues Ziel",
  "growth.offer.deliverable": "Liefergegenstand",
  "growth.offer.criterion": "Abnahmekriterium",
  "growth.offer.verification": "Wie es geprüft wird",
  "growth.offer.dueDate": "Fällig am",
  "growth.offer.price": "Preis ({currency})",
  "growth.offer.send": "Angebot senden",
  "growth.offer.note": "Anmerkung (nötig zum Ablehnen oder für einen Änderungswunsch)",
  "growth.offer.accept": "In einen Nachtrag übernehmen",
  "growth.offer.askChange": "Änderung erbitten",
  "growth.offer.decline": "Ablehnen",
  "growth.offer.status":
    "{status, select, sent {Wartet auf die Antwort des Auftraggebers} accepted {Angenommen} declined {Abgelehnt} change_requested {Änderung erbeten} other {Durch ein neueres Angebot ersetzt}}",
  "growth.offer.amendment":
    "In Nachtrag v{version} übernommen, von beiden Seiten zu unterzeichnen.",
  "growth.offer.goalLine": "{title}: von {baseline} auf {target}",
  "growth.offer.priceLine": "Preis: {amount}",
  "growth.recognition.heading": "Anerkennung",
  "growth.recognition.intro":
    "Würdigen Sie, was Geld nicht ausdrückt. Nichts erscheint in einem Profil ohne Zustimmung der gewürdigten Seite.",
  "growth.recognition.giveTitle": "Die andere Seite würdigen",
  "growth.recognition.kind": "Art",
  "growth.recognition.reason": "Was Sie würdigen",
  "growth.recognition.noReason": "Etwas anderes",
  "growth.recognition.reasonName":
    "{reason, select, fast_feedback {Schnelles Feedback} clear_briefs {Klare Briefings} other {Pünktliche Zahlung}}",
  "growth.recognition.goal": "Für ein erreichtes Ziel",
  "growth.recognition.noGoal": "Kein bestimmtes Ziel",
  "growth.recognition.people": "Personen",
  "growth.recognition.peopleHint": "Namen durch Kommas getrennt",
  "growth.recognition.introducedOrg": "Organisation, der Sie sie vorstellen",
  "growth.recognition.text": "In Ihren Worten",
  "growth.recognition.give": "Anerkennung aussprechen",
  "growth.recognition.requestTitle": "Um ein Referenzschreiben oder eine Fallstudie bitten",
  "growth.recognition.draft": "Textentwurf zur Freigabe durch die andere Seite",
  "growth.recognition.request": "Um Freigabe bitten",
  "growth.recognition.line":
    "{kind, select, kudos {Anerkennung} introduction {Empfehlung} testimonial {Referenzschreiben} other {Fallstudie}} von {from} für {to}",
  "growth.recognition.introduces": "Bietet eine Vorstellung bei {org} an",
  "growth.recognition.status":
    "{status, select, awaiting_text_approval {Wartet auf Freigabe des Textes} awaiting_consent {Wartet auf Zustimmung zur Anzeige} published {Im Profil angezeigt} other {Abgelehnt: bleibt zwischen beiden Seiten}}",
  "growth.recognition.approveText": "Zu veröffentlichender Text",
  "growth.recognition.approve":
    "{isTextStep, select, true {Text freigeben} other {In unserem Profil zeigen}}",
  "growth.recognition.decline": "Ablehnen",
  "growth.recognition.withdrawConsent": "Zustimmung widerrufen",
  "growth.recognition.withdrawConsentTitle": "Zustimmung zur Anzeige widerrufen?",
  "growth.recognition.withdrawConsentBody":
    "Sie verschwindet sofort aus allen Profilen und Bewertungsbögen und zählt nicht mehr im Wert der Beziehungsgesundheit. Beide Seiten behalten sie in ihrem Verlauf.",
  "growth.profile.heading": "Erhaltene Anerkennung",
  "growth.profile.signal":
    "{count, plural, one {# Anerkennung} other {# Anerkennungen}} im letzten Jahr: +{points} von höchstens {max} Punkten im Wert der Beziehungsgesundheit, nie anstelle der Bezahlung.",
  "growth.profile.line":
    "{kind, select, kudos {Anerkennung} introduction {Empfehlung} testimonial {Referenzschreiben} other {Fallstudie}} von {from}",
  "growth.recognition.kindName":
    "{kind, select, kudos {Anerkennung} introduction {Empfehlung} testimonial {Referenzschreiben} other {Fallstudie}}",
  // archive
  "engagement.archive.download": "Die gesamte Akte herunterladen",
  "engagement.archive.hint":
    "Eine JSON-Datei mit Vereinbarung, Liefergegenständen, Bewertungen der Lieferungen, Rechnungen, Nachrichten und Verlauf. Offline prüfen mit accord verify --file.",
  // fin-growth
  "health.score.recognition":
    "{count, plural, one {# Anerkennung} other {# Anerkennungen}} im letzten Jahr mit Zustimmung erhalten: +{points} Punkte nach den Kriterien (höchstens {max}), vor jeder Obergrenze; nie Teil der Zahlung.",
  "model.recognition":
    "Anerkennung, die mit Zustimmung der anerkannten Seite erhalten wurde, bringt je {each} Punkt, höchstens {max}, über {days} Tage: nach den gewichteten Kriterien und vor diesen Obergrenzen, nie als Teil der Zahlung.",
  // fin-disputes
  "engagement.event.disputeRecommended":
    "Die Moderation hat eine Lösung für einen Streitfall empfohlen",
  "engagement.event.disputeRecommendationAccepted":
    "{actor} hat die Empfehlung der Moderation angenommen",
  "notifications.sentence.disputeRecommended":
    "Die Moderation hat im Streitfall Nr. {number} eine Empfehlung abgegeben: Bitte lesen",
  "notifications.sentence.disputeRecommendationAccepted":
    "{actor} hat die Empfehlung der Moderation im Streitfall Nr. {number} angenommen",
  "settings.emails.type.disputeRecommended":
    "die Moderation eine Lösung für einen Streitfall empfiehlt",
  "settings.emails.type.disputeRecommendationAccepted": "die andere Seite eine Empfehlung annimmt",
  "webhooks.eventType.disputeRecommended": "Empfehlung im Streitfall abgegeben",
  "webhooks.eventType.disputeRecommendationAccepted": "Empfehlung im Streitfall angenommen",
  "disputes.mediation.waiting":
    "Eine Moderatorin oder ein Moderator der Plattform, die keiner Seite angehören, liest die Unterlagen und schreibt bis zum obigen Datum eine Empfehlung. Sie bindet keine Seite; kommt sie nicht rechtzeitig, geht der Streitfall zur Trennung über.",
  "disputes.recommendation.title": "Die Empfehlung der Moderation",
  "disputes.recommendation.notBinding":
    "Nicht bindend: Der Streitfall ist nur dann darauf beigelegt, wenn beide Seiten sie annehmen. Jede Seite kann stattdessen eine Stufe weitergehen.",
  "disputes.recommendation.acceptedBy":
    "{side, select, client {Der Auftraggeber} other {Der Dienstleister}} hat sie angenommen{isMine, select, yes { (Ihre Seite)} other {}}.",
  "disputes.action.acceptRecommendation": "Empfehlung annehmen",
  "confirm.acceptRecommendation.title": "Die Empfehlung der Moderation annehmen?",
  "confirm.acceptRecommendation.body":
    "Das lässt sich nicht rückgängig machen. Sobald auch die andere Seite sie annimmt, ist der Streitfall auf Grundlage der Empfehlung beigelegt.",
  "disputes.outcome.recommendation":
    "Beigelegt auf Grundlage der Empfehlung der Moderation, die beide Seiten angenommen haben.",
  "moderation.mediations.title": "Streitfälle in Mediation",
  "moderation.mediations.intro":
    "Streitfälle, die die Seiten nicht selbst beilegen konnten, die ältesten zuerst. Lesen Sie die Unterlagen und den fairen Teilausgleich und schreiben Sie vor Fristende eine Empfehlung, die beide Seiten lesen. Sie bindet keine Seite.",
  "moderation.mediations.loadMore": "Weitere Streitfälle anzeigen",
  "moderation.mediations.empty": "Kein Streitfall wartet auf eine Empfehlung.",
  "moderation.mediations.item": "Streitfall Nr. {number} in „{engagement}“",
  "moderation.mediations.parties": "Auftraggeber: {client}. Dienstleister: {provider}.",
  "moderation.mediations.label": "Ihre Empfehlung",
  "moderation.mediations.hint":
    "Sagen Sie, was die vereinbarten Kriterien und die Unterlagen stützen und was jede Seite tun sollte.",
  "moderation.mediations.submit": "Empfehlung abgeben",
  "moderation.mediations.conflict":
    "Sie gehören der Organisation einer der Seiten an; diesen Streitfall muss eine andere Moderation vermitteln.",
  "moderation.mediations.waitingSides":
    "Empfohlen: Jede Seite kann die Empfehlung annehmen oder weitergehen.",
  "confirm.recommend.title": "Diese Empfehlung abgeben?",
  "confirm.recommend.body":
    "Beide Seiten lesen sie sofort, und sie lässt sich danach nicht mehr ändern. Sie bindet keine Seite.",
  // fin-web
  "engagements.filter.search": "In Titeln und Namen suchen",
  "engagements.filter.waiting": "Wartet auf",
  "engagements.filter.waitingAny": "Beliebig",
  "engagements.filter.waitingUs": "Uns",
  "engagements.filter.waitingThem": "Die Gegenseite",
  "engagements.sort.label": "Sortieren nach",
  "engagements.sort.newest": "Neueste zuerst",
  "engagements.sort.title": "Titel (A bis Z)",
  "engagements.sort.deadline": "Nächste Frist zuerst",
  "engagements.noMatch": "Kein Auftrag passt zu diesen Filtern.",
  "engagements.column.progress": "Fortschritt",
  "engagements.column.moneyOpen": "Offener Betrag",
  "engagements.column.deadline": "Nächste Frist",
  "engagements.column.waiting": "Wartet auf",
  "engagements.progress.none": "Noch keine Vereinbarung in Kraft",
  "engagements.progress.milestones":
    "{accepted} von {total, plural, one {# Meilenstein} other {# Meilensteinen}} abgenommen",
  "engagements.progress.nextDue": "Nächster fällig am {date}",
  "engagements.money.none": "Nichts offen",
  "engagements.money.overdue": "Überfällig",
  "engagements.deadline.none": "Keine",
  "engagements.deadline.reviewEnds": "Prüfung endet am {date}",
  "engagements.deadline.invoiceDue": "Rechnung fällig am {date}",
  "engagements.waiting.nobody": "Nichts wartet",
  "engagements.waiting.you": "Sie: {what}",
  "engagements.waiting.them": "{name}: {what}",
  "engagements.waiting.otherSide": "Die Gegenseite",
  "engagements.waiting.kind":
    "{kind, select, sign_agreement {die Vereinbarung unterschreiben} evaluate_round {{count, plural, one {# Runde} other {# Runden}} bewerten} price_change {{count, plural, one {# Änderung} other {# Änderungen}} bepreisen} approve_change {über {count, plural, one {# bepreiste Änderung} other {# bepreiste Änderungen}} entscheiden} issue_invoice {{count, plural, one {# Rechnung} other {# Rechnungen}} ausstellen} other {{count, plural, one {# Zahlung} other {# Zahlungen}} bestätigen}}",
  "form.engagement.titleMissing": "Geben Sie dem Auftrag einen Titel.",
  "form.engagement.emailMissing": "Geben Sie die E-Mail-Adresse der einzuladenden Person ein.",
  "form.engagement.emailInvalid":
    "Das sieht nicht nach einer E-Mail-Adresse aus: Bitte prüfen, zum Beispiel name@firma.de.",
  "form.message.bodyMissing": "Schreiben Sie Ihre Nachricht, bevor Sie sie senden.",
  "form.change.declineReasonMissing": "Sagen Sie, warum Sie ablehnen: Die Gegenseite liest es.",
  "billing.chart.title": "Geld im Zeitverlauf",
  "billing.chart.caption": "Bisher in Rechnung gestellt und bezahlt, in {currency}",
  "billing.chart.invoiced": "In Rechnung gestellt",
  "billing.chart.paid": "Bezahlt",
  "form.change.titleMissing": "Sagen Sie in wenigen Worten, was sich ändern soll.",
  "form.change.reasonMissing":
    "Erklären Sie, warum die Änderung nötig ist: Die Gegenseite entscheidet darüber.",
  // h-web
  "form.number.invalid":
    "Geben Sie eine Zahl in Ziffern ein, ohne mehr Nachkommastellen als nötig.",
  "form.number.ambiguous":
    "Diese Zahl lässt sich hier zweifach lesen: Schreiben Sie sie wie in {example}.",
  "form.brief.titleMissing": "Geben Sie dem Briefing einen Titel.",
  "form.brief.roleMissing": "Sagen Sie, was diese Person tut, oder entfernen Sie die Zeile.",
  "form.invoice.descriptionMissing": "Sagen Sie, wofür diese Position steht.",
  "form.invoice.quantityMissing": "Geben Sie die Menge ein: 1 für einen Festpreis.",
  "form.invoice.priceMissing": "Geben Sie den Preis einer Einheit ein.",
  "form.payment.amountMissing": "Geben Sie den gezahlten Betrag ein.",
  "form.payment.dateMissing": "Geben Sie den Tag der Zahlung ein.",
  "form.price.effortMissing": "Sagen Sie, wie viel Arbeit die Änderung macht.",
  "form.price.amountMissing": "Geben Sie der Änderung ihren Preis.",
  "form.checkIn.ratingMissing": "Wählen Sie eine Bewertung von 0 bis 10.",
  "form.checkIn.reasonsCount": "Wählen Sie zwei oder drei Gründe.",
  // h-forms
  "form.evaluation.verdictMissing": "Geben Sie an, ob dieses Kriterium erfüllt ist.",
  "form.submission.descriptionMissing":
    "Beschreiben Sie, was in dieser Runde erledigt wurde: Der Kunde bewertet es anhand der Kriterien.",
  "form.submission.linkInvalid":
    "Geben Sie eine vollständige Webadresse ein, beginnend mit https://.",
  "form.terms.deliverableTitleMissing": "Geben Sie dem Liefergegenstand einen Titel.",
  "form.terms.criterionMissing":
    "Sagen Sie, was zutreffen muss, damit die Arbeit abgenommen wird, oder entfernen Sie das Kriterium.",
  "form.terms.milestoneTitleMissing": "Geben Sie dem Meilenstein einen Titel.",
  "form.terms.milestoneDateMissing": "Geben Sie an, wann der Meilenstein fällig ist.",
  "form.terms.responsibilityMissing":
    "Sagen Sie, was bereitzustellen ist, oder entfernen Sie die Zeile.",
  "form.profile.headlineMissing":
    "Sagen Sie in einer Zeile, was Ihre Organisation macht: Das sehen Kunden zuerst.",
  "form.profile.rateMissing": "Geben Sie den Satz ein oder entfernen Sie die Zeile.",
  "form.profile.floorMissing":
    "Geben Sie den niedrigsten Satz ein, den Sie akzeptieren, oder entfernen Sie das Häkchen beim Mindestsatz.",
  "form.creditNote.amountMissing": "Geben Sie den gutzuschreibenden Betrag ein.",
  "form.creditNote.reasonMissing":
    "Sagen Sie, warum die Rechnung gemindert wird: Der Kunde liest es.",
  "form.refund.amountMissing": "Geben Sie den zurückgezahlten Betrag ein.",
  "form.refund.dateMissing": "Geben Sie den Tag der Rückzahlung ein.",
  "form.token.nameMissing":
    "Geben Sie dem Token einen Namen, damit Sie später wissen, was ihn nutzt.",
  "form.token.scopesMissing": "Kreuzen Sie mindestens eine Berechtigung an.",
  "form.webhook.urlMissing":
    "Geben Sie die https://-Adresse ein, an die Accord die Ereignisse senden soll.",
  "form.review.bodyMissing":
    "Schreiben Sie Ihre Bewertung: was gut lief und was besser hätte laufen können.",
  "form.review.starsMissing": "Wählen Sie 1 bis 5 Sterne.",
  "form.review.replyMissing": "Schreiben Sie Ihre Antwort, bevor Sie sie senden.",
  "form.dispute.statementMissing":
    "Schildern Sie, was passiert ist, mit Daten: Die andere Seite antwortet darauf.",
  "form.dispute.wantsMissing":
    "Sagen Sie, was Sie möchten, damit die andere Seite es anbieten kann.",
  "form.dispute.responseMissing": "Schreiben Sie Ihre Antwort: Es ist Ihre Sicht des Geschehens.",
  // h-forms3
  "form.invoice.issueDateMissing": "Geben Sie das Ausstellungsdatum der Rechnung an.",
  "form.invoice.issueDateFuture":
    "Eine Rechnung kann nicht in die Zukunft datiert werden: Wählen Sie heute oder einen früheren Tag.",
  "form.invoice.voidReasonMissing":
    "Sagen Sie, warum die Rechnung storniert wird: Der Kunde liest es.",
  "form.early.amountMissing": "Geben Sie den Betrag an, den der Kunde vorzeitig zahlen würde.",
  "form.early.dateMissing": "Geben Sie den Tag an, an dem der Kunde zahlen würde.",
  "form.proposal.revisionNoteMissing": "Sagen Sie, was der Dienstleister am Angebot ändern soll.",
  "form.proposal.declineReasonMissing":
    "Sagen Sie, warum Sie ablehnen: Der Dienstleister liest es.",
  "form.exit.cureDaysInvalid":
    "Geben Sie eine ganze Zahl von Tagen bis 365 an (mindestens zwei Wochen oder die vereinbarte Kündigungsfrist, wenn sie kürzer ist) oder lassen Sie das Feld leer.",
  "form.exit.ratingMissing": "Wählen Sie eine Bewertung von 0 bis 10.",
  "form.exit.ratingInvalid": "Geben Sie eine ganze Zahl von 0 bis 10 an.",
  "form.moderation.reportMissing": "Sagen Sie, was daran nicht stimmt: Die Moderatoren lesen es.",
  "form.moderation.responseMissing": "Schreiben Sie Ihre Antwort auf die Mitteilung.",
  "form.moderation.appealMissing": "Sagen Sie, warum die Entscheidung überprüft werden soll.",
  "form.moderation.reasonMissing": "Nennen Sie den Grund: Beide Parteien lesen ihn.",
  "form.moderation.daysMissing": "Geben Sie an, wie viele Tage die Sperre dauert.",
  "form.moderation.daysInvalid": "Geben Sie eine ganze Zahl von Tagen zwischen 1 und 365 an.",
  "form.dispute.recommendationMissing": "Schreiben Sie Ihre Empfehlung: Beide Seiten lesen sie.",
  "form.settings.nameMissing": "Geben Sie Ihren Namen an, wie Ihre Partner ihn sehen werden.",
  "form.taxonomy.idMissing": "Geben Sie eine Kennung an, etwa web.ecommerce.",
  "form.taxonomy.idInvalid":
    "Verwenden Sie Kleinbuchstaben und Ziffern, getrennt durch Punkte oder Bindestriche, etwa web.ecommerce.",
  "form.taxonomy.nameMissing": "Geben Sie den Namen in dieser Sprache an.",
  "form.taxonomy.positionInvalid": "Geben Sie eine ganze Zahl von 0 bis 10.000 an.",
  "form.amends.amountMissing": "Geben Sie den angebotenen Betrag an.",
  "form.amends.dueDateMissing": "Geben Sie den neuen Fälligkeitstag des Meilensteins an.",
  "form.amends.apologyMissing": "Schreiben Sie die Entschuldigung, die die andere Seite liest.",
  "form.growth.valueMissing": "Geben Sie den gemessenen Wert in Ziffern an.",
  "form.growth.measuredOnMissing": "Geben Sie den Tag der Messung an.",
  "form.growth.sourceMissing":
    "Sagen Sie, woher die Zahl stammt: ein Link zum Bericht oder sein Name.",
  "form.growth.correctionReasonMissing":
    "Sagen Sie, warum der Wert korrigiert werden soll: Die andere Seite liest es.",
  "form.growth.answerNoteMissing":
    "Sagen Sie, warum: Der Dienstleister liest es, bevor er das Angebot ändert oder verwirft.",
  // h-lh2
  "form.growth.offerTitleMissing": "Geben Sie der Phase einen Namen, den der Kunde wiedererkennt.",
  "form.growth.offerGoalMissing": "Nennen Sie das Ziel, auf das die Phase hinarbeitet.",
  "form.growth.goalTitleMissing": "Benennen Sie das Ziel so, wie beide Seiten es nennen werden.",
  "form.growth.baselineMissing": "Geben Sie in Ziffern an, wo das Ziel heute steht.",
  "form.growth.targetMissing": "Geben Sie den Zielwert in Ziffern an.",
  "form.growth.reviewAchievedMissing": "Sagen Sie, was gemessen an den Zielen erreicht wurde.",
  "form.growth.reviewAimNextMissing": "Sagen Sie, was als Nächstes angestrebt wird.",
  "form.growth.targetSameAsBaseline":
    "Wählen Sie einen Zielwert, der sich vom Ausgangswert unterscheidet: Die Phase soll die Zahl bewegen.",
  "form.growth.deliverableMissing": "Nennen Sie, was die Phase liefert.",
  "form.growth.criterionMissing":
    "Sagen Sie, woran der Kunde erkennt, dass der Liefergegenstand fertig ist.",
  "form.growth.offerDueDateMissing": "Geben Sie den Tag an, an dem die Phase fällig ist.",
  "form.growth.priceMissing": "Geben Sie den Preis der Phase an.",
  // h-audit
  "webhooks.eventType.reviewSubmitted": "Bewertung abgegeben (ihr Text bleibt verborgen)",
  "webhooks.eventType.reviewPublished": "Bewertungen veröffentlicht",
  "webhooks.eventType.reviewReplied": "Antwort auf eine Bewertung veröffentlicht",
  "webhooks.eventType.reviewHidden": "Bewertung von einem Moderator ausgeblendet",
  "webhooks.eventType.moderationCaseOpened": "Moderationsfall eröffnet",
  "webhooks.eventType.moderationResponseFiled":
    "Stellungnahme zu einer Moderationsmitteilung eingereicht",
  "webhooks.eventType.moderationCaseDecided": "Moderationsfall entschieden",
  "webhooks.eventType.moderationCaseAppealed": "Moderationsentscheidung angefochten",
  "webhooks.eventType.moderationAppealDecided": "Über den Einspruch entschieden",
  "webhooks.eventType.engagementExitFlagged": "Auftrag für einen geschützten Ausstieg markiert",
};
