/**
 * What a clause that gags honest reviews is made of, per interface language, as patterns over
 * normalised text (see `normaliseClause`: lower case, no accents, French elisions spelled out,
 * so "s’interdit" reads "se interdit" and "d’avis" reads "de avis").
 *
 * - `objects`: public reviews and statements about the other side (not the evaluation of
 *   deliverables, which `workSenses` removes first: "review each deliverable", "évaluation des
 *   livrables", "Bewertung der Lieferung", "revisión de entregables", "penilaian hasil kerja");
 * - `negations`: markers that restrict what follows them (negation, modal and future
 *   negatives, reflexive undertakings such as "se interdit de", "se compromete a no");
 * - `prohibitions`: prohibitions that restrict wherever they stand, before or after their
 *   object ("il est interdit", "es ist untersagt", "queda prohibido", "dilarang", "are
 *   prohibited");
 * - `publishing`: verbs of writing or publishing in every tense the stems cover;
 * - `negative`: qualifiers of an unfavourable review;
 * - `disparagement`: non-disparagement wording, a gag in itself;
 * - `removal`, `approval`, `penalty`, `assignment`: obligations to take reviews down, to have
 *   them approved first, penalties tied to them, and rights in them taken by the other side;
 * - `permission`: wording that frees reviews rather than restricting them ("nothing prevents",
 *   "libre de"), which cancels a negation but never a removal, approval, penalty or assignment.
 */
export interface GagLexicon {
  workSenses: RegExp;
  objects: RegExp;
  negations: RegExp;
  prohibitions: RegExp;
  publishing: RegExp;
  negative: RegExp;
  disparagement: RegExp;
  removal: RegExp;
  approval: RegExp;
  penalty: RegExp;
  assignment: RegExp;
  permission: RegExp;
}

export const GAG_LANGUAGES = ["en", "fr", "de", "es", "id"] as const;
export type GagLanguage = (typeof GAG_LANGUAGES)[number];

const WORK_EN =
  "deliverables?|submissions?|work|milestones?|documents?|invoices?|code|designs?|drafts?|results?|outputs?|materials?|reports?|changes?|criteria|change requests?";

