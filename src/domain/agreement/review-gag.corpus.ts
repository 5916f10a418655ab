import type { GagLanguage } from "./review-gag-lexicons";

/**
 * A labelled set of clauses, written for this purpose in each interface language (and, for the
 * fair side, quotes of the seed essays), to measure the review-gag detector: `npm run
 * eval:gag` prints precision and recall per language, and review-gag.test.ts holds thresholds.
 * Gag clauses cover reflexive and impersonal prohibitions, future and conditional tenses,
 * removal, pre-approval, penalties, rights taken in reviews and non-disparagement; fair ones
 * cover confidentiality, personal data, evaluation and acceptance of deliverables, and reviews
 * left free.
 */
export interface LabelledClause {
  language: GagLanguage;
  isGag: boolean;
  text: string;
}

const gag = (language: GagLanguage, ...texts: string[]) =>
  texts.map((text): LabelledClause => ({ language, isGag: true, text }));
const fair = (language: GagLanguage, ...texts: string[]) =>
  texts.map((text): LabelledClause => ({ language, isGag: false, text }));

export const LABELLED_CLAUSES: readonly LabelledClause[] = [
  ...gag(
    "en",
    "The Client shall not post any negative review of the Provider on any website.",
    "The Client will not publish reviews, ratings or testimonials about the Provider during the engagement or afterwards.",
    "The Customer agrees never to leave a one-star rating for the Contractor.",
    "Posting online reviews about the Provider is strictly prohibited.",
    "The Client may only publish positive reviews of the Agency.",
    "The Client would not be entitled to write a review of the Provider without its consent.",
    "Any review, testimonial or public statement about the Provider requires the Provider's prior written approval.",
    "Before publishing any review of the Provider, the Client must submit it to the Provider for approval.",
    "The Client shall remove any review concerning the Provider within 48 hours of the Provider's request.",
    "The Client undertakes to take down critical feedback it has posted about the Contractor.",
    "Each negative review published by the Client will incur a penalty of USD 1,000.",
    "Should the Client post an unfavourable rating, it shall pay liquidated damages of EUR 2,000.",
    "The Client assigns to the Provider all copyright in any review it writes about the Provider.",
    "All rights in testimonials and reviews made by the Client shall vest in and belong to the Provider.",
    "The Client shall not disparage the Provider, its staff or its services in any forum.",
    "Mutual non-disparagement: neither party will make derogatory remarks about the other.",
    "The Client refrains from sharing any negative feedback about the Provider on social media.",
    "If the Client leaves a bad review, the Provider may retain the deposit and the Client forfeits the discount.",
  ),
  ...fair(
    "en",
    "The Client will review each deliverable within 5 working days against its acceptance criteria.",
    "The Client shall give written feedback on each submission within ten days.",
    "Both parties may publish an honest review of the engagement once it ends.",
    "Nothing in this agreement prevents the Client from posting an honest review of the Provider.",
    "The Provider shall not disclose the Client's trade secrets or confidential information to any third party.",
    "Neither party shall disclose personal data of the other party's staff except as required by law.",
    "The Provider shall not publish the Client's source code or confidential data.",
    "Code review of each pull request is part of the definition of done.",
    "A deliverable not evaluated within the review window is deemed accepted.",
    "The Provider may list the Client's name in its portfolio only with the Client's prior written consent.",
    "Each change request is priced by the Provider and approved by the Client before work starts.",
    "Late payments incur statutory interest and a fixed compensation of EUR 40.",
    "The parties will hold a review meeting at the end of each milestone.",
    "The Client remains free to share its opinion of the Provider's work publicly.",
    "Invoices are payable within 30 days of acceptance of the milestone.",
    "Confidential information excludes information that is or becomes public without breach of this agreement.",
  ),
  ...gag(
    "fr",
    "Le client s'interdit de publier tout avis négatif sur le prestataire.",
    "Le client ne publiera aucun avis sur le prestataire, pendant la mission ou après.",
    "Le client ne pourrait en aucun cas laisser de commentaire défavorable sur le prestataire.",
    "Il est interdit au client de poster des avis en ligne concernant le prestataire.",
    "Toute publication d'avis négatifs par le client est interdite.",
    "Le client s'engage à ne rédiger aucune évaluation en ligne du prestataire.",
    "Le client s'abstiendra de diffuser des critiques sur les réseaux sociaux au sujet du prestataire.",
    "Tout avis, témoignage ou déclaration publique concernant le prestataire est soumis à son accord écrit préalable.",
    "Le client soumettra au prestataire, pour validation, tout commentaire avant sa mise en ligne.",
    "Le client retirera tout avis le concernant dans les 48 heures suivant la demande du prestataire.",
    "Le client devra supprimer les commentaires publiés sur le prestataire si celui-ci le demande.",
    "Chaque avis négatif publié par le client donnera lieu à une pénalité de 500 €.",
    "En cas de commentaire défavorable, le client versera au prestataire des dommages et intérêts forfaitaires.",
    "Le client cède au prestataire l'ensemble des droits d'auteur sur les avis qu'il rédige à son sujet.",
    "Clause de non-dénigrement : le client s'abstient de tout dénigrement du prestataire.",
    "Le client ne dénigrera pas le prestataire ni ses services.",
    "Le client ne laisserait que des avis positifs s'il venait à publier.",
    "Il est interdit de publier des avis négatifs sur le prestataire.",
  ),
  ...fair(
    "fr",
    "Le client évalue chaque livrable dans un délai de 5 jours ouvrés et donne son avis par écrit.",
    "L'évaluation des livrables se fait dans les dix jours suivant leur remise, au regard des critères convenus.",
    "Le prestataire s'interdit de divulguer les secrets d'affaires du client.",
    "Chaque partie s'engage à ne pas divulguer les données personnelles des salariés de l'autre partie.",
    "Le client reste libre de publier un avis honnête sur le prestataire à la fin de la mission.",
    "Rien dans le présent accord n'empêche le client de publier un avis sincère.",
    "Le prestataire ne publiera pas le code source ni les données confidentielles du client.",
    "Un livrable non évalué dans le délai de revue est réputé accepté.",
    "Toute demande de modification est chiffrée par le prestataire et approuvée par le client.",
    "Le préavis de résiliation est de trente jours.",
    "Il y a eu une histoire à propos d'un client qui a publié un avis négatif sur un produit sur une plate-forme de commerce électronique et qui a été menacé d'une lettre de «cesser et de s'abstenir» du fournisseur.",
    "Les poursuites ne gagnent jamais d'amis et ne créent que des ennemis qui ne sont généralement pas là en premier lieu.",
    "Si un client réduit sa rémunération jusqu'à ce que le fournisseur de services ne puisse plus maintenir la relation, il n'y a plus de partenariat.",
    "C'est une relation commerciale, et il ne devrait pas y avoir de batailles juridiques aussi brutales sur le terrain.",
    "Les factures sont payables à trente jours à compter de l'acceptation du jalon.",
    "Le client ne peut refuser un livrable sans avis motivé au regard des critères d'acceptation.",
  ),
  ...gag(
    "de",
    "Der Kunde verpflichtet sich, keine negativen Bewertungen über den Dienstleister zu veröffentlichen.",
    "Es ist dem Kunden untersagt, Bewertungen über den Dienstleister im Internet abzugeben.",
    "Der Kunde wird Rezensionen über den Dienstleister nicht veröffentlichen.",
    "Der Kunde würde keine Erfahrungsberichte über den Auftragnehmer verfassen.",
    "Negative Bewertungen im Internet sind untersagt und lösen eine Vertragsstrafe aus.",
    "Öffentliche Äußerungen über den Dienstleister sind dem Kunden verboten.",
    "Jede Bewertung des Dienstleisters bedarf vor ihrer Veröffentlichung seiner vorherigen schriftlichen Zustimmung.",
    "Der Kunde legt jede Rezension vor der Veröffentlichung dem Dienstleister zur Freigabe vor.",
    "Der Kunde wird jede Bewertung über den Dienstleister auf dessen Verlangen innerhalb von 48 Stunden löschen.",
    "Der Kunde verpflichtet sich, veröffentlichte Kommentare über den Dienstleister auf Verlangen zu entfernen.",
    "Für jede negative Bewertung zahlt der Kunde eine Vertragsstrafe von 1.000 Euro.",
    "Der Kunde haftet für jede schlechte Rezension auf Schadensersatz in Höhe von 2.000 Euro.",
    "Der Kunde überträgt dem Dienstleister sämtliche Nutzungsrechte an seinen Bewertungen.",
    "Der Kunde wird den Dienstleister nicht verunglimpfen.",
    "Der Kunde unterlässt jede herabsetzende Äußerung über den Dienstleister.",
    "Der Kunde darf ausschließlich positive Bewertungen über den Dienstleister abgeben.",
    "Der Kunde gibt keine Sternebewertung für den Dienstleister ab.",
  ),
  ...fair(
    "de",
    "Der Kunde prüft jede Lieferung innerhalb von 5 Arbeitstagen (Bewertung der Lieferung).",
    "Die Bewertung der Liefergegenstände erfolgt innerhalb von zehn Tagen anhand der Abnahmekriterien.",
    "Der Dienstleister wahrt die Geschäftsgeheimnisse des Kunden und gibt sie nicht an Dritte weiter.",
    "Personenbezogene Daten der Mitarbeiter des Kunden werden nicht offengelegt.",
    "Es steht dem Kunden frei, nach Abschluss eine ehrliche Bewertung zu veröffentlichen.",
    "Nichts in diesem Vertrag hindert den Kunden daran, eine wahrheitsgemäße Rezension abzugeben.",
    "Der Dienstleister veröffentlicht weder den Quellcode noch vertrauliche Daten des Kunden.",
    "Eine Lieferung, die innerhalb der Prüfungsfrist nicht bewertet wird, gilt als abgenommen.",
    "Jede Änderungsanfrage wird vom Dienstleister bepreist und vom Kunden genehmigt.",
    "Rechnungen sind innerhalb von 30 Tagen nach Abnahme des Meilensteins zu zahlen.",
    "Der Kunde ist heute nicht mehr so loyal wie die Kunden von früher.",
    "Es ist eine Partnerschaft, keine Sklaverei.",
    "Wenn ein Kunde die Vergütung kürzt, bis der Dienstleister die Beziehung nicht mehr aufrechterhalten kann, gibt es keine weitere Partnerschaft.",
    "Wenn ein Kunde unrealistische Forderungen stellt, die der Vergütung nicht gerecht werden, ist es wiederum schwierig zu erwarten, dass eine solche Beziehung von Dauer ist.",
    "Der Kunde gibt zu jeder Abgabe innerhalb von fünf Tagen einen schriftlichen Kommentar ab.",
    "Die Kündigungsfrist beträgt dreißig Tage zum Monatsende.",
  ),
  ...gag(
    "es",
    "El cliente se compromete a no publicar reseñas negativas sobre el prestador de servicios.",
    "Queda prohibido al cliente publicar opiniones sobre el prestador en internet.",
    "El cliente no publicará ninguna valoración del prestador durante el encargo ni después.",
    "El cliente no dejaría comentarios desfavorables sobre el proveedor en ninguna plataforma.",
    "Las opiniones negativas están prohibidas y darán lugar a una multa.",
    "Se prohíbe al cliente escribir reseñas sobre el prestador.",
    "El cliente se abstendrá de difundir críticas sobre el prestador en redes sociales.",
    "Toda reseña, testimonio o declaración pública sobre el prestador requiere su aprobación previa por escrito.",
    "El cliente someterá cualquier opinión a la validación del prestador antes de publicarla.",
    "El cliente retirará cualquier reseña sobre el prestador en un plazo de 48 horas si este lo solicita.",
    "El cliente deberá eliminar los comentarios publicados sobre el prestador a petición de este.",
    "Cada reseña negativa publicada por el cliente conllevará una penalización de 500 euros.",
    "El cliente cede al prestador todos los derechos de autor sobre las opiniones que escriba acerca de él.",
    "Cláusula de no denigración: el cliente no denigrará al prestador.",
    "El cliente no menospreciará públicamente al prestador ni a su equipo.",
    "El cliente solo podrá dejar reseñas positivas sobre el prestador.",
    "En caso de valoración negativa, el cliente indemnizará al prestador con 1.000 euros.",
  ),
  ...fair(
    "es",
    "El cliente revisará cada entregable y podrá dejar su opinión honesta al final del encargo.",
    "La valoración de los entregables se realizará en un plazo de diez días según los criterios de aceptación.",
    "El prestador no divulgará los secretos comerciales del cliente.",
    "Ninguna de las partes revelará datos personales de los empleados de la otra parte.",
    "El cliente es libre de publicar una reseña honesta sobre el prestador.",
    "Nada en este acuerdo impide al cliente publicar opiniones sinceras.",
    "El prestador no publicará el código fuente ni los datos confidenciales del cliente.",
    "Un entregable no evaluado dentro del plazo de revisión se considera aceptado.",
    "Cada solicitud de cambio será presupuestada por el prestador y aprobada por el cliente.",
    "Las facturas se pagarán en un plazo de 30 días desde la aceptación del hito.",
    "La relación entre un cliente y su proveedor de servicios, debe ser, como cualquier otra relación humana, transparente y provechosa; ambas partes deben sentirse cómodas y capaces de comunicar sus intereses, sin que esto suponga una diatriba.",
    "Evaluar el trabajo, desde una óptica objetiva, fundada en parámetros previamente acordados y que no supongan cargas adicionales o detalles de estilo, que no vienen a cuento.",
    "Si en ambas direcciones se trabaja por una relación armónica y de mutua ganancia, habrá crecimiento y ese crecimiento se expresará en una compenetración tan visible que, al cabo de un tiempo, con seguridad podrá decirse que no hay dos equipos, sino uno.",
    "El cliente enviará sus comentarios sobre cada entregable en un plazo de cinco días.",
    "El plazo de preaviso para poner fin al encargo es de treinta días.",
    "El cliente no podrá rechazar un entregable sin indicar qué criterio no se cumple.",
  ),
  ...gag(
    "id",
    "Klien tidak boleh memberikan ulasan negatif tentang penyedia layanan di platform mana pun.",
    "Klien dilarang menulis ulasan tentang penyedia layanan di internet.",
    "Klien tidak akan mempublikasikan ulasan atau testimoni tentang penyedia layanan.",
    "Klien berjanji untuk tidak memposting rating buruk bagi penyedia layanan.",
    "Ulasan negatif dari klien akan dikenakan denda sebesar Rp 5.000.000.",
    "Klien dilarang menjelekkan penyedia layanan di media sosial.",
    "Klien tidak diperbolehkan membagikan komentar negatif tentang penyedia layanan.",
    "Setiap ulasan, testimoni, atau pernyataan publik tentang penyedia layanan memerlukan persetujuan tertulis sebelumnya dari penyedia layanan.",
    "Sebelum dipublikasikan, setiap ulasan klien harus disetujui oleh penyedia layanan.",
    "Klien wajib menghapus ulasan tentang penyedia layanan dalam 48 jam atas permintaan penyedia layanan.",
    "Klien akan mencabut testimoni yang telah diunggah jika diminta oleh penyedia layanan.",
    "Setiap ulasan buruk yang diunggah klien dikenakan sanksi sebesar Rp 2.000.000.",
    "Klien mengalihkan hak cipta atas setiap ulasan tentang penyedia layanan kepada penyedia layanan.",
    "Klien tidak akan merendahkan penyedia layanan di hadapan publik.",
    "Klien hanya boleh memberikan ulasan positif tentang penyedia layanan.",
    "Klien tidak akan pernah menulis review tentang penyedia layanan.",
    "Penyedia layanan berhak atas ganti rugi untuk setiap ulasan negatif dari klien.",
  ),
  ...fair(
    "id",
    "Klien akan meninjau setiap hasil kerja dalam 5 hari kerja sesuai kriteria penerimaan.",
    "Penilaian atas hasil kerja dilakukan dalam sepuluh hari sesuai kriteria penerimaan.",
    "Penyedia layanan tidak akan mengungkapkan rahasia dagang klien kepada pihak ketiga.",
    "Para pihak tidak akan mengungkapkan data pribadi karyawan pihak lain.",
    "Klien bebas memberikan ulasan jujur tentang penyedia layanan setelah kerja sama selesai.",
    "Tidak ada ketentuan dalam perjanjian ini yang melarang klien memberikan ulasan jujur.",
    "Penyedia layanan tidak akan mempublikasikan kode sumber atau data rahasia klien.",
    "Hasil kerja yang tidak dinilai dalam masa tinjauan dianggap diterima.",
    "Setiap permintaan perubahan diberi harga oleh penyedia layanan dan disetujui oleh klien.",
    "Tagihan dibayar dalam 30 hari sejak tahapan diterima.",
    "Pelanggan saat ini tidak lagi loyal seperti pelanggan lama.",
    "Ini adalah kemitraan, bukan perbudakan.",
    "Jika pelanggan memangkas remunerasi sampai penyedia layanan tidak dapat lagi mempertahankan hubungan, maka tidak ada kemitraan lebih lanjut.",
    "Dan meskipun tidak ada hubungan komersial yang diharapkan bertahan selamanya, kedua belah pihak dapat memperbaiki hubungan dan memperlakukannya dengan saling menghormati selama hubungan itu berlangsung.",
    "Klien memberikan komentar tertulis atas setiap hasil kerja dalam lima hari.",
    "Masa pemberitahuan pengakhiran kerja sama adalah tiga puluh hari.",
  ),
];

export interface LanguageScore {
  language: GagLanguage;
  clauses: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** The clauses the detector got wrong, for the report. */
  misses: { text: string; isGag: boolean }[];
}

/** Precision and recall of `detect` per language, on `clauses` (a clause counts once). */
export function scoreGagDetector(
  clauses: readonly LabelledClause[],
  detect: (text: string) => boolean,
): LanguageScore[] {
  const languages = [...new Set(clauses.map((c) => c.language))];
  return languages.map((language) => {
    const own = clauses.filter((c) => c.language === language);
    const results = own.map((c) => ({ ...c, isFlagged: detect(c.text) }));
    const truePositives = results.filter((r) => r.isGag && r.isFlagged).length;
    const falsePositives = results.filter((r) => !r.isGag && r.isFlagged).length;
    const falseNegatives = results.filter((r) => r.isGag && !r.isFlagged).length;
    const flagged = truePositives + falsePositives;
    return {
      language,
      clauses: own.length,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: flagged === 0 ? 1 : truePositives / flagged,
      recall:
        truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
      misses: results
        .filter((r) => r.isGag !== r.isFlagged)
        .map((r) => ({ text: r.text, isGag: r.isGag })),
    };
  });
}
