import type { Catalogue } from "./en";

export const id: Catalogue = {
  "error.validation_failed": "Beberapa isian perlu Anda periksa.",
  "error.bad_request": "Permintaan tidak dapat dibaca.",
  "error.unauthenticated": "Silakan masuk untuk melanjutkan.",
  "error.forbidden": "Peran Anda di organisasi ini tidak mengizinkan tindakan ini.",
  "error.forbidden.moderator_only": "Hanya moderator platform yang dapat melakukan ini.",
  "error.forbidden.accused_only":
    "Hanya organisasi yang dituduh yang menjawab pemberitahuan suatu kasus.",
  "error.forbidden.other_side_only":
    "Hanya pihak lain yang melaporkan sebuah teks; teks ini ditulis oleh organisasi Anda sendiri.",
  "error.forbidden.client_side_only":
    "Langkah ini hanya diambil pihak klien; pihak penyedia layanan tidak dapat.",
  "error.forbidden.provider_side_only":
    "Langkah ini hanya diambil pihak penyedia layanan; pihak klien tidak dapat.",
  "error.forbidden.initiator_only":
    "Hanya organisasi yang mengusulkan kerja sama ini yang dapat menariknya.",
  "error.forbidden.reviewed_only":
    "Hanya organisasi yang diulas yang menanggapi ulasan; pihak Anda yang menulisnya.",
  "error.forbidden.parties_only":
    "Hanya para pihak dalam kasus yang dapat mengajukan banding; moderator tidak.",
  "error.not_found": "Kami tidak dapat menemukannya.",
  "error.email_taken": "Sudah ada akun dengan alamat email ini.",
  "error.invalid_credentials": "Alamat email atau kata sandi salah.",
  "error.rate_limited":
    "Terlalu banyak percobaan. Coba lagi dalam {seconds, plural, other {# detik}}.",
  "error.csrf_invalid":
    "Token keamanan Anda tidak ada atau sudah kedaluwarsa. Muat ulang halaman lalu coba lagi.",
  "error.invitation_invalid": "Undangan ini sudah kedaluwarsa atau sudah dijawab.",
  "error.organisation_kind_mismatch":
    "Kerja sama menghubungkan klien dan penyedia layanan: pilih salah satu organisasi {kind, select, client {klien} other {penyedia layanan}} Anda.",
  "error.already_member": "Orang ini sudah menjadi anggota organisasi.",
  "error.invitation_pending":
    "{email} sudah memiliki undangan untuk bergabung, berlaku hingga {expiresAt}: cabut undangan itu untuk mengirim yang baru.",
  "error.engagement_already_proposed":
    "Organisasi Anda sudah mengusulkan “{title}” kepada {email}, dan undangannya terbuka hingga {expiresAt}: tunggu jawabannya, tarik usulan itu (jika e-mailnya hilang atau alamatnya salah), atau beri judul lain untuk kerja sama ini.",
  "error.counterpart_on_own_side":
    "{who, select, self {Itu alamat Anda sendiri} other {{email} adalah anggota {org}}}: kerja sama mengundang orang dari pihak lain, jadi kirimkan ke alamat orang tersebut.",
  "error.last_owner": "Organisasi memerlukan setidaknya satu pemilik.",
  "error.token_scope_missing":
    "{scope, select, session {Hanya orang yang sudah masuk yang dapat melakukan ini, bukan token API: masuklah untuk melakukannya.} other {Token API ini tidak memiliki cakupan {scope}.}}",
  "error.token_name_taken":
    "Organisasi sudah memiliki token API aktif bernama “{name}”: cabut token itu untuk memakai nama tersebut lagi, atau pilih nama lain.",
  "error.mailbox_disabled":
    "Kotak surat demo hanya ditampilkan jika email disimpan di kotak keluar.",
  "error.engagement_not_pending": "Kerja sama ini tidak lagi menunggu jawaban.",
  "error.engagement_not_withdrawable":
    "Usulan ini tidak dapat ditarik lagi: kerja sama ini {status, select, active {sudah diterima dan sedang berjalan} declined {sudah ditolak} withdrawn {sudah ditarik} other {tidak lagi menunggu jawaban}}.",
  "error.organisation_kind_wrong":
    "Tindakan ini memerlukan organisasi {kind, select, client {klien} other {penyedia layanan}}.",
  "error.shortlist_not_provider":
    "{org} adalah organisasi klien: hanya organisasi penyedia layanan yang dapat dimasukkan ke daftar pendek atau diundang mengajukan penawaran.",
  "error.unknown_skill": "Keahlian ini tidak ada dalam taksonomi.",
  "error.brief_not_publishable":
    "Kerangka kebutuhan belum dapat diterbitkan: {count, plural, other {# hal masih menghalanginya}}.",
  "error.brief_not_editable":
    "Kerangka kebutuhan ini {status, select, published {sudah diterbitkan} other {sudah ditutup: sebuah penawaran telah diterima}}: hanya kerangka kebutuhan berstatus draf yang dapat {action, select, publish {diterbitkan} other {diubah}}.",
  "error.brief_title_taken":
    "Organisasi Anda sudah memiliki draf kerangka kebutuhan “{title}”, dimulai pada {startedOn}: lanjutkan draf itu, atau beri judul lain untuk yang ini.",
  "error.brief_closed":
    "Kerangka kebutuhan ini sudah ditutup: sebuah penawaran telah diterima, sehingga tidak lagi menerima undangan atau penawaran.",
  "error.proposal_not_editable":
    "Penawaran ini {status, select, submitted {sudah dikirim dan menunggu jawaban klien: penawaran ini hanya dapat diubah lagi jika klien mengembalikannya untuk direvisi} accepted {sudah diterima: ketentuannya kini diubah dalam draf perjanjian} declined {sudah ditolak: penawaran ini tidak dapat diubah lagi} withdrawn {sudah ditarik oleh penyedia layanan: penawaran ini tidak dapat diubah lagi} other {tidak terpilih: penawaran ini tidak dapat diubah lagi}}.",
  "error.proposal_open_on_brief":
    "Organisasi Anda sudah memiliki penawaran untuk “{brief}” (dimulai pada {startedOn}), {status, select, draft {masih berupa draf: selesaikan penawaran itu} revision_requested {dikembalikan untuk direvisi: revisi penawaran itu} other {sudah dikirim dan menunggu jawaban klien}}.",
  "error.proposal_not_submittable":
    "Penawaran belum dapat dikirim: {count, plural, other {# hal masih menghalanginya}}.",
  "error.proposal_wrong_state":
    "Penawaran ini {status, select, draft {masih berupa draf} submitted {sudah dikirim dan menunggu jawaban klien} revision_requested {sudah dikembalikan untuk direvisi} accepted {sudah diterima} declined {sudah ditolak} withdrawn {sudah ditarik oleh penyedia layanan} other {tidak terpilih: penawaran lain untuk kerangka kebutuhan ini telah diterima}}, sehingga tidak dapat {action, select, submit {dikirim lagi} withdraw {ditarik} decline {ditolak} requestRevision {dikembalikan untuk direvisi} other {diterima}}.",
  "error.proposal_expired":
    "Penawaran ini berlaku sampai {validUntil} dan sudah kedaluwarsa: penawaran ini tidak dapat lagi diterima apa adanya. Mintalah revisi dengan tanggal baru kepada penyedia layanan.",
  "error.agreement_version_signed":
    "Versi yang sudah ditandatangani tidak pernah berubah: ajukan adendum sebagai gantinya.",
  "error.agreement_not_signable":
    "Versi ini tidak dapat ditandatangani: {count, plural, other {# ketentuan yang tidak adil menghalanginya}}.",
  "error.agreement_acknowledgement_missing":
    "Sebelum menandatangani, akui {count, plural, other {# temuan serius yang merugikan pihak Anda}} (pemotongan remunerasi): centang, atau sebutkan kodenya di acknowledgedFindings.",
  "error.no_agreement_in_force":
    "Belum ada perjanjian yang berlaku: pekerjaan diserahkan dan dinilai berdasarkan perjanjian yang sudah ditandatangani.",
  "error.unknown_deliverable": "Hasil kerja ini tidak ada dalam perjanjian yang berlaku.",
  "error.deliverable_in_review":
    "Hasil kerja ini sedang menunggu evaluasi klien; hasil kerja ini dapat diserahkan lagi setelah dievaluasi.",
  "error.deliverable_already_accepted":
    "Hasil kerja ini sudah diterima: tidak ada lagi yang perlu diserahkan.",
  "error.revision_limit_reached":
    "{limit, plural, =0 {Tidak ada putaran revisi yang disepakati untuk hasil kerja ini.} other {Jatah # putaran revisi yang disepakati untuk hasil kerja ini sudah habis.}} Pengerjaan ulang berikutnya memerlukan permintaan perubahan.",
  "error.submission_not_in_review":
    "{status, select, deemed_accepted {Penyerahan ini dianggap diterima karena jangka waktu evaluasi berlalu tanpa evaluasi: penyerahan ini tidak dapat dievaluasi lagi.} other {Penyerahan ini sudah dievaluasi.}}",
  "error.evaluation_incomplete":
    "Evaluasi belum lengkap: {count, plural, other {# hal}} perlu Anda periksa.",
  "error.file_too_large": "“{name}” melebihi batas ukuran {limit}.",
  "error.file_type_not_allowed":
    "“{name}” bukan jenis berkas yang diterima Accord. Yang diizinkan: {allowed}.",
  "error.too_many_files": "Unggah paling banyak {limit, plural, other {# berkas}} sekaligus.",
  "error.file_already_uploaded":
    "{where, select, upload {“{name}” memiliki isi yang sama dengan “{stored}” dalam unggahan ini: kirim sekali saja.} other {“{name}” memiliki isi yang sama dengan “{stored}”, diunggah pada {uploadedOn} dan belum diserahkan: serahkan berkas itu.}}",
  "error.upload_invalid":
    "Unggahan tidak dapat dibaca: kirim berkas sebagai data formulir multipart.",
  "error.change_request_wrong_state":
    "Permintaan perubahan #{number} “{title}” {status, select, proposed {menunggu harga dari penyedia layanan} priced {sudah diberi harga dan menunggu jawaban klien} approved {sudah disetujui dan menunggu tanda tangan adendum} applied {sudah disetujui dan menjadi bagian dari perjanjian} declined {sudah ditolak} other {sudah ditarik}}, sehingga tidak dapat {action, select, price {diberi harga} decline {ditolak} withdraw {ditarik} other {disetujui}}.",
  "error.change_request_wrong_side":
    "Langkah ini menjadi bagian {side, select, client {klien} other {penyedia layanan}}.",
  "error.note_already_converted": "Catatan ini sudah diubah menjadi permintaan perubahan.",
  "error.change_moves_milestone_too_far":
    "Permintaan perubahan ini menggeser tahapan “{milestone}” {days, plural, other {# hari}}, ke {dueDate}: tanggal direncanakan paling lama sepuluh tahun ke depan, paling lambat {limit}.",
  "error.change_request_open_with_title":
    "Permintaan perubahan #{number} “{title}” dari pihak Anda masih terbuka: lanjutkan di sana alih-alih mengajukannya lagi.",
  "evaluation.verdict_missing": "Berikan penilaian atas kriteria yang disepakati “{statement}”.",
  "evaluation.verdict_unknown_criterion":
    "“{criterion}” bukan salah satu kriteria yang disepakati untuk hasil kerja ini. Tuliskan sebagai catatan saja.",
  "evaluation.verdict_duplicate": "Kriteria ini sudah memiliki penilaian.",
  "evaluation.reason_required":
    "Jelaskan mengapa kriteria ini tidak terpenuhi, agar penyedia layanan dapat memperbaikinya.",
  "error.amendment_retainer_period_changed":
    "Adendum mempertahankan periode biaya berulang, {period, select, month {bulanan} other {triwulanan}}: faktur dan penyelesaian akhir menghitung biaya per periode. Biayanya boleh berubah; untuk menagih dengan periode lain, sepakati kerja sama baru.",
  "error.amendment_currency_changed":
    "Adendum mempertahankan mata uang perjanjian, {currency}: faktur, pembayaran, dan pengembalian dana kerja sama ini, serta setiap perubahan remunerasi, dihitung dalam mata uang itu. Untuk bekerja dalam mata uang lain, sepakati kerja sama baru.",
  "error.agreement_stale":
    "Perjanjian telah berubah sejak Anda membukanya. Muat ulang, periksa perubahannya, lalu coba lagi.",
  "error.agreement_already_signed": "Pihak Anda sudah menandatangani versi ini.",
  "error.agreement_draft_exists":
    "Sebuah draf sudah terbuka: selesaikan atau tanda tangani draf itu terlebih dahulu.",
  "error.internal": "Terjadi kesalahan di pihak kami. Silakan coba lagi.",

  "validation.required": "Isian ini wajib diisi.",
  "validation.file_unavailable":
    "Salah satu berkas ini tidak tersedia untuk diserahkan: unggah ulang berkas tersebut, lalu serahkan pekerjaannya.",
  "validation.invalid_type":
    "{expected, select, int {Harus bilangan bulat, tanpa desimal.} minor {Harus bilangan bulat dalam satuan terkecil mata uang (sen), tanpa desimal: 12,50 ditulis 1250.} minor_money {Harus bilangan bulat dalam satuan terkecil mata uang, tanpa desimal: {amount} ditulis {minor}.} number {Harus berupa angka.} string {Harus berupa teks.} boolean {Harus true atau false.} array {Harus berupa daftar.} object {Harus berupa objek dengan kolom-kolomnya.} other {Jenis nilai ini salah.}}",
  "validation.too_short": "Minimal {minimum, plural, other {# karakter}}.",
  "validation.too_long": "Maksimal {maximum, plural, other {# karakter}}.",
  "validation.too_few_items": "Pilih setidaknya {minimum, plural, other {# item}}.",
  "validation.too_many_items": "Pilih paling banyak {maximum, plural, other {# item}}.",
  "validation.too_small": "Minimal {minimum, number}.",
  "validation.too_big": "Maksimal {maximum, number}.",
  "validation.too_small.percent": "Minimal {minimum, number, percent}.",
  "validation.too_big.percent": "Maksimal {maximum, number, percent}.",
  "validation.too_small.money": "Minimal {minimum}.",
  "validation.too_big.money": "Maksimal {maximum}.",
  "validation.too_small.amount": "Jumlahnya minimal {minimum, number}.",
  "validation.too_big.amount": "Jumlahnya maksimal {maximum, number}.",
  "validation.too_small.days": "Minimal {minimum, plural, other {# hari}}.",
  "validation.too_big.days": "Maksimal {maximum, plural, other {# hari}}.",
  "validation.too_small.hours": "Minimal {minimum, plural, other {# jam}}.",
  "validation.too_big.hours": "Maksimal {maximum, plural, other {# jam}}.",
  "validation.invalid_date":
    "Harus berupa tanggal yang ada, ditulis TTTT-BB-HH (misalnya 2026-02-28).",
  "validation.invalid_email": "Masukkan alamat email yang valid.",
  "validation.invalid_option": "Pilih salah satu dari: {options}.",
  "validation.unknown_field": "Isian ini tidak diharapkan di sini.",
  "validation.invalid": "Nilai ini tidak valid.",
  "validation.invalid_text":
    "Teks ini berisi karakter yang tidak dapat disimpan (karakter NUL atau surrogate tanpa pasangan).",
  "validation.nothing_to_update": "Kirim setidaknya satu isian yang akan diubah.",
  "validation.ids_or_all": "Kirim id notifikasi yang akan ditandai sudah dibaca, atau all: true.",
  "validation.repeated_items": "Pilih setiap butir hanya sekali.",
  "validation.currency_unknown":
    "Masukkan mata uang sebagai kode ISO 4217 tiga huruf kapital, misalnya EUR, USD, atau JPY.",
  "validation.id_repeated":
    "Butir lain dalam daftar ini sudah memakai id ini: beri masing-masing id sendiri.",
  "validation.target_equals_baseline":
    "Target harus berbeda dari nilai awal; jika tidak, tidak ada yang dituju.",
  "validation.introduction_names_org":
    "Perkenalan menyebut organisasi yang diperkenalkan, dan hanya perkenalan yang melakukannya.",
  "validation.decimal_digits":
    "Harus berupa bilangan bulat yang ditulis dengan angka, misalnya 20: tanpa spasi, tanda, desimal, atau eksponen.",
  "validation.days_only_for_suspension":
    "Hanya penangguhan yang berlangsung sejumlah hari: jangan isi jumlah hari untuk keputusan lain.",
  "validation.day_before_today": "Harus hari ini ({today}) atau setelahnya.",
  "validation.day_too_far_ahead":
    "Tanggal direncanakan paling lama sepuluh tahun ke depan, paling lambat {limit}: {dueDate} lebih lambat.",
  "validation.correction_unchanged":
    "Ini sudah nilai yang tercatat: koreksi mengusulkan nilai yang lain.",
  "validation.offer_goal_title_repeated":
    "Sasaran lain dalam penawaran ini sudah berjudul “{title}”: beri setiap sasaran judulnya sendiri.",
  "validation.reason_provider_only":
    "Hanya penyedia layanan yang mengakui klien dengan alasan ini (umpan balik cepat, kerangka kebutuhan yang jelas, pembayaran tepat waktu).",
  "validation.password_common":
    "Kata sandi ini termasuk yang paling umum dan mudah ditebak. Pilih yang lain, misalnya beberapa kata yang tidak saling berhubungan.",
  "validation.password_personal":
    "Kata sandi ini dibentuk dari alamat email atau nama Anda. Pilih kata sandi yang tidak dapat ditebak dari keduanya.",

  "role.owner": "Pemilik",
  "role.member": "Anggota",
  "role.viewer": "Pengamat",
  "orgKind.client": "Klien",
  "orgKind.provider": "Penyedia layanan",

  "clarity.goal_missing": "Jelaskan apa yang ingin Anda capai: tambahkan setidaknya satu tujuan.",
  "clarity.success_measure_missing":
    "Jelaskan bagaimana keberhasilan akan diukur: tambahkan setidaknya satu ukuran keberhasilan.",
  "clarity.success_measure_not_measurable":
    "Ukuran keberhasilan ini tidak menyebutkan angka, sehingga tidak ada yang dapat mengetahui kapan ukuran ini tercapai.",
  "clarity.skills_missing":
    "Pilih keahlian yang dibutuhkan pekerjaan ini, agar dapat dicocokkan dengan penyedia layanan yang sesuai.",
  "clarity.budget_missing":
    "Cantumkan rentang anggaran: penyedia layanan perlu mengetahui sumber daya yang Anda miliki.",
  "clarity.budget_inverted": "Batas minimum anggaran lebih besar daripada batas maksimumnya.",
  "clarity.budget_range_wide":
    "Batas maksimum anggaran lebih dari {ratio, number} kali batas minimumnya: persempit rentangnya agar penawaran dapat menyesuaikan.",
  "clarity.deadline_missing": "Cantumkan tenggat waktu.",
  "clarity.deadline_passed": "Tenggat waktu sudah lewat.",
  "clarity.deadline_before_feasible_start":
    "Tenggat waktu menyisakan kurang dari {days, plural, other {# hari}} setelah {start}: tidak ada penyedia layanan yang dapat merencanakan pekerjaan dalam waktu sesingkat itu.",
  "clarity.must_haves_contradict":
    "Persyaratan wajib ini bertentangan dengan persyaratan wajib lainnya.",
  "clarity.must_have_also_nice_to_have":
    "Butir ini tercantum sebagai persyaratan wajib sekaligus opsional: pilih salah satu.",
  "clarity.client_people_missing":
    "Sebutkan orang-orang dari pihak Anda yang dilibatkan dalam pekerjaan ini: kemitraan membutuhkan kedua belah pihak.",
  "clarity.business_model_scope_missing":
    "Jelaskan cakupan model bisnis, agar penyedia layanan tahu untuk apa pekerjaan ini.",
  "clarity.preferred_language_missing": "Pilih bahasa yang ingin Anda gunakan dalam bekerja.",
  "clarity.earliest_start_passed":
    "Mulai paling cepat, {start}, sudah lewat (hari ini {today}): penyedia layanan akan merencanakan mulai hari ini.",
  "clarity.deadline_before_earliest_start":
    "Tenggat waktu, {deadline}, jatuh sebelum mulai paling cepat, {start}: tidak ada pekerjaan yang muat di antaranya.",

  "feasibility.deliverable_without_criteria":
    "Hasil kerja ini tidak memiliki kriteria penerimaan: hasil kerja ini tidak dapat dievaluasi secara objektif.",
  "feasibility.criterion_without_verification":
    "Kriteria ini tidak menjelaskan cara verifikasinya.",
  "feasibility.over_budget":
    "Harga {total} melebihi anggaran maksimum dalam kerangka kebutuhan, yaitu {budget}.",
  "feasibility.currency_differs":
    "Penawaran menggunakan {proposal}, sedangkan anggaran dalam kerangka kebutuhan menggunakan {brief}.",
  "feasibility.later_than_deadline":
    "Tahapan terakhir ({lastDue}) melewati tenggat waktu dalam kerangka kebutuhan ({deadline}).",
  "feasibility.milestone_in_past":
    "Tahapan ini jatuh tempo pada {dueDate}, hari yang sudah lewat (hari ini {today}): beri tanggal yang akan datang.",
  "feasibility.starts_before_client_ready":
    "Ada tahapan yang jatuh sebelum klien dapat memulai ({earliestStart}).",
  "feasibility.must_have_uncovered":
    "Tidak ada hasil kerja yang mencakup persyaratan wajib “{mustHave}”.",
  "feasibility.uncapped_time_and_materials":
    "Skema waktu dan material tanpa batas atas membuat total biaya tidak pasti.",
  "feasibility.milestone_paid_without_deliverable":
    "Tahapan “{milestone}” meminta pembayaran, tetapi tidak ada hasil kerja yang terkait dengannya: tahapan itu tidak akan pernah dapat diterima atau ditagihkan.",
  "feasibility.valid_until_passed":
    "Penawaran berlaku sampai {validUntil}, hari yang sudah lewat (hari ini {today}): penawaran sudah kedaluwarsa. Beri tanggal yang akan datang, atau kosongkan.",

  "fairTerms.review_gag_clause":
    "Klausul ini membatasi atau memberi penalti atas ulasan yang jujur (bahasa yang terdeteksi: {language}; “{matched}”).",
  "fairTerms.review_gag_clause.reason":
    "Ulasan yang jujur melindungi kedua belah pihak; klausul pembungkaman dan larangan menjelek-jelekkan yang menyasar ulasan dilarang di beberapa yurisdiksi (misalnya oleh Consumer Review Fairness Act di Amerika Serikat) dan tidak pernah diizinkan di Accord.",
  "fairTerms.acceptance_criteria_missing":
    "Tidak ada hasil kerja yang memiliki kriteria penerimaan.",
  "fairTerms.acceptance_criteria_missing.reason":
    "Pekerjaan hanya dapat dievaluasi secara objektif berdasarkan kriteria yang disepakati sebelumnya.",
  "fairTerms.price_below_floor":
    "Tarif efektif, {rate} per jam, berada di bawah tarif minimum penyedia layanan, yaitu {floor} per jam.",
  "fairTerms.price_below_floor.reason":
    "Tuntutan yang tidak diimbangi remunerasi mengakhiri kemitraan; penyedia layanan dapat secara tegas mengesampingkan tarif minimumnya.",
  "fairTerms.deliverable_without_criteria": "Hasil kerja ini tidak memiliki kriteria penerimaan.",
  "fairTerms.deliverable_without_criteria.reason":
    "Tanpa kriteria, penerimaan bergantung pada pendapat, bukan pada apa yang telah disepakati.",
  "fairTerms.criterion_without_verification": "Kriteria ini tidak menjelaskan cara verifikasinya.",
  "fairTerms.criterion_without_verification.reason":
    "Kriteria yang tidak dapat diperiksa oleh siapa pun mengundang sengketa pada saat evaluasi.",
  "fairTerms.payment_terms_over_limit":
    "Ketentuan pembayaran menetapkan jangka waktu lebih dari {days, number} hari.",
  "fairTerms.payment_terms_over_limit.reason":
    "Directive 2011/7/EU Uni Eropa tentang keterlambatan pembayaran membatasi jangka waktu pembayaran antarbisnis hingga 60 hari, kecuali disepakati secara tegas dan tidak sangat merugikan kreditur.",
  "fairTerms.review_window_missing": "Belum ditetapkan jangka waktu untuk mengevaluasi penyerahan.",
  "fairTerms.review_window_missing.reason":
    "Tanpa jangka waktu evaluasi, penyerahan dapat menunggu jawaban tanpa batas waktu.",
  "fairTerms.review_window_over_limit": "Jangka waktu evaluasi lebih dari {days, number} hari.",
  "fairTerms.review_window_over_limit.reason":
    "Jangka waktu evaluasi yang panjang menunda penerimaan dan pembayaran atas pekerjaan yang sudah diserahkan.",
  "fairTerms.revisions_unlimited": "Hasil kerja ini mengizinkan putaran revisi tanpa batas.",
  "fairTerms.revisions_unlimited.reason":
    "Putaran revisi tanpa batas mengubah permintaan baru menjadi pekerjaan yang tidak dibayar; perubahan lebih lanjut sebaiknya diberi harga.",
  "fairTerms.notice_period_missing":
    "Belum ditetapkan jangka waktu pemberitahuan pengakhiran kerja sama.",
  "fairTerms.notice_period_missing.reason":
    "Jangka waktu pemberitahuan pengakhiran memungkinkan kedua belah pihak berpisah dengan tertib, dengan waktu yang cukup untuk serah terima.",
  "fairTerms.client_responsibilities_missing": "Tanggung jawab klien masih kosong.",
  "fairTerms.client_responsibilities_missing.reason":
    "Kemitraan memuat kewajiban bagi kedua belah pihak: apa yang harus disediakan klien, dan kapan.",
  "fairTerms.dispute_skips_amicable_steps":
    "Klausul penyelesaian sengketa tidak diawali dengan negosiasi yang dilanjutkan dengan mediasi.",
  "fairTerms.dispute_skips_amicable_steps.reason":
    "Tawaran ganti rugi dan mediasi menyelesaikan sebagian besar perselisihan; gugatan hanya menciptakan musuh.",
  "fairTerms.milestone_paid_without_deliverable":
    "Tahapan “{milestone}” meminta pembayaran, tetapi tidak ada hasil kerja yang terkait dengannya: tahapan itu tidak akan pernah dapat diterima atau ditagihkan.",
  "fairTerms.milestone_paid_without_deliverable.reason":
    "Sebuah tahapan dibayar ketika hasil kerjanya diterima; uang yang dijanjikan pada tahapan tanpa hasil kerja tidak dijanjikan atas apa pun. Kaitkan hasil kerja ke tahapan itu atau pindahkan jumlahnya.",
  "fairTerms.pay_cut_without_scope_cut":
    "Adendum ini menurunkan remunerasi dari {paidBefore} menjadi {paidAfter} tanpa mengurangi cakupan secara sebanding: pekerjaan yang sama dengan bayaran lebih kecil.",
  "fairTerms.pay_cut_without_scope_cut.reason":
    "Tuntutan yang tidak diimbangi remunerasi mengakhiri kemitraan. Penyedia layanan boleh menerima pemotongan, tetapi hanya dengan sadar: pemiliknya mengakuinya secara tegas saat menandatangani, dan riwayat kerja sama menyimpan pengakuan itu.",
  "fairTerms.amendment_currency_changed":
    "Adendum ini menyebut mata uang lain dari perjanjian yang berlaku, {currency}: adendum ini tidak dapat ditandatangani. Tulis dalam {currency}; untuk bekerja dalam mata uang lain, sepakati kerja sama baru.",
  "fairTerms.amendment_currency_changed.reason":
    "Faktur, pembayaran, pengembalian dana, dan penyelesaian akhir sebuah kerja sama dihitung dalam satu mata uang, dan setiap perubahan remunerasi diukur dalam mata uang itu.",
  "fairTerms.amendment_retainer_period_changed":
    "Adendum ini menagih biaya berulang dengan periode lain dari perjanjian yang berlaku, {period, select, month {bulanan} other {triwulanan}}: adendum ini tidak dapat ditandatangani. Pertahankan periodenya (biayanya boleh berubah); untuk menagih dengan periode lain, sepakati kerja sama baru.",
  "fairTerms.amendment_retainer_period_changed.reason":
    "Faktur biaya berulang dan penyelesaian akhir menghitung biaya per periode: bulan yang diubah menjadi triwulan akan menghitung bulan yang sudah dikerjakan sebagai sepertiga triwulan.",

  "match.capability.covered":
    "Memiliki {covered, number} dari {required, plural, other {# keahlian}} yang diperlukan kerangka kebutuhan.",
  "match.trackRecord.history":
    "{completed, plural, =0 {Belum ada kerja sama yang selesai} other {# kerja sama selesai}}; {returning, number} dari {couldReturn, number} klien kembali lagi.{tenure, select, none {} other { Lama kerja sama: {tenureDays, plural, other {# hari}} sejak kerja sama pertamanya.}}",
  "match.trackRecord.new":
    "Baru: {completed, plural, =0 {belum ada kerja sama yang selesai} other {# kerja sama selesai}}, jadi belum ada klien yang dapat kembali.{tenure, select, none {} other { Lama kerja sama: {tenureDays, plural, other {# hari}} sejak kerja sama pertamanya.}}",
  "match.health.score":
    "Skor kesehatan hubungan {score, number} dari 100 di seluruh kerja samanya, menurut catatan dan penilaian kedua pihak.",
  "match.health.new":
    "Baru: kerja samanya belum cukup untuk skor kesehatan hubungan, jadi ini tidak menambah maupun mengurangi.",
  "match.language.any": "Kerangka kebutuhan tidak menyebutkan bahasa pilihan.",
  "match.language.first_choice": "Bekerja dalam bahasa pilihan utama Anda ({language}).",
  "match.language.other_choice": "Bekerja dalam salah satu bahasa Anda ({language}).",
  "match.language.none": "Tidak bekerja dalam bahasa pilihan Anda mana pun.",
  "match.availability.in_time": "Tersedia paling lambat pada tanggal mulai Anda.",
  "match.availability.late": "Tersedia {days, plural, other {# hari}} setelah tanggal mulai Anda.",
  "match.price.within":
    "Tarif harian, {rate}, sesuai dengan anggaran Anda untuk waktu yang tersedia.",
  "match.price.above":
    "Tarif harian, {rate}, melebihi kemampuan anggaran Anda untuk waktu yang tersedia.",
  "match.price.unknown": "Tidak ada tarif untuk dibandingkan dengan anggaran Anda.",
  "match.proposal.sent":
    "Sudah menanggapi kerangka kebutuhan ini: {status, select, submitted {penawarannya menunggu jawaban Anda} revision_requested {Anda meminta revisi penawarannya} accepted {Anda menerima penawarannya} declined {Anda menolak penawarannya} withdrawn {penyedia layanan menarik penawarannya} other {penawarannya tidak terpilih}}.",

  "agreementDoc.title": "Perjanjian: {title}",
  "agreementDoc.version":
    "Versi {version} · {status, select, in_force {berlaku} superseded {digantikan} other {draf}}",
  "agreementDoc.parties": "Antara {client} (klien) dan {provider} (penyedia layanan)",
  "agreementDoc.section.scope": "Ruang lingkup",
  "agreementDoc.section.deliverables": "Hasil kerja dan kriteria penerimaan",
  "agreementDoc.section.milestones": "Tahapan",
  "agreementDoc.section.responsibilities": "Peran dan tanggung jawab",
  "agreementDoc.section.methodology": "Metodologi dan ritme kerja",
  "agreementDoc.section.remuneration": "Remunerasi dan ketentuan pembayaran",
  "agreementDoc.section.evaluation": "Evaluasi, perubahan, dan pengakhiran",
  "agreementDoc.section.clauses": "Klausul tambahan",
  "agreementDoc.section.signatures": "Tanda tangan",
  "agreementDoc.criterion": "{statement} (diverifikasi melalui: {verification})",
  "agreementDoc.revisions":
    "{limit, select, unlimited {Putaran revisi: tanpa batas} other {Putaran revisi yang termasuk: {limit}}}",
  "agreementDoc.milestone": "{title}: jatuh tempo {dueDate}, {amount}",
  "agreementDoc.clientResponsibilities": "Klien menyediakan",
  "agreementDoc.providerResponsibilities": "Penyedia layanan menyediakan",
  "agreementDoc.responsibility":
    "{what}{dueDate, select, none {} other { (paling lambat {dueDate})}}",
  "agreementDoc.cadence":
    "Cek rutin setiap {days, plural, other {# hari}}{channels, select, none {} other { melalui {channels}}}.",
  "agreementDoc.responseTimes":
    "Klien menanggapi dalam {clientHours, number} jam; penyedia layanan dalam {providerHours, number} jam.",
  "agreementDoc.priceModel":
    "{model, select, fixed {Harga tetap} retainer {Biaya berkala} other {Waktu dan material}}: {amount}",
  "agreementDoc.rate": "Tarif: {rate} per {unit, select, hour {jam} other {hari}}",
  "agreementDoc.effort":
    "Perkiraan beban kerja: {quantity, number} {unit, select, hour {jam} other {hari}}",
  "agreementDoc.paymentTerms":
    "Pembayaran dalam {days, plural, other {# hari}} sejak tanggal faktur{interest, select, yes {, dengan bunga keterlambatan sesuai ketentuan hukum} other {}}.",
  "agreementDoc.changeControl":
    "{amendment, select, yes {Setiap perubahan diberi harga dan dituangkan dalam adendum atas perjanjian ini yang ditandatangani oleh kedua belah pihak.} other {Perubahan diberi harga dan dikonfirmasi oleh kedua belah pihak.}}",
  "agreementDoc.reviewWindow":
    "{days, select, none {Tidak ada jangka waktu evaluasi.} other {Klien mengevaluasi setiap penyerahan dalam {days} hari{deemed, select, yes {; jika tidak ada tanggapan, penyerahan dianggap diterima} other {}}.}}",
  "agreementDoc.notice":
    "{days, select, none {Tidak ada jangka waktu pemberitahuan pengakhiran.} other {Jangka waktu pemberitahuan pengakhiran: {days} hari.}}",
  "agreementDoc.handOver": "Kewajiban serah terima: {duties}",
  "agreementDoc.disputeLadder": "Perselisihan ditangani secara berurutan melalui: {steps}.",
  "agreementDoc.disputeStep":
    "{step, select, negotiation {negosiasi} amends {tawaran ganti rugi} mediation {mediasi} separation {perpisahan secara baik-baik} arbitration {arbitrase} other {gugatan ke pengadilan}}",
  "agreementDoc.floorWaived":
    "Penyedia layanan mengesampingkan tarif minimumnya untuk perjanjian ini.",
  "agreementDoc.signature":
    "Ditandatangani atas nama {side, select, client {klien} other {penyedia layanan}} oleh {name} pada {signedAt}.",
  "agreementDoc.unsigned":
    "Belum ditandatangani oleh {side, select, client {klien} other {penyedia layanan}}.",
  "agreementDoc.hash": "Teks yang ditandatangani (SHA-256): {hash}",
  "agreementDoc.footer":
    "Diterbitkan oleh Accord pada {date}. Konten yang ditulis pengguna ditampilkan apa adanya.",

  "mail.membership_invitation.subject":
    "{inviter} mengundang Anda bergabung dengan {org} di Accord",
  "mail.membership_invitation.body":
    "Halo,\n\n{inviter} mengundang Anda bergabung dengan {org} di Accord sebagai {role, select, owner {pemilik} member {anggota} other {pengamat}}.\n\nUntuk menerima, buka tautan ini: {link}\n\nUndangan ini berlaku sampai {expiresAt, date, long}.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} mengundang Anda ke kerja sama: {title}",
  "mail.engagement_invitation.body":
    "Halo,\n\n{inviter} dari {org} ({kind, select, client {klien} other {penyedia layanan}}) mengundang organisasi Anda ke kerja sama di Accord: “{title}”.\n\nUntuk menerimanya atas nama salah satu organisasi Anda, buka tautan ini: {link}\n\nUndangan ini berlaku sampai {expiresAt, date, long}.\n\nAccord",
  "mail.proposal_not_selected.subject": "“{brief}”: {client} memilih penawaran lain",
  "mail.proposal_not_selected.body":
    "Halo {name},\n\nTerima kasih atas penawaran yang dikirim {provider} untuk “{brief}”. {client} memutuskan untuk bekerja sama dengan penyedia layanan lain, sehingga kerangka kebutuhan ini kini ditutup dan penawaran Anda tidak terpilih.\n\nKami tahu penawaran yang baik membutuhkan waktu dan kesungguhan, dan kami berterima kasih atas penawaran Anda. Penawaran tersebut tetap dapat Anda baca di daftar penawaran Anda: {link}\n\nKami berharap Anda menanggapi kerangka kebutuhan lain di Accord.\n\nAccord",
  "error.engagement_ended":
    "Kerja sama ini berakhir pada {endedOn}: tujuan baru, nilai terukur, tawaran fase berikutnya, permintaan perubahan, dan adendum sudah ditutup. Membaca, apresiasi, sengketa, faktur, dan pembayaran tetap terbuka.",
  "error.engagement_not_active":
    "Kerja sama ini tidak aktif, sehingga tidak ada yang dapat ditambahkan ke dalamnya.",
  "error.webhook_inactive":
    "Webhook ini dinonaktifkan. Aktifkan terlebih dahulu sebelum mengirim ke webhook ini.",
  "error.webhook_url_taken":
    "Organisasi sudah mengirim peristiwanya ke {url}: ubah webhook tersebut saja.",
  "error.invoice_wrong_state":
    "Faktur ini {status, select, draft {masih berupa draf} issued {sudah diterbitkan} partly_paid {sudah diterbitkan dan dibayar sebagian} paid {sudah diterbitkan dan lunas} other {sudah dibatalkan}}, sehingga {action, select, edit {tidak dapat diubah} issue {tidak dapat diterbitkan} void {tidak dapat dibatalkan} other {bunga keterlambatan atasnya tidak dapat ditagihkan}}.",
  "error.invoice_void_after_payment":
    "Sudah ada uang yang dibayarkan atas faktur ini, sehingga faktur tidak dapat dibatalkan: terbitkan nota kredit sebagai gantinya.",
  "error.invoice_void_after_credit_note":
    "Faktur ini sudah dikoreksi dengan nota kredit: koreksi lebih lanjut dengan nota kredit lain, bukan dengan membatalkannya.",
  "error.invoice_payment_awaiting_answer":
    "Ada pembayaran atas faktur ini yang sedang menunggu jawaban: konfirmasi atau tolak pembayaran itu sebelum membatalkan faktur.",
  "error.invoice_not_payable":
    "Faktur ini tidak dapat menerima pembayaran: {status, select, draft {faktur belum diterbitkan} void {faktur sudah dibatalkan} paid {faktur sudah lunas} other {faktur sudah ditutup}}.",
  "error.invoice_not_creditable":
    "Hanya faktur yang sudah diterbitkan yang dapat dikurangi dengan nota kredit: bukan draf, bukan faktur yang dibatalkan.",
  "error.invoice_source_already_invoiced":
    "{number, select, none {Draf faktur sudah mencakup ini} other {Faktur {number} sudah mencakup ini}}. Batalkan faktur itu terlebih dahulu untuk menagihkannya lagi.",
  "error.invoice_lines_invalid": "Baris faktur perlu Anda periksa: {count, plural, other {# hal}}.",
  "error.invoice_lines_fixed_by_source":
    "Baris faktur ini berasal dari perjanjian; hanya faktur manual yang menerima baris yang diketik sendiri.",
  "error.invoice_total_zero": "Faktur harus menagih lebih dari nol.",
  "error.issue_date_in_future": "Faktur tidak dapat diberi tanggal di masa depan.",
  "error.issue_date_before_last_issued":
    "Faktur terakhir Anda bertanggal {lastIssueDate}: nomor dan tanggal berjalan dalam urutan yang sama, jadi beri faktur ini tanggal yang sama atau sesudahnya.",
  "error.issue_date_before_due_basis":
    "Faktur ini tidak dapat diberi tanggal sebelum {earliest}: tidak ada yang terutang sebelum {basis, select, milestone {tahapan diterima} change_request {perubahan disetujui} retainer {periode retainer dimulai} late_interest {hari yang menjadi batas perhitungan bunga} other {perjanjian mulai berlaku}}, dan faktur mengikuti urutan tanggal. Beri tanggal {earliest} atau sesudahnya.",
  "error.milestone_not_accepted":
    "Tahapan ini belum diterima: tahapan dapat ditagih setelah semua hasil kerjanya diterima.",
  "error.milestone_unknown": "Tahapan ini tidak ada dalam perjanjian yang berlaku.",
  "error.milestone_amount_missing":
    "Perjanjian yang berlaku tidak menetapkan jumlah untuk tahapan ini.",
  "error.change_request_not_approved":
    "Hanya permintaan perubahan yang sudah disetujui yang dapat ditagih.",
  "error.not_a_retainer": "Perjanjian yang berlaku bukan retainer.",
  "error.retainer_amount_missing": "Perjanjian yang berlaku tidak menetapkan biaya retainer.",
  "error.retainer_period_invalid":
    "Periode retainer dimulai pada hari pertama {period, select, quarter {kuartal (Januari, April, Juli, atau Oktober)} other {bulan}}.",
  "error.payment_currency_mismatch":
    "Faktur ini dalam {expected}: catat pembayaran dalam {expected}, sesuai dengan faktur.",
  "error.payment_exceeds_outstanding":
    "Jumlah ini melebihi sisa tagihan faktur {number}: paling banyak {open} yang dapat dicatat.",
  "error.payment_already_decided":
    "Pembayaran ini sudah {status, select, confirmed {dikonfirmasi} other {ditolak}}.",
  "error.payment_same_side":
    "Pihak lain yang mengonfirmasi atau menolak pembayaran yang dicatat oleh pihak Anda.",
  "error.idempotency_key_reused":
    "Idempotency-Key ini sudah dipakai untuk pembayaran lain. Gunakan kunci baru untuk pembayaran baru.",
  "error.credit_note_exceeds_outstanding":
    "Nota kredit paling banyak mengurangi jumlah tagihan faktur dikurangi nota kredit sebelumnya; bagian yang sudah dibayar dikembalikan sebagai pengembalian dana: paling banyak {open}.",
  "error.credit_note_exceeds_refundable":
    "Nota kredit yang melebihi sisa tagihan mengembalikan uang yang telah dibayar klien, dan uang itu sudah dikembalikan atau terutang kepadanya (melalui nota kredit sebelumnya, pengembalian dana yang disepakati sebagai ganti rugi, atau pengembalian dana yang sudah dibayar): paling banyak {open} masih dapat dikreditkan pada faktur ini.",
  "creditNote.reason.amends": "Ganti rugi, sengketa #{number}",
  "error.credit_note_repeated":
    "Nota kredit {number} sudah mengurangi faktur ini sebesar {amount} dengan alasan ini: nota kredit tidak diterbitkan dua kali.",
  "error.refund_currency_mismatch":
    "Kerja sama ini dibayar dalam {expected}: catat pengembalian dana dalam {expected}, sesuai pembayaran klien.",
  "error.refund_exceeds_refundable":
    "Jumlah ini melebihi yang dapat dikembalikan: pembayaran klien yang dikonfirmasi, dikurangi pengembalian dana yang sudah dicatat, menyisakan paling banyak {open}.",
  "error.refund_already_decided":
    "Pengembalian dana ini sudah {status, select, confirmed {dikonfirmasi} other {ditolak}}.",
  "error.refund_repeated":
    "Pengembalian dana sebesar {amount} yang dibayarkan pada {paidOn} dengan referensi ini sudah dicatat: tidak dicatat dua kali.",
  "error.invoice_draft_repeated":
    "Faktur dengan baris yang sama ({total}), dibuat pada {draftedOn}, masih berupa draf: ubah atau terbitkan faktur itu.",
  "error.reference_rate_missing":
    "Suku bunga acuan untuk {currency} pada semester yang dimulai {halfYearStart} tidak diketahui, sehingga bunga keterlambatan tidak dapat dihitung. Operator menambahkannya dengan “accord rates set”.",
  "error.late_interest_nothing_to_claim":
    "Tidak ada lagi bunga keterlambatan yang dapat ditagihkan atas faktur ini.",
  "error.dispute_wrong_state":
    "Sengketa #{number} {status, select, awaiting_response {menunggu jawaban pihak lain atas pembukaannya} negotiating {sedang dirundingkan oleh kedua pihak} offer_pending {memiliki tawaran yang menunggu jawaban pihak lain} in_mediation {sedang dalam mediasi dan menunggu rekomendasi moderator} recommended {{action, select, accept_recommendation {memiliki rekomendasi moderator yang sudah diterima pihak Anda} other {memiliki rekomendasi moderator yang menunggu jawaban setiap pihak}}} settled {sudah diselesaikan} separated {berakhir dengan perpisahan secara baik-baik} other {sudah ditarik}}, sehingga {action, select, respond {tidak dapat dijawab} offer {tidak dapat diberi tawaran} accept_offer {tawarannya tidak dapat diterima} decline_offer {tawarannya tidak dapat ditolak} escalate {tidak dapat naik ke tahap berikutnya} recommend {tidak dapat diberi rekomendasi} accept_recommendation {rekomendasinya tidak dapat diterima} other {tidak dapat ditarik}}.",
  "error.dispute_wrong_side": "Langkah itu milik pihak lain, atau moderator.",
  "error.dispute_awaiting_answer":
    "Pihak lain belum menjawab: mereka tetap berhak menjawab sebelum sengketa berlanjut.",
  "error.dispute_awaiting_mediator":
    "Rekomendasi moderator belum masuk: setelah masuk, Anda dapat menerimanya atau lanjut ke langkah berikutnya; tanpa rekomendasi, sengketa berlanjut sendiri setelah batas waktunya lewat.",
  "error.dispute_window_passed":
    "Waktu untuk menanggapi berakhir pada {closedAt}: sengketa berlanjut ke langkah berikutnya, di mana Anda masih dapat menyampaikan pendapat.",
  "error.dispute_ladder_ends": "Sengketa sudah berada di anak tangga terakhir.",
  "error.amends_invalid":
    "Ganti rugi ini tidak dapat ditawarkan seperti ini: {reason, select, amends_empty {pilih setidaknya satu jenis ganti rugi} amends_repeated_kind {setiap jenis hanya dapat ditawarkan sekali (dua jumlah uang menjadi satu jumlah yang lebih besar)} amends_not_yours {jenis ganti rugi ini ditawarkan oleh pihak lain} amends_amount_invalid {jumlah adalah bilangan bulat positif dalam satuan terkecil mata uang (sen)} amends_over_limit {jumlahnya melebihi yang diizinkan catatan, paling banyak {limit} (pengembalian dana sampai jumlah yang telah dibayar klien dikurangi yang sudah terutang atau dikembalikan kepadanya, termasuk bagian nota kredit yang melebihi sisa tagihan, nota kredit sampai jumlah tagihan fakturnya dikurangi nota kredit sebelumnya)} amends_unknown_item {menyebut sesuatu yang tidak ada dalam kerja sama ini} amends_deadline_not_later {tenggat baru harus setelah tenggat saat ini, {dueDate}} amends_deadline_past {tenggat baru tidak boleh sudah lewat: pilih {dueDate} atau hari sesudahnya} amends_deadline_too_far {tenggat baru paling lama sepuluh tahun ke depan: pilih {dueDate} atau hari sebelumnya} amends_apology_blank {permintaan maaf memerlukan kata-kata} amends_rework_accepted {pengerjaan ulang hanya ditawarkan untuk hasil kerja yang belum diterima} other {periksa butir yang ditawarkan}}.",
  "error.exit_already_started": "Pemberitahuan pengakhiran sudah diberikan untuk kerja sama ini.",
  "error.subject_already_reported":
    "Teks ini sudah memiliki kasus moderasi; ikuti di Kasus (dan ajukan banding atas keputusannya di sana jika Anda tidak setuju).",
  "error.review_already_hidden":
    "Moderator sudah menyembunyikan ulasan ini, dengan alasan yang dilihat kedua pihak.",
  "dispute.subject_required":
    "Sebutkan apa yang disengketakan ({kind, select, evaluation {hasil kerja atau tahapan} invoice {faktur yang telah diterbitkan} other {permintaan perubahan}}).",
  "dispute.subject_unknown":
    "Kerja sama ini tidak memiliki item tersebut ({kind, select, evaluation {hasil kerja atau tahapan} invoice {faktur yang telah diterbitkan} other {permintaan perubahan}}): pilih salah satu miliknya sendiri.",
  "error.dispute_already_open":
    "Sengketa #{number} tentang hal ini masih terbuka: lanjutkan di sana alih-alih membuka yang baru.",
  "error.exit_not_started":
    "Belum ada pemberitahuan pengakhiran untuk kerja sama ini, jadi belum ada proses keluar. Setiap pihak dapat memberikannya (POST …/exit).",
  "error.exit_cure_period_too_short":
    "Pemberitahuan pengakhiran karena pelanggaran memberi pihak lain setidaknya {days, plural, other {# hari}} untuk memperbaikinya (dua minggu, atau masa pemberitahuan yang disepakati bila lebih pendek), agar perbaikan datang sebelum berpisah.",
  "error.handover_wrong_side": "Butir serah terima ini harus dicentang oleh pihak lain.",
  "error.handover_already_done": "Butir serah terima ini sudah selesai.",
  "exit.handover.access_removed": "Cabut akses penyedia layanan ke sistem Anda",
  "exit.handover.credentials_rotated": "Ganti kredensial yang pernah dibagikan",
  "error.test_clock_disabled":
    "Instans ini tidak memiliki jam uji. Hanya sandbox atau demo yang dijalankan dengan ACCORD_TEST_CLOCK=true yang memungkinkan operator memajukan waktunya.",
  "error.test_clock_operators_only": "Hanya operator platform yang boleh memajukan jam uji.",
  "error.test_clock_advance_invalid":
    "Majukan jam dalam hari, jam, atau menit, misalnya 15d, 36h, atau 90m: paling banyak {maxDays, plural, other {# hari}} sekaligus, dan paling jauh {maxYears, plural, other {# tahun}} di depan waktu nyata.",
  "error.payload_too_large": "Permintaan terlalu besar.",
  "error.unsupported_media_type": "Jenis konten ini tidak diterima di sini.",
  "error.check_in_closed":
    "Cek rutin ini sudah ditutup: yang berikutnya dibuka sesuai jadwal yang disepakati.",
  "error.check_in_already_answered": "Pihak Anda sudah menjawab cek rutin ini.",
  "error.check_ins_ended":
    "Cek rutin sudah berakhir: semua tahapan perjanjian yang berlaku telah diterima. Ulasan kerja sama menanyakan kepada kedua pihak bagaimana jalannya.",
  "error.review_occasion_unknown":
    "{kind, select, exit {Belum ada yang dapat diulas untuk kesempatan ini: proses keluar belum selesai.} engagement {{reason, select, milestones_open {Belum ada yang dapat diulas untuk kesempatan ini: kerja sama selesai ketika semua tahapannya diterima ({accepted} dari {total} sejauh ini).} no_milestones {Belum ada yang dapat diulas untuk kesempatan ini: kerja sama selesai ketika semua tahapannya diterima, dan perjanjian yang berlaku tidak memuat satu pun; kerja sama ini diulas saat proses keluar.} ended_by_exit {Kerja sama ini berakhir melalui proses keluar sebelum semua tahapannya diterima: kerja sama ini diulas saat proses keluar, bukan sebagai kesempatan tersendiri.} other {Tidak ada yang dapat diulas untuk kesempatan ini: kerja sama diulas setelah selesai, dengan referensi kosong.}}} other {{reason, select, unknown_milestone {Tidak ada yang dapat diulas untuk kesempatan ini: perjanjian tidak memuat tahapan “{ref}”.} other {Belum ada yang dapat diulas untuk kesempatan ini: tahapan belum diterima.}}}}",
  "error.review_window_closed": "Jangka waktu ulasan untuk kesempatan ini sudah berakhir.",
  "error.review_already_submitted":
    "Pihak Anda sudah mengulas kesempatan ini. Ulasan yang sudah dikirim terkunci.",
  "error.review_reply_exists": "Ulasan ini sudah memiliki satu tanggapan publiknya.",
  "error.review_not_published": "Anda dapat memberi tanggapan setelah kedua ulasan diterbitkan.",
  "error.screening_nudge":
    "{kind, select, legal_threat {Sebelum mengirim: teks ini terbaca sebagai ancaman hukum. Langkah hukum adalah hak Anda; teks akan disimpan dalam riwayat kerja sama. Anda dapat merevisinya atau mengirimnya apa adanya.} other {Sebelum mengirim: kebijakan Accord melarang ancaman untuk menghukum atau menekan sebuah ulasan, maupun ulasan yang dipakai sebagai alat tekanan. Anda dapat merevisi teks atau mengirimnya apa adanya; yang Anda kirim tetap diperiksa seperti biasa.}}",
  "error.organisation_suspended":
    "{sanction, select, expulsion {Organisasi Anda dikeluarkan oleh keputusan moderasi: organisasi Anda tidak dapat lagi memulai kerja sama, mengirim penawaran, atau menulis maupun menanggapi ulasan. Kerja sama yang sedang berjalan berlanjut sampai keluarnya.} suspension {Organisasi Anda ditangguhkan oleh keputusan moderasi sampai {until}: sampai saat itu organisasi Anda tidak dapat memulai kerja sama, mengirim penawaran, atau menulis maupun menanggapi ulasan. Pekerjaan yang sedang berjalan tetap berlanjut.} other {Organisasi Anda ditangguhkan oleh keputusan moderasi sampai moderator mencabutnya: sampai saat itu organisasi Anda tidak dapat memulai kerja sama, mengirim penawaran, atau menulis maupun menanggapi ulasan. Pekerjaan yang sedang berjalan tetap berlanjut.}}",
  "error.case_wrong_state":
    "Kasus moderasi ini {status, select, open {{action, select, respond {sudah ditanggapi dan menunggu keputusan moderator} other {masih terbuka dan menunggu keputusan moderator}}} decided {sudah diputuskan} appealed {sudah diajukan banding dan menunggu keputusan banding} other {sudah ditutup: bandingnya sudah diputuskan}}, sehingga {action, select, respond {pemberitahuannya tidak dapat ditanggapi lagi} decide {tidak dapat diputuskan} appeal {tidak dapat diajukan banding} other {tidak ada banding atasnya yang dapat diputuskan}}.",
  "error.response_window_closed":
    "Jangka waktu tanggapan untuk pemberitahuan ini berakhir pada {closedAt}: tanggapan tidak dapat diajukan lagi, dan moderator sekarang dapat memutuskan. Setelah kasus diputuskan, setiap pihak dapat mengajukan banding satu kali.",
  "error.response_window_open":
    "Organisasi yang dituduh masih dapat menanggapi pemberitahuan; putuskan setelah jangka waktu tanggapan berakhir.",
  "error.appeal_same_moderator":
    "Banding diputuskan oleh moderator lain, bukan yang memutuskan kasus.",
  "error.moderator_is_party":
    "Anda anggota salah satu organisasi dalam kasus ini, jadi moderator lain yang harus memutuskannya.",
  "error.appeal_already_used": "Kasus ini sudah pernah diajukan banding.",
  "error.threat_needs_sanction":
    "Ancaman terverifikasi memerlukan sanksi: pilih peringatan, penangguhan, atau pengeluaran dari platform, atau hapus centang ancaman.",
  "error.threat_needs_reported_review":
    "Ancaman terverifikasi hanya dicatat pada kasus yang dibuka dari laporan atas ulasan atau tanggapannya.",
  "screening.policy.retaliation":
    "Kebijakan Accord melarang ancaman untuk menghukum atau menekan sebuah ulasan. Moderator akan memeriksa teks ini; ulasan tetap tayang, dan organisasi Anda akan diberi tahu serta dapat menanggapi.",
  "screening.policy.legal_threat":
    "Teks ini terbaca sebagai ancaman hukum dan disimpan dalam riwayat kerja sama, terlihat oleh kedua pihak.",
  "screening.evidence":
    "{role, select, legalThreat {ancaman hukum “{phrase}”} intimidation {intimidasi “{phrase}”} sanction {sanksi “{phrase}”} reviewLeverage {ulasan dipakai sebagai alat tekanan “{phrase}”} removalDemand {tuntutan untuk menghapus atau mengubah ulasan “{phrase}”} reviewMention {ulasan yang disebut “{phrase}”} sentAfterReview {dikirim setelah penerima mengulas pengirim} attachedToReview {terkait dengan sebuah ulasan} other {“{phrase}”}}",
  "review.stars_invalid": "Beri nilai 1 sampai 5 untuk setiap aspek berikut: {aspects}.",
  "review.stars_foreign":
    "Nilai pihak ini hanya pada aspek berikut, masing-masing 1 sampai 5: {aspects}. Bukan aspek ulasan ini: {foreign}.",
  "billing.invoice.invoice_currency_unknown": "“{currency}” bukan mata uang ISO 4217.",
  "billing.invoice.invoice_lines_missing": "Tambahkan setidaknya satu baris.",
  "billing.invoice.invoice_too_many_lines":
    "Faktur berisi paling banyak {max, number} baris; faktur ini berisi {count, number}.",
  "billing.invoice.invoice_amount_unsafe":
    "Jumlah ini terlalu besar untuk dijumlahkan secara tepat.",
  "billing.invoice.invoice_amount_too_large":
    "Satu faktur dapat meminta paling banyak {total}: jumlah di atas itu adalah salah ketik, bukan faktur.",
  "billing.invoice.invoice_exceeds_agreement":
    "Faktur ini meminta {rate} sebelum pajak, lebih dari {total} yang masih tersisa untuk ditagih menurut perjanjian. Periksa jumlahnya sebelum menerbitkan, atau sepakati dulu pekerjaan tambahannya.",
  "billing.invoice.line_description_missing": "Jelaskan apa yang ditagihkan pada baris ini.",
  "billing.invoice.line_quantity_not_whole_thousandths":
    "Masukkan kuantitas dengan paling banyak tiga angka desimal.",
  "billing.invoice.line_quantity_not_positive": "Kuantitas harus lebih dari nol.",
  "billing.invoice.line_unit_price_not_whole_minor":
    "Masukkan harga satuan tanpa desimal melebihi yang dimiliki mata uangnya (paling banyak sen).",
  "billing.invoice.line_unit_price_negative":
    "Harga satuan tidak boleh negatif: kurangi jumlah terutang dengan nota kredit.",
  "billing.invoice.line_tax_rate_out_of_range":
    "Tarif pajak adalah persentase dari 0 sampai {max, number, percent}.",
  "billing.reminders.reminder_offset_out_of_range":
    "Pengingat harus berada antara {min, number} dan {max, number} hari dari tanggal jatuh tempo.",
  "billing.reminders.reminder_offset_duplicate": "Hari ini sudah ada dalam jadwal.",
  "billing.reminders.too_many_reminders": "Paling banyak {max, number} pengingat per faktur.",
  "billing.lateInterest.late_interest_not_agreed":
    "Perjanjian yang menjadi dasar penerbitan faktur ini tidak mengatur bunga keterlambatan sesuai ketentuan hukum.",
  "billing.lateInterest.not_overdue":
    "Pada hari ini tidak ada yang lewat jatuh tempo dalam faktur ini.",
  "billing.lateInterest.recovery_compensation_unavailable":
    "Tidak ada biaya penagihan tetap yang dikonfigurasi untuk mata uang ini.",
  "billing.trend.remuneration_cut_without_scope_cut":
    "Dari {fromPeriod} ke {toPeriod}, remunerasi turun {remunerationCut} sementara cakupan yang disepakati turun {scopeCut}: pekerjaan yang sama dengan bayaran lebih sedikit.",
  "billing.trend.discount_for_speed":
    "Menerima {discount} lebih sedikit ({discountShare}) agar dibayar {daysSooner, plural, other {# hari}} lebih cepat setara dengan biaya {annualRate} per tahun bagi penyedia layanan.",
  "billing.source.change_request_unknown": "Permintaan perubahan ini bukan milik kerja sama ini.",
  "billing.payment.paid_on_in_future":
    "Pembayaran dicatat setelah dilakukan: {paidOn} belum tiba (hari ini {limit}).",
  "billing.payment.paid_on_before_engagement":
    "Pembayaran faktur kerja sama ini dilakukan pada atau setelah hari kerja sama dimulai, {limit}: {paidOn} lebih awal dari itu.",
  "billing.refund.paid_on_in_future":
    "Pengembalian dana dicatat setelah dibayarkan: {paidOn} belum tiba (hari ini {limit}).",
  "billing.refund.paid_on_before_engagement":
    "Pengembalian dana kerja sama ini dibayarkan pada atau setelah hari kerja sama dimulai, {limit}: {paidOn} lebih awal dari itu.",
  "billing.retainer.period_before_engagement":
    "Periode retainer kerja sama ini berakhir pada atau setelah hari retainer-nya mulai berlaku (melalui perjanjian, atau melalui adendum yang menjadikan harganya retainer), {limit}: periode yang dimulai {periodStart} berakhir sebelumnya.",
  "billing.retainer.period_too_far_ahead":
    "Periode retainer ditagih paling lambat satu periode di muka, dimulai paling lambat {limit}: {periodStart} lebih lambat dari itu.",
  "invoice.line.changeRequest": "Permintaan perubahan #{number}: {title}",
  "invoice.line.retainer": "Retainer, {start} – {end}",
  "invoice.line.lateInterest": "Bunga keterlambatan atas faktur {number}, sampai {asOf}",
  "invoice.line.recoveryCompensation": "Biaya penagihan tetap atas faktur {number}",
  "invoiceDoc.title":
    "{status, select, draft {Draf faktur} void {Faktur {number} (dibatalkan)} other {Faktur {number}}}",
  "invoiceDoc.void": "Dibatalkan: {reason}",
  "invoiceDoc.from": "Dari",
  "invoiceDoc.to": "Kepada",
  "invoiceDoc.engagement": "Kerja sama: {title}",
  "invoiceDoc.issueDate": "Tanggal terbit: {date}",
  "invoiceDoc.dueDate":
    "Tanggal jatuh tempo: {date} ({days, plural, other {# hari}} setelah tanggal terbit)",
  "invoiceDoc.notIssued": "Belum diterbitkan: belum ada nomor dan tanggal.",
  "invoiceDoc.column.description": "Deskripsi",
  "invoiceDoc.column.quantity": "Kuantitas",
  "invoiceDoc.column.unitPrice": "Harga satuan",
  "invoiceDoc.column.tax": "Pajak",
  "invoiceDoc.column.net": "Neto",
  "invoiceDoc.subtotal": "Subtotal",
  "invoiceDoc.taxGroup": "Pajak {rate} atas {net}",
  "invoiceDoc.total": "Total",
  "invoiceDoc.creditNote": "Nota kredit {number} tanggal {date}: {reason}",
  "invoiceDoc.payment":
    "Pembayaran tanggal {date}{reference, select, none {} other { ({reference})}}, dikonfirmasi",
  "invoiceDoc.outstanding": "Sisa tagihan",
  "invoiceDoc.lateInterest":
    "Setelah tanggal jatuh tempo, berlaku bunga keterlambatan sesuai ketentuan hukum (suku bunga acuan ditambah 8 poin) dan biaya penagihan tetap.",
  "invoiceDoc.note": "Catatan",
  "invoiceDoc.footer": "Diterbitkan melalui Accord pada {date}. Jumlah dalam {currency}.",
  "mail.reminder.subject":
    "{timing, select, before {Faktur {number} jatuh tempo dalam {days, plural, other {# hari}}} due_today {Faktur {number} jatuh tempo hari ini} other {Faktur {number} telah lewat jatuh tempo {days, plural, other {# hari}}}}",
  "mail.reminder.body":
    "Halo {name},\n\n{provider} mengingatkan {org} bahwa faktur {number} untuk “{engagement}” {timing, select, before {jatuh tempo pada {dueDate}} due_today {jatuh tempo hari ini, {dueDate}} other {telah jatuh tempo pada {dueDate}}}. Sisa tagihan: {outstanding} dari {total}.\n\n{hasRecordedPaid, select, yes {Anda telah mencatat {recordedPaid} sebagai dibayar: jumlah itu menunggu konfirmasi dari {provider} dan tidak dihitung dalam sisa tagihan.\n\n} other {}}{hasRecordedReceived, select, yes {{provider} telah mencatat {recordedReceived} sebagai diterima: jumlah itu menunggu konfirmasi Anda dan tidak dihitung dalam sisa tagihan.\n\n} other {}}{lateInterest, select, yes {Perjanjian mengatur bunga keterlambatan sesuai ketentuan hukum dan biaya penagihan tetap setelah tanggal jatuh tempo terlewati.\n\n} other {}}Jika Anda sudah membayar, catat pembayarannya agar {provider} dapat mengonfirmasinya: {link}\n\nAccord",
  "messages.thread_unknown":
    "Utas ini tidak merujuk ke hasil kerja atau permintaan perubahan mana pun dalam kerja sama ini.",
  "messages.message_unknown": "Pesan ini tidak ada dalam utas.",
  "webhooks.url_invalid":
    "Masukkan alamat lengkap seperti https://example.com/hooks/accord, tanpa nama pengguna atau kata sandi.",
  "webhooks.url_https_required":
    "Gunakan alamat https://: webhook membawa data kerja sama dan hanya dikirim dalam bentuk terenkripsi.",
  "webhooks.url_private_host":
    "Alamat ini mengarah ke jaringan privat. Gunakan alamat https:// publik.",
  "webhooks.url_unresolvable":
    "Nama host ini tidak mengarah ke alamat mana pun. Periksa ejaannya, atau gunakan nama yang publik.",
  "mail.notification.deliverable.submitted":
    "{actor} menyerahkan “{deliverable}” (putaran {round}) dalam “{engagement}”",
  "mail.notification.deliverable.review_due_soon":
    "Jangka waktu evaluasi untuk “{deliverable}” (putaran {round}) dalam “{engagement}” berakhir kurang dari sehari lagi: jika tidak dievaluasi, hasil kerja ini akan diterima sesuai kesepakatan",
  "mail.notification.deliverable.evaluated":
    "{actor} mengevaluasi “{deliverable}” dalam “{engagement}”: {outcome, select, accepted {diterima} other {perubahan diminta}}",
  "mail.notification.deliverable.deemed_accepted":
    "“{deliverable}” dalam “{engagement}” dianggap diterima: jangka waktu evaluasi berlalu tanpa evaluasi",
  "mail.notification.milestone.accepted":
    "Tahapan “{milestone}” dari “{engagement}” telah diterima",
  "mail.notification.change_request.proposed":
    "{actor} mengusulkan permintaan perubahan #{number} dalam “{engagement}”: {title}",
  "mail.notification.change_request.priced":
    "{actor} memberi harga pada permintaan perubahan #{number} dalam “{engagement}”: {title}",
  "mail.notification.change_request.declined":
    "{actor} menolak permintaan perubahan #{number} dalam “{engagement}”: {title}",
  "mail.notification.change_request.withdrawn":
    "{actor} menarik permintaan perubahan #{number} dalam “{engagement}”: {title}",
  "mail.notification.change_request.approved":
    "{actor} menyetujui permintaan perubahan #{number} dalam “{engagement}”: {title}",
  "mail.notification.change_request.applied":
    "Permintaan perubahan #{number} kini menjadi bagian dari perjanjian “{engagement}”: {title}",
  "mail.notification.message.posted": "{actor} menulis pesan dalam “{engagement}”",
  "mail.notification.invoice.issued":
    "{actor} menerbitkan faktur {number} sebesar {amount} dalam “{engagement}”",
  "mail.notification.invoice.voided": "{actor} membatalkan faktur {number} dalam “{engagement}”",
  "mail.notification.payment.recorded":
    "{actor} mencatat pembayaran sebesar {amount} untuk faktur {number} dalam “{engagement}”: mohon konfirmasikan apakah pembayaran itu sudah diterima",
  "mail.notification.payment.confirmed":
    "{actor} mengonfirmasi pembayaran sebesar {amount} untuk faktur {number} dalam “{engagement}”",
  "mail.notification.payment.rejected":
    "{actor} menyatakan pembayaran sebesar {amount} untuk faktur {number} dalam “{engagement}” tidak diterima",
  "mail.notification.credit_note.issued":
    "{actor} menerbitkan nota kredit {number} sebesar {amount} atas faktur {invoiceNumber} dalam “{engagement}”",
  "mail.notification.refund.recorded":
    "{actor} mencatat pengembalian dana sebesar {amount} dalam “{engagement}”: mohon konfirmasi apakah dana sudah diterima",
  "mail.notification.refund.confirmed":
    "{actor} mengonfirmasi pengembalian dana sebesar {amount} sudah diterima dalam “{engagement}”",
  "mail.notification.refund.rejected":
    "{actor} menyatakan pengembalian dana sebesar {amount} dalam “{engagement}” tidak diterima",
  "mail.notification.someone": "Seseorang",
  "mail.notification.body":
    "Halo {name},\n\n{summary}.\n\n{hasExcerpt, select, yes {“{excerpt}”\n\n} other {}}Buka kerja sama: {link}\n\nAnda menerima email ini sebagai anggota {org}. Pilih email yang ingin Anda terima di pengaturan: {settingsLink}\n\nAccord",
  "mail.notification.moderation.case_opened":
    "Kasus moderasi dibuka terhadap {role, select, accused {organisasi Anda, {accused},} other {{accused}}} dalam “{engagement}”: Anda dapat menjawab hingga {due}",
  "mail.notification.moderation.case_decided":
    "Moderator telah memutus kasus terhadap {role, select, accused {organisasi Anda, {accused},} other {{accused}}} dalam “{engagement}”: {decision, select, no_action {tanpa tindakan} warning {peringatan} suspension {penangguhan selama {days, plural, other {# hari}}} other {pengeluaran}}",
  "mail.notification.moderation.appeal_decided":
    "Banding atas kasus terhadap {role, select, accused {organisasi Anda, {accused},} other {{accused}}} dalam “{engagement}” telah diputus: {outcome, select, upheld {keputusan tetap berlaku} other {keputusan dibatalkan}}",
  "mail.notification.case_body":
    "Halo {name},\n\n{summary}.\n\n{step, select, opened {Moderator membaca jawaban organisasi Anda sebelum memutus, dan memutus begitu jawaban masuk atau batas waktunya lewat. Sampai saat itu tidak ada yang dicabut.} other {Alasan yang diberikan: “{reason}”\n\n{step, select, decided {Setiap pihak dapat mengajukan banding satu kali; moderator lain yang memutus banding.} other {{outcome, select, upheld {Kasus ditutup.} other {Kasus ditutup dan sanksinya dicabut.}}}}}}\n\nBaca kasusnya{step, select, opened { dan jawab} other {}}: {link}\n\nAnda menerima email ini sebagai anggota {org}. Pilih email yang ingin Anda terima di pengaturan: {settingsLink}\n\nAccord",
  "mail.notification.ledger_head":
    "Kepala catatan riwayat: {hash}. Untuk memeriksa nanti bahwa tidak ada yang ditunjukkan kepada Anda yang ditulis ulang: accord verify --file export.json --head {hash}",
  "mail.notification.gathered_subject":
    "{count, plural, other {# kabar baru}} dalam “{engagement}”",
  "mail.notification.gathered_body":
    "Halo {name},\n\nYang terjadi dalam “{engagement}”:\n\n{items}\n\nBuka kerja sama: {link}\n\nAnda menerima email ini sebagai anggota {org}. Pilih email yang ingin Anda terima di pengaturan: {settingsLink}\n\nAccord",
  "mail.notification.gathered_item":
    "- {summary}{hasExcerpt, select, yes {\n  “{excerpt}”} other {}}",
  // disputes
  "mail.notification.dispute.opened":
    "{actor} membuka sengketa #{number} di “{engagement}”: mohon ditanggapi",
  "mail.notification.dispute.responded": "{actor} menanggapi sengketa #{number} di “{engagement}”",
  "mail.notification.dispute.offer_made":
    "{actor} menawarkan ganti rugi dalam sengketa #{number} di “{engagement}”",
  "mail.notification.dispute.offer_declined":
    "{actor} menolak tawaran dalam sengketa #{number} di “{engagement}”",
  "mail.notification.dispute.settled": "Sengketa #{number} di “{engagement}” telah diselesaikan",
  "mail.notification.dispute.escalated":
    "Sengketa #{number} di “{engagement}” naik ke tahap berikutnya",
  "mail.notification.exit.notice_given":
    "{actor} memberi pemberitahuan pengakhiran di “{engagement}”: berakhir pada {date}",
  "mail.notification.exit.protected_started":
    "“{engagement}” beralih ke pengakhiran terlindungi: berakhir pada {date}",
  "mail.notification.exit.hand_over_item_done":
    "{actor} menyelesaikan satu butir serah terima di “{engagement}”: {duty}",
  "error.exit_feedback_given": "Pihak Anda sudah memberi umpan balik pengakhiran.",
  "mail.notification.exit.ended_amicably":
    "“{engagement}” berakhir secara baik-baik: penyelesaian akhir telah dibayar dan serah terima lengkap",
  // growth
  "mail.notification.goal.correction_proposed":
    "{actor} mengusulkan koreksi nilai terukur di “{engagement}” dari {from} menjadi {to}: mohon konfirmasi atau bantah",
  "mail.notification.goal.correction_answered":
    "{actor} {outcome, select, confirmed {mengonfirmasi koreksi nilai terukur di “{engagement}”: nilai koreksi yang berlaku} other {membantah koreksi nilai terukur di “{engagement}”: nilai yang tercatat tetap berlaku; bahas di percakapan}}",
  "mail.notification.relationship_review.opened":
    "“{engagement}” mulai stagnan: kedua pihak diundang ke tinjauan singkat atas hubungan kerja",
  "mail.notification.relationship_review.revealed":
    "Kedua pihak telah menjawab tinjauan “{engagement}”: jawaban kini terlihat oleh keduanya",
  "mail.notification.check_in.opened":
    "Cek rutin untuk “{engagement}” dibuka hingga {closes}: sampaikan secara pribadi bagaimana pekerjaan berjalan (pihak lain tidak pernah melihat jawaban Anda)",
  "mail.notification.check_in.reminded":
    "Pihak Anda belum menjawab cek rutin untuk “{engagement}”: cek rutin ditutup pada {closes}",
  "mail.notification.next_phase.offered":
    "{actor} menawarkan fase berikutnya dari “{engagement}”: {title}",
  "mail.notification.next_phase.answered":
    "{actor} {outcome, select, accepted {menerima} declined {menolak} other {meminta perubahan atas}} tawaran fase berikutnya “{title}” di “{engagement}”",
  "mail.notification.recognition.given":
    "{actor} mengapresiasi pekerjaan Anda di “{engagement}” ({kind, select, kudos {pujian} introduction {perkenalan} testimonial {testimoni} other {studi kasus}})",
  "goal.trajectory.sentence": "{title}: {baseline} → {latest}, target {target}",
  "goal.trajectory.notMeasured": "{title}: dari {baseline}, target {target}, belum ada pengukuran",
  "error.brief_measure_unknown":
    "Kerangka kebutuhan tidak memiliki ukuran keberhasilan dengan nomor itu.",
  "error.goal_exists_for_measure": "Ukuran keberhasilan ini sudah menjadi sasaran kerja sama.",
  "error.goal_title_taken": "Kerja sama ini sudah memiliki sasaran “{title}”: ukur sasaran itu.",
  "error.goal_value_repeated":
    "“{goal}” sudah memiliki nilai {value, number} yang diukur pada {measuredOn}: nilai itu dicatat sekali saja. Jika keliru, usulkan koreksi.",
  "error.measured_on_in_future": "Nilai hanya dapat dicatat untuk hari yang sudah tiba.",
  "growth.measurement.measured_on_before_goal":
    "Nilai diukur mulai hari sasarannya ditetapkan, {limit}: {measuredOn} lebih awal dari itu.",
  "error.correction_pending": "Koreksi nilai ini sudah menunggu jawaban.",
  "error.correction_wrong_state":
    "Koreksi ini {status, select, confirmed {sudah dikonfirmasi} disputed {sudah dibantah} other {menunggu jawaban pihak lain}}, sehingga tidak dapat {action, select, confirmed {dikonfirmasi} other {dibantah}}.",
  "error.correction_same_side": "Pihak lain yang menjawab koreksi yang diusulkan pihak Anda.",
  "growth.stagnation.reason.no_initiative":
    "Tidak ada hal baru selama {days} hari: tidak ada sasaran, adendum, tahapan diterima, permintaan perubahan, atau tawaran baru (batasnya {thresholdDays} hari)",
  "growth.stagnation.reason.goals_flat":
    "{goalCount, plural, =1 {Sasaran ini belum maju 5%} other {Tidak ada sasaran yang maju 5%}} menuju targetnya dalam {windowDays} hari (terbaik: {bestGainPercent, number}%)",
  "growth.stagnation.reason.ratings_not_rising":
    "{checkIns, plural, =0 {Belum ada cek rutin yang ditutup: belum ada penilaian untuk dibandingkan} other {Penilaian cek rutin kedua pihak datar atau menurun dalam # cek rutin terakhir}}",
  "growth.stagnation.reason.only_recurring_invoices":
    "{invoiceCount, plural, =0 {Tidak ada faktur dalam {windowDays} hari} other {Hanya faktur berulang dalam {windowDays} hari (#): tagihannya sama, tidak ada yang baru}}",
  "growth.stagnation.next.set_new_goal": "Sepakati bersama sasaran baru atau langkah berikutnya",
  "growth.stagnation.next.discuss_goals":
    "Tinjau sasaran bersama: apa yang menghambat, dan apakah targetnya masih tepat?",
  "growth.stagnation.next.talk_in_review":
    "Sampaikan dalam tinjauan apa yang ingin ditambah atau dikurangi tiap pihak",
  "growth.stagnation.next.offer_next_phase":
    "Penyedia layanan dapat menawarkan fase berikutnya dengan sasaran terukur",
  "error.review_already_answered": "Pihak Anda sudah menjawab tinjauan ini.",
  // web
  "error.unsubscribe_link_invalid":
    "Tautan berhenti berlangganan ini tidak valid: tautan telah diubah atau tidak dibuat oleh Accord ini. Pilih email yang ingin Anda terima di pengaturan.",
  "error.password_reset_invalid":
    "Tautan ini sudah kedaluwarsa atau sudah dipakai. Minta tautan baru.",
  "mail.password_reset.subject": "Buat kata sandi baru untuk Accord",
  "mail.password_reset.body":
    "Halo {name},\n\nSeseorang, semoga Anda, meminta untuk membuat kata sandi baru bagi akun Accord Anda. Buat di sini: {link}\n\nTautan ini hanya berlaku sekali dan selama {minutes} menit. Jika Anda tidak memintanya, abaikan e-mail ini: kata sandi Anda tetap sama.\n\nAccord",
  "mail.password_changed.subject": "Kata sandi Accord Anda telah diubah",
  "mail.password_changed.body":
    "Halo {name},\n\nKata sandi akun Accord Anda baru saja diubah, dan semua sesi telah dikeluarkan. Jika itu bukan Anda, segera minta kata sandi baru dari halaman masuk dan beri tahu pemilik organisasi Anda.\n\nAccord",
  // growth-web
  "error.offer_not_sendable":
    "Penawaran belum bisa dikirim: {count, plural, other {# poin menghalanginya}}.",
  "error.offer_wrong_state":
    "Tawaran fase berikutnya ini {status, select, accepted {sudah diterima} declined {sudah ditolak} change_requested {sudah dikembalikan untuk diubah dan menunggu penawaran baru} superseded {sudah digantikan oleh yang lebih baru} other {menunggu jawaban klien}}, sehingga tidak dapat {action, select, accepted {diterima} declined {ditolak} other {dikembalikan untuk diubah}}.",
  "error.offer_justification_unknown":
    "Penawaran hanya boleh merujuk ke sasaran dan tinjauan kerja sama ini.",
  "error.offer_currency_differs":
    "Fase berikutnya dihargai dalam {offer} sedangkan perjanjian dalam {agreement}: hargai dalam {agreement}.",
  "error.offer_repeated": "Tawaran “{title}” sudah dikirim dan menunggu jawaban klien.",
  "error.recognition_wrong_state":
    "Apresiasi ini {status, select, awaiting_text_approval {menunggu persetujuan teksnya} awaiting_consent {menunggu persetujuan pihak yang diapresiasi} published {sudah dipublikasikan} other {sudah ditolak atau ditarik}}, sehingga {action, select, approve {tidak dapat disetujui} decline {tidak dapat ditolak} other {persetujuannya tidak dapat ditarik}}.",
  "error.recognition_wrong_side": "Langkah ini dijawab oleh pihak lain.",
  "error.recognition_subject_unknown":
    "Apresiasi hanya boleh menyebut hasil kerja dan sasaran kerja sama ini.",
  "error.recognition_already_given":
    "Pihak Anda sudah memberikan apresiasi ini{hasSubject, select, yes { untuk “{subject}”} other {}}: apresiasi ini menunggu jawaban atau sudah ditampilkan.",
  "mail.notification.recognition.requested":
    "{actor} meminta Anda menyetujui {kind, select, testimonial {testimoni} other {studi kasus}} tentang kerja sama Anda di “{engagement}”",
  "mail.notification.recognition.answered":
    "{actor} {step, select, text_approved {menyetujui teks} text_declined {menolak teks} consent_granted {menyetujui publikasi} consent_declined {menolak publikasi} other {menarik persetujuan atas}} {kind, select, kudos {pujian} introduction {perkenalan} testimonial {testimoni} other {studi kasus}} di “{engagement}”",
  // trust
  "screening.explanation.retaliation":
    "Pembalasan: {threats}{conditions, select, none {} other {, dengan syarat {conditions}}}; kaitan dengan ulasan: {links, select, none {teks itu sendiri} other {{links}}}.",
  "screening.explanation.legal_threat":
    "Ancaman hukum: {threats}{conditions, select, none {} other {, dengan syarat {conditions}}}; tidak terkait dengan ulasan.",
  "screening.explanation.none": "Tidak ada ancaman yang terdeteksi.",
  // fin-disputes
  "error.review_hide_conflict_of_interest":
    "Moderator yang menjadi anggota organisasi penulis ulasan atau organisasi yang diulas tidak dapat menyembunyikan ulasan ini: moderator lain yang memutuskan.",
  "error.mediation_conflict_of_interest":
    "Moderator yang menjadi anggota organisasi salah satu pihak tidak dapat memediasi sengketa ini.",
  "error.mediation_window_passed":
    "Batas waktu rekomendasi sudah lewat: sengketa naik ke anak tangga berikutnya.",
  "mail.notification.dispute.recommended":
    "Moderator memberikan rekomendasi (tidak mengikat) dalam sengketa #{number} di “{engagement}”: silakan membacanya",
  "mail.notification.dispute.recommendation_accepted":
    "{actor} menerima rekomendasi moderator dalam sengketa #{number} di “{engagement}”",
  // h-audit
  "moderation.case.review_blind":
    "Temuan penyaringan pada ulasan yang masih tersembunyi bagi Anda: teks dan frasanya akan tampil setelah putaran ulasan diterbitkan.",
  "error.counterpart_suspended":
    "{sanction, select, expulsion {Organisasi lain dikeluarkan oleh keputusan moderasi: tidak ada kerja sama baru yang dapat dimulai dengannya.} suspension {Organisasi lain ditangguhkan oleh keputusan moderasi sampai {until}: sebelum itu tidak ada kerja sama baru yang dapat dimulai dengannya.} other {Organisasi lain ditangguhkan oleh keputusan moderasi: untuk sementara tidak ada kerja sama baru yang dapat dimulai dengannya.}}",
  // h-probe15: accord generate's refusals (the operator's language from LANG)
  "cli.generate.value_invalid":
    "{flag} memerlukan bilangan bulat {hasMax, select, yes {dari {min} sampai {max}} other {paling sedikit {min}}}, bukan “{value}”.",
  "cli.generate.value_missing":
    "{flag} memerlukan nilai: bilangan bulat paling sedikit {min}, misalnya {flag} {example}.",
  "cli.generate.database_not_empty":
    "Basis data sudah berisi orang: accord generate hanya mengisi basis data yang kosong. Tetapkan ACCORD_DATABASE_URL ke basis data baru.",
  // h-probe15: the CLI's words for a wrong environment (src/cli/operator-errors.ts)
  "cli.database_unreachable":
    "Accord tidak dapat membuka basis data {database}: {reason}. Periksa ACCORD_DATABASE_URL, dan pastikan basis data berjalan dan menerima Accord.",
  "cli.database_url_unsupported":
    "ACCORD_DATABASE_URL berisi {url}, yang tidak dapat dipakai Accord: berikan sqlite:PATH (bawaannya sqlite:./data/accord.db) atau postgres://PENGGUNA:SANDI@HOST:PORT/BASISDATA.",
  "cli.config_invalid": "Konfigurasi di lingkungan tidak valid: {problems}.",
  "cli.usage.unknown_option":
    "{option} bukan opsi dari {command}: `{command} --help` mencantumkannya.",
  "cli.usage.unknown_command":
    "{command} tidak punya perintah {name}: `{command} --help` mencantumkannya.",
  "cli.usage.missing_argument":
    "{command} memerlukan argumen {name}: `{command} --help` menjelaskan isinya.",
  "cli.usage.option_value_missing":
    "{option} memerlukan nilai: `{command} --help` menjelaskan isinya.",
  "cli.usage.excess_arguments":
    "{command} menerima lebih sedikit argumen: `{command} --help` menyebutkan yang mana.",
  // h-cli: what a command is given that it cannot use (src/cli/operator-errors.ts)
  "cli.file_unusable":
    "Accord tidak dapat {access, select, read {membaca} other {menulis}} {path}: {problem, select, missing {{access, select, read {berkas itu tidak ada} other {foldernya tidak ada}}} directory {itu sebuah folder} not_directory {sebagian jalurnya bukan folder} denied {izin ditolak} exists {sudah ada berkas di sana} full {disk penuh} read_only {sistem berkasnya hanya-baca} other {{reason}}}.",
  "cli.port_unavailable":
    "Accord tidak dapat mendengarkan di {address}: {problem, select, in_use {proses lain sudah memakainya} denied {pengguna ini tidak boleh memakai port itu} other {{reason}}}. Hentikan proses itu, atau pilih port lain dengan PORT (atau alamat lain dengan HOST).",
  "cli.engagement_not_found":
    "Tidak ada kerja sama {id} di basis data ini: `accord verify` menampilkan ID setiap kerja sama.",
  "cli.backup.exists":
    "{path} sudah ada: accord backup hanya menulis berkas baru dan tidak pernah menimpa berkas yang ada. Pilih nama baru, atau pindahkan dulu berkas lama.",
  "cli.backup.postgres":
    'Basis data ini PostgreSQL: cadangkan dengan alatnya sendiri, misalnya pg_dump --format=custom --file=accord.dump "$ACCORD_DATABASE_URL" (docs/OPERATIONS.md).',
  "cli.verify.not_json":
    "{path} bukan JSON, atau terpotong: berkas itu bukan ekspor catatan riwayat atau arsip kerja sama Accord.",
  "cli.verify.not_an_export":
    "{path} bukan ekspor catatan riwayat atau arsip kerja sama Accord: kolom {field} tidak ada atau tidak seperti yang ditulis Accord.",
  "cli.verify.label.file": "{path} (kerja sama {id})",
  "cli.verify.label.engagement": "kerja sama {id}",
  "cli.verify.intact": "{label}: utuh ({count, plural, other {# peristiwa}}, kepala {head}…)",
  "cli.verify.empty":
    "{label}: RUSAK: tidak ada peristiwa (catatan riwayat kerja sama dimulai saat kerja sama dibuat)",
  "cli.verify.foreign":
    "{label}: RUSAK pada peristiwa #{seq} ({id}): milik kerja sama {engagementId}",
  "cli.verify.broken":
    "{label}: RUSAK pada peristiwa #{seq} ({id}): {reason, select, sequence_gap {urutan terputus} previous_hash_mismatch {hash sebelumnya tidak cocok} other {hash tidak cocok}}",
  "cli.verify.head_witnessed":
    "{path}: kepala {head}… adalah peristiwa #{seq} dari rantai yang utuh",
  "cli.verify.head_not_witnessed":
    "{path}: kepala {head}… TIDAK TERSAKSIKAN: {reason, select, chain_broken {rantai rusak} other {kepala tidak ada dalam rantai}}",
  "cli.seed_demo.database_not_empty":
    "Basis data sudah berisi orang: demo hanya dimuat ke basis data yang kosong. Tetapkan ACCORD_DATABASE_URL ke basis data baru untuk mencoba demo.",
  "cli.rates.currency_invalid": "{value} bukan kode mata uang ISO 4217, seperti EUR.",
  "cli.rates.day_invalid": "{value} bukan tanggal yang ditulis YYYY-MM-DD.",
  "cli.rates.percent_invalid": "{value} bukan persentase seperti 2.15.",
  "cli.rates.amount_invalid":
    "{value} bukan jumlah dalam {currency}: tulis dalam satuan utama, seperti 40 atau 40.00.",
  "health.improve.pay_invoice": "bayar {number}, terlambat {days, plural, other {# hari}}: +{gain}",
  "health.improve.settle_change_request":
    "beri harga dan putuskan permintaan perubahan no. {number} “{title}”: +{gain}",
  "health.improve.evaluate_submission":
    "evaluasi “{deliverable}”, menunggu {days, plural, other {# hari kerja}}: +{gain}",
  "health.improve.deliver_milestone":
    "serahkan “{title}”, terlambat {days, plural, other {# hari}}: +{gain}",
  "health.improve.answer_thread": "jawab percakapan yang menunggu Anda: +{gain}",
  "health.warning.overdue_invoice": "Faktur {number} terlambat {days, plural, other {# hari}}.",
  "health.warning.payment_terms":
    "Jangka waktu pembayaran {days} hari melebihi {limit} hari tanpa persetujuan tegas.",
  "health.warning.unpriced_changes":
    "Permintaan tanpa harga mencapai {percent}% dari lingkup yang disepakati ({count, plural, other {# permintaan}}).",
  "health.warning.pay_cut_without_scope_cut": "Bayaran dipotong sementara lingkupnya tetap sama.",
  "health.warning.evaluation_pending":
    "“{deliverable}” sudah menunggu evaluasi selama {businessDays, plural, other {# hari kerja}}.",
  "health.warning.evaluation_deemed":
    "“{deliverable}” dianggap diterima setelah {businessDays, plural, other {# hari kerja}} tanpa evaluasi.",
  "health.warning.provider_late":
    "Dalam 60 hari terakhir: {milestonesOnTime} dari {milestonesDue} tahapan tepat waktu, {repliesOnTime} dari {replies} balasan dalam waktu yang disepakati.",
  "health.warning.low_private_rating":
    "{count, plural, other {# penilaian pribadi}} bernilai 6 atau kurang dalam 90 hari terakhir, dari {fromSide, select, client {klien} provider {penyedia layanan} other {kedua pihak}}.",
  "health.warning.dispute_unanswered":
    "Sebuah sengketa sudah menunggu jawaban selama {businessDays, plural, other {# hari kerja}}.",
  "health.next.pay_invoice": "Bayar fakturnya, atau sampaikan apa yang menghalangi",
  "health.next.agree_payment_terms":
    "Sepakati jangka waktu pembayaran paling lama 60 hari melalui adendum",
  "health.next.price_changes": "Beri harga pada pekerjaan tambahan dalam permintaan perubahan",
  "health.next.restore_pay_or_cut_scope":
    "Kembalikan bayarannya, atau kurangi lingkup secara sebanding",
  "health.next.evaluate_submission": "Evaluasi hasil kerja menurut kriterianya",
  "health.next.catch_up_delivery": "Serahkan tahapan yang terlambat dan jawab pesan yang menunggu",
  "health.next.talk_it_through": "Bicarakan dengan pihak lain",
  "health.next.answer_dispute": "Jawab sengketanya",
  "health.next.evaluate_in_time":
    "Mulai sekarang, evaluasi setiap putaran dalam jangka waktu evaluasinya",
  "health.next.take_part_in_mediation":
    "Ikuti mediasinya: baca rekomendasi moderator, lalu terima atau lanjutkan ke langkah berikutnya",
};