export const GAG_LEXICONS: Record<GagLanguage, GagLexicon> = {
  en: {
    workSenses: new RegExp(
      `\\b(reviews?|reviewed|reviewing|ratings?|feedback|comments?)\\b( (of|on|to|about))? (each|every|the|all|any|a|its|their|his|her)?\\s?(submitted |delivered |final |draft )?(${WORK_EN})\\b|\\b(review|feedback|comment) (window|period|round|cycle|meeting|deadline)s?\\b|\\b(code|peer|design|legal|security) reviews?\\b|\\b(will|shall|must|may|to|and|then|not|can|should|would|could) (review|comment on)\\b`,
      "g",
    ),
    objects:
      /\b(reviews?|ratings?|testimonials?|feedback|stars?|commentary|criticism|critici[sz](e|es|ing) the (provider|company|contractor|supplier|agency|freelancer|consultant)|rat(e|ing) (the|its|any) (provider|contractor|company|agency|supplier|freelancer|consultant)|star ratings?|public (statements?|comments?|remarks?|posts?)|(statements?|comments?|remarks?|posts?|opinions?)\b.{0,30}\b(about|regarding|concerning|on|of) the (provider|company|contractor|supplier|agency|freelancer|consultant))\b/,
    negations:
      /\b(not|never|no|nor|cannot|can't|won't|shan't|mustn't|shouldn't|wouldn't|refrains?|refrain(ing)? from|abstains?|undertakes? not|waives? (the|any|its) right)\b/,
    prohibitions:
      /\b(prohibit(s|ed|ion)?|forbid(s|den)?|not (permitted|allowed)|barred|precluded|banned|is restricted|are restricted|only\b.{0,40}\b(positive|favou?rable|five[- ]star|5[- ]star|glowing))\b/,
    publishing:
      /\b(post(s|ed|ing)?|publish(es|ed|ing)?|writ(e|es|ing|ten)|leav(e|es|ing)|shar(e|es|ed|ing)|submit(s|ted|ting)?|mak(e|es|ing)|giv(e|es|ing)|express(es|ed|ing)?|upload(s|ed|ing)?|rat(e|es|ing)|air(s|ed|ing)?)\b/,
    negative:
      /\b(negative|unfavou?rable|critical|bad|poor|adverse|one[- ]star|1[- ]star|damaging|harmful|unflattering|derogatory)\b/,
    disparagement:
      /\b(non[- ]?disparage?ment|disparag(e|es|ed|ing|ement)|denigrat(e|es|ed|ing|ion)|badmouth|speak ill|run down the)\b/,
    removal:
      /\b(remove|removes|removing|removal|delete|deletes|deleting|take (it |them )?down|takes down|withdraw (any|the|all|each|its|their)|retract|edit (any|the|all|each)|amend (any|the|all|each))\b/,
    approval:
      /\b(approv(e|es|al|ed)|pre-?approv(e|al|ed)|consent|authori[sz](e|ation|ed)|permission|sign-?off|vet(ted|s)?|veto(es|ed)?|clear(ed|ance) by|prior (written )?(review|clearance)|submit(s|ted)? .{0,40}\bto the (provider|company|contractor|supplier|agency|freelancer|consultant))\b/,
    penalty:
      /\b(pay(s|ing)? (a sum|an amount|eur|usd|gbp|\$|€|\d)|penalt(y|ies)|fines?|fee|fees|liquidated damages|damages|liable|forfeit(s|ure)?|surcharge|deduct(ed|ion)?|legal costs|costs arising|indemnif(y|ies|ication)|hold harmless|compensat(e|es|ion)|lose (the|its|any|their) (discount|deposit|warranty|refund)|refund (no|nothing))\b/,
    assignment:
      /\b(property of|owned by)\b|\b(assign(s|ed|ment)?|transfer(s|red)?|grants?|cede(s|d)?|own(s)?|ownership|belong)\b.{0,120}\b(copyright|rights?|intellectual property|ownership|licen[cs]e|title)\b|\b(copyright|rights?|intellectual property|ownership|title)\b.{0,120}\b(assign(s|ed)?|transfer(s|red)?|vest(s|ed)?|belong(s)?)\b/,
    permission:
      /\b(nothing (in|of) (this|the) (agreement|contract|clause).{0,60}(prevents?|restricts?|limits?|prohibits?)|(is|are|remains?|remain) free to|free(ly)? to (post|publish|write|share)|may (post|publish|write|leave|share) (an |any |their |its )?(honest|truthful|own)|entitled to (post|publish|write|leave|share))\b/,
  },
  fr: {
    workSenses:
      /\b(evaluations?|avis|notes?|commentaires?) (de|des|du|sur) (le |la |les |chaque |ce |ces )?(livrables?|travaux|travail|soumissions?|jalons?|documents?|factures?|maquettes?|criteres?|rendus?|prestations? livrees?)\b|\bavis (de reception|de echeance|de passage|motive|technique)\b|\ba (son|leur|notre) avis\b|\bpreavis\b|\bnotes? de (frais|version|livraison)\b/g,
    objects:
      /\b(avis|noter (le |la )?(prestataire|fournisseur|societe|agence|consultant)|opinions? (sur|concernant|au sujet de) (le |la )?(prestataire|fournisseur|societe|agence|consultant)|commentaires?|evaluations? (en ligne|publiques?|negatives?|defavorables?)|notes? (en ligne|negatives?|publiques?)|notations?|temoignages?|critiques?|recommandations?|etoiles|declarations? publiques?|propos publics|publications? (sur|concernant|au sujet))\b/,
    negations:
      /\b(ne|aucune?s?|jamais|nul(le)?|sans|pas|se (interdit|interdira|interdirait|abstient|abstiendra|abstiendrait|engage a ne|garde(ra|rait)? de)|abstenir|renonce(r|ra)? a)\b/,
    prohibitions:
      /\b(interdit(e|s|es)?|interdiction|prohibe(e|s|es)?|defendu(e|s|es)?|proscrit(e|s|es)?|exclue?s? de publier|(seul(e|s|es)?(ment)?|uniquement|ne .{0,30}que)\b.{0,40}\b(positi(f|fs|ve|ves)|favorables?|elogieu(x|se|ses)))\b/,
    publishing:
      /\b(publi(er|e|es|era|erait|eront|eraient|ent|ant|cation)|post(er|e|era|erait)|diffus(er|e|era|erait|ion)|redig(er|e|era|erait)|ecri(re|ra|rait|t)|laiss(er|e|era|erait)|partag(er|e|era|erait)|depos(er|e|era|erait)|emet(tre|tra|trait)|formul(er|e|era|erait)|mettre en ligne|exprim(er|era|erait)|attribu(er|e|era|erait)|donn(er|e|era|erait)|noter)\b/,
    negative:
      /\b(negati(f|fs|ve|ves)|defavorables?|critiques?|mauvai(s|se|ses)|desobligeant(e|s|es)?|nuisibles?)\b/,
    disparagement:
      /\b(denigr(er|e|era|erait|ement|ant)|non[- ]denigrement|dire du mal|propos (negatifs|desobligeants|malveillants)|porter atteinte a (la |le )?(reputation|image))\b/,
    removal:
      /\b(retir(er|e|era|erait|ait)|supprim(er|e|era|erait)|effac(er|e|era|erait)|modifi(er|e|era|erait)|depublier|faire retirer)\b/,
    approval:
      /\b(accord (prealable|ecrit|expres|du prestataire|de le prestataire)|subordonne(e|s|es)? a|sous reserve de (le |son )?accord|autorisation|approbation|approuv(er|e|ee)|valid(ation|er|e|ee)|soumet(tre|tra|trait)|soumis(e|es)?|consentement|relecture)\b/,
    penalty:
      /\b((versera|paiera|payer|verser|supportera) (une somme|un montant|une indemnite|une penalite|les frais|\d)|penalites?|amendes?|indemni(te|tes|ser|sera|sation)|dommages|sanctions?|frais|majoration|perte (de|du))\b/,
    assignment:
      /\b(ced(e|er|era|erait)|cession|transf(ere|erer|erera|ert)|droits? (de auteur|de propriete)|propriete|appartien(t|dront|nent))\b/,
    permission:
      /\b(rien (dans|de) .{0,60}ne (empeche|interdit|limite)|libre de (publier|laisser|donner|rediger)|librement|peut (publier|laisser|rediger) (un |des |son |ses )?(avis|commentaires?) (honnetes?|sinceres?)|est en droit de publier)\b/,
  },
  de: {
    workSenses:
      /\b(bewertung|prufung|begutachtung|kommentierung)(en)? (der|des|jeder|jedes|aller) (lieferung|leistung|abgabe|liefergegenst[a-z]*|arbeits?ergebnis[a-z]*|einreichung|entw[a-z]*|rechnung|meilenstein[a-z]*)\b|\b(bewertungs|prufungs|abnahme)(frist|zeitraum|runde)\b/g,
    objects:
      /\b(den (dienstleister|auftragnehmer|anbieter|lieferanten) .{0,30}bewerten|(offentlich|negativ|kritisch|abfallig|schlecht)[a-z]* (.{0,40} )?(zu )?aussern|bewertung(en)?|rezension(en)?|erfahrungsbericht(e|en)?|kundenstimme(n)?|testimonials?|sternebewertung(en)?|sternen?|online-?bewertung(en)?|kommentar(e|en)?|ausserung(en)?|stellungnahme(n)?|beitrag|beitrage)\b/,
    negations:
      /\b(nicht|keinerlei|keine?[nmrs]?|nie(mals)?|weder|unterlass(t|en|ung)|verzichte?t?|verpflichtet sich,? (es )?zu unterlassen)\b/,
    prohibitions:
      /\b(untersagt|verboten|unzulassig|nicht gestattet|nicht erlaubt|ausgeschlossen|(nur|ausschliesslich)\b.{0,40}\bpositiv[a-z]*)\b/,
    publishing:
      /\b(veroffentlich[a-z]*|publizier[a-z]*|poste[nt]?|abgeben|abzugeben|gibt|geben|schreib[a-z]*|verfass[a-z]*|teil[a-z]*|einstell[a-z]*|einzustell[a-z]*|hochzulad[a-z]*|hochlad[a-z]*|hinterlass[a-z]*|verbreit[a-z]*|aussern|aussert|tatigen|bewerten)\b/,
    negative:
      /\b(negativ[a-z]*|schlecht[a-z]*|kritisch[a-z]*|abwertend[a-z]*|unvorteilhaft[a-z]*|abfallig[a-z]*|nachteilig[a-z]*)\b/,
    disparagement:
      /\b(verunglimpf[a-z]*|herabsetz[a-z]*|herabwurdig[a-z]*|schlechtmach[a-z]*|schlecht (zu )?(reden|sprechen|machen)|abfallig[a-z]*|rufschadig[a-z]*|geschaftsschadigend[a-z]*|nichtherabsetzung)\b/,
    removal:
      /\b(losch[a-z]*|entfern[a-z]*|zuruckzu?zieh[a-z]*|zuruckgezogen|zieh(t|en) .{0,60}zuruck|nimmt .{0,60}(zuruck|vom netz)|widerruf[a-z]*|abander[a-z]*|anzupassen|abzuandern)\b/,
    approval:
      /\b(zustimmung|genehmigung|freigabe|freigegeben|freizugeben|einwilligung|genehmig[a-z]*|vorzulegen|vorgelegt|vorlegen|abstimm[a-z]*)\b/,
    penalty:
      /\b(zahlt .{0,20}(euro|eur|\d)|vertragsstrafe|strafe|schadensersatz|schadenersatz|bussgeld|pauschale|gebuhr|entschadigung|haftet|sanktion(en)?|einbehalt[a-z]*)\b/,
    assignment:
      /\b(ubertr[a-z]*|abtr[a-z]*|nutzungsrechte?|urheberrechte?|rechte an|eigentum|gehoren)\b/,
    permission:
      /\b(steht (es )?.{0,30}frei|nichts in (diesem|dieser) .{0,60}(hindert|verbietet|schrankt)|bleibt .{0,30}frei|ist berechtigt,? .{0,40}(ehrliche|wahrheitsgemasse))\b/,
  },
  es: {
    workSenses:
      /\b(revision|revisiones|valoracion|valoraciones|evaluacion|evaluaciones|comentarios?|opinion|calificacion) (de|del|sobre|a) (el |la |los |las |cada )?(entregables?|trabajos?|hitos?|documentos?|facturas?|bocetos?|disenos?|resultados?|criterios?)\b|\bplazo de (revision|valoracion)\b/g,
    objects:
      /\b((calificar|valorar|puntuar) al (prestador|proveedor|contratista)|resenas?|opinion(es)?|valoracion(es)?|calificacion(es)?|comentarios?|testimonios?|criticas?|puntuacion(es)?|estrellas|declaracion(es)? publicas?|publicacion(es)? (en redes|sobre|acerca))\b/,
    negations:
      /\b(no|nunca|jamas|ningun[oa]?s?|ni|sin|se compromete a no|se abstendra|se abstiene|abstenerse|renuncia a)\b/,
    prohibitions:
      /\b(prohibid[oa]s?|prohibe|prohibicion|vedad[oa]s?|no (esta|estan) permitid[oa]s?|queda (prohibido|vedado)|(solo|solamente|unicamente)\b.{0,40}\b(positiv(o|a|os|as)|favorables?))\b/,
    publishing:
      /\b(public(ar|ara|aria|aran|arian|a|an|ado|ada|acion)|escrib(ir|ira|iria|e)|dej(ar|ara|aria|a)|compart(ir|ira|iria|e)|difund(ir|ira|iria|e)|emit(ir|ira|iria|e)|colg(ar|ara|aria)|subir|subira|poner|realiz(ar|ara|aria)|hacer|hara|haria|expres(ar|ara|aria)|otorg(ar|ara|aria)|asign(ar|ara|aria)|dar|dara|daria)\b/,
    negative:
      /\b(negativ(o|a|os|as)|desfavorables?|mal(o|a|os|as)|criticas?|adversas?|perjudiciales?|danin(o|a|os|as))\b/,
    disparagement:
      /\b(menospreci[a-z]*|desprestigi[a-z]*|denigr[a-z]*|desacredit[a-z]*|hablar mal|hablara mal|perjudicar (la )?(reputacion|imagen)|no denigracion)\b/,
    removal:
      /\b(retir(ar|ara|aria|e)|elimin(ar|ara|aria|e)|borr(ar|ara|aria|e)|modific(ar|ara|aria)|despublic(ar|ara))\b/,
    approval:
      /\b(aprobacion|autorizacion|consentimiento|visto bueno|validacion|aprob(ar|ada|ado)|autoriz(ar|ada|ado)|valid(ar|ada|ado)|someter(se|a|la|las)?|sometid[oa]s?)\b/,
    penalty:
      /\b((pagar|abonar)(a|ia)? .{0,20}(euros?|eur|\d)|penalizacion(es)?|penalidad(es)?|multas?|indemniz[a-z]*|danos|sancion(es)?|recargos?|cargos?|perdera)\b/,
    assignment:
      /\b(ced(e|er|era|eria)|cesion|transfier[a-z]*|transferir[a-z]*|derechos (de autor|de propiedad)|propiedad|pertenecer[a-z]*)\b/,
    permission:
      /\b(nada (en|de) .{0,60}(impide|prohibe|limita)|libre de (publicar|dejar|escribir)|libremente|puede (publicar|dejar|escribir) (una |su |sus )?(resenas?|opiniones?) (honestas?|sinceras?)|tiene derecho a publicar)\b/,
  },
  id: {
    workSenses:
      /\b(penilaian|tinjauan|komentar|ulasan|evaluasi) (atas|terhadap|untuk)? ?(setiap |semua |seluruh )?(hasil kerja|pekerjaan|serahan|deliverable|dokumen|tagihan|faktur|desain|kriteria|tahapan)\b|\b(meninjau|menilai|mengevaluasi)\b|\bmasa (tinjauan|peninjauan|penilaian)\b/g,
    objects:
      /\b(ulasan|review|testimoni|testimonial|rating|bintang|memberi (nilai|bintang) (kepada|untuk) penyedia|penilaian (negatif|buruk|publik|online|daring)|komentar (negatif|buruk|publik|di media sosial|tentang)|pernyataan publik|unggahan|postingan)\b/,
    negations:
      /\b(tidak|tak|jangan|bukan|tanpa|berjanji untuk tidak|menahan diri|melepaskan hak)\b/,
    prohibitions:
      /\b(dilarang|larangan|tidak diperbolehkan|tidak diizinkan|hanya\b.{0,40}\b(positif|baik|bagus))\b/,
    publishing:
      /\b(memberi|memberikan|diberikan|menulis|ditulis|memposting|diposting|mengunggah|diunggah|mempublikasikan|dipublikasikan|menerbitkan|diterbitkan|membagikan|dibagikan|menyebarkan|menyampaikan|memasang|mengirimkan|posting|publikasi)\b/,
    negative: /\b(negatif|buruk|jelek|kritis|tidak baik|merugikan)\b/,
    disparagement:
      /\b(menjelek[a-z]*|merendahkan|mencemarkan|menghina|memburukkan|menjatuhkan (nama|reputasi)|merusak (nama baik|reputasi|citra)|menjelekkan)\b/,
    removal:
      /\b(menghapus|dihapus|mencabut|dicabut|menarik|ditarik|menurunkan|diturunkan|mengubah|diubah)\b/,
    approval:
      /\b(persetujuan|izin|disetujui|menyetujui|diverifikasi|ditinjau|diperiksa|diserahkan)\b/,
    penalty:
      /\b(membayar .{0,20}(rp|\d)|denda|sanksi|ganti rugi|penalti|biaya|kompensasi|potongan|dikenakan)\b/,
    assignment:
      /\b(mengalihkan|dialihkan|pengalihan|menyerahkan|hak cipta|hak atas|hak milik|kepemilikan|menjadi milik)\b/,
    permission:
      /\b(bebas (untuk )?(memberikan|menulis|mempublikasikan)|berhak (untuk )?(memberikan|menulis|mempublikasikan)|tidak ada (ketentuan|klausul|isi) .{0,60}(melarang|membatasi)|boleh memberikan ulasan (jujur|yang jujur))\b/,
  },
};
