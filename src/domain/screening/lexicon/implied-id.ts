import type { ImpliedLexicon } from "./lexicon";

/** id: threats left implied (round AM); see `ImpliedLexicon`. */
export const idImplied: ImpliedLexicon = {
  reviewTerms: [
    "(?:isi|nada|bunyi) (?:ulasan|penilaian|review) (?:kami|saya)(?: \\w+){0,4},? tergantung",
    "(?:akan |pasti akan |tentu akan )?mencerminkan (?:\\w+ ){0,3}(?:bagaimana|cara)",
    "(?:kami|saya) (?:ingin|harap|berharap) (?:\\w+ ){0,3}mencerminkan",
    "(?:rating|bintang|ulasan|review|penilaian)\\w* (?:\\w+ ){0,3}belum (?:aku|saya|gue|gw|kami) (?:kasih|beri\\w*|tulis|isi)",
    "belum (?:aku|saya|gue|kami) kasih (?:bintang|rating|ulasan|review)\\w*",
    "sekarang (?:saya |aku |gue )?(?:jadi )?ragu",
    "(?:bapak|ibu|kakak|kak|mas|mbak|anda|kamu) (?:\\w+ ){0,2}(?:peduli|sayang) (?:\\w+ ){0,1}(?:rating|ulasan|bintang|reputasi)\\w*",
  ],
  charge: [
    "(?:biaya|ongkos|ongkir|tagihan) (?:\\w+ )?tambahan",
    "ongkir",
    "tagihan",
    "biaya \\w+ tambahan",
  ],
  insider: [
    "(?:ipar|sepupu|kakak|adik|suami|istri|paman|om|tante|anak|teman|sahabat|tetangga|keponakan|mertua|kakak ipar|adik ipar) (?:saya|aku|gue|gw|kami) (?:\\w+ ){0,4}(?:pengadaan|purchasing|procurement|pembelian|panitia lelang|panitia tender|lelang|tender|hrd)",
  ],
  curiousReader: [
    "(?:tertarik|senang|suka|hobi) (?:\\w+ ){0,2}(?:membaca|baca|melihat|lihat|tahu|mengetahui) (?:\\w+ ){0,3}(?:apa|bagaimana|cara)",
  ],
  reconsidered: [
    "(?:jadwal|slot|kunjungan|kontrak|perpanjangan|layanan|tempat|daftar|pesanan)(?: \\S+){0,8} (?:sedang|akan|perlu) (?:\\w+ ){0,1}(?:ditinjau(?: ulang)?|dipertimbangkan(?: ulang)?|dievaluasi(?: ulang)?|dikaji(?: ulang)?)",
    "tidak (?:lagi )?(?:bisa )?(?:kami )?(?:jamin|dijamin)",
    "belum tentu (?:ada|bisa|tersedia)",
  ],
  forwarded: [
    "(?:sudah|telah) (?:\\w+ )?(?:diteruskan|disampaikan|dilaporkan|dibagikan)",
    "(?:sudah|telah) kami (?:terima|baca)",
  ],
  sarcasm: [
    // A one-word sentence of praise right after the review: "You rated me two stars? Cute."
    "^\\s*(?:keren|mantap|hebat|bagus|wow|selamat ya)\\s*[.!]*\\s*$",
    "(?:ulasan|ulasannya|review|reviewnya|penilaian|penilaiannya)(?: yang)? (?:\\w+ ){0,1}(?:keren|bagus|hebat|mantap|indah|luar biasa)",
    "(?:keren|bagus|hebat|mantap) (?:banget |sekali )?(?:ulasan|review)\\w*",
    "punya banyak waktu(?: luang)?",
  ],
  retort: [
    "(?:kita )?lihat (?:saja |aja )?(?:nanti )?(?:apakah|bagaimana|berapa lama) (?:usaha|profil|bisnis|toko|rating)",
    "profil (?:\\w+ ){0,3}(?:bisa |akan )?(?:berubah|turun|anjlok)",
    "(?:mantan|bekas) (?:vendor|klien|pelanggan|supplier)\\w* (?:\\w+ ){0,2}(?:mulai )?(?:cerita|bercerita|menulis)",
    "waktunya (?:makin|jadi) banyak",
    "kontrak (?:\\w+ ){0,4}(?:berakhir|habis|selesai|kami putus)",
    "sayang (?:ya|sekali) (?:nanti|kalau)",
  ],
  counselCopied: [
    "(?:tembuskan|tembusan|cc|ikutkan)(?: \\S+){0,5} (?:kuasa hukum|pengacara|advokat|lawyer|konsultan hukum)",
  ],
  dispute: [
    "cacat",
    "rusak",
    "bocor",
    "wanprestasi",
    "belum dibayar",
    "tunggakan",
    "tidak dibayar",
    "keterlambatan",
    "belum diperbaiki",
    "tidak sesuai",
    "sengketa",
  ],
  claimDrafted: [
    "(?:sudah|udah|telah) (?:saya |aku |gue |kami )?(?:siapkan|siapin|isi|tulis|buat|susun|ketik)",
    "sudah siap",
  ],
  heldBack: [
    "belum (?:saya |aku |gue |kami )?(?:kirim|ajukan|daftarkan|masukkan|serahkan|submit)",
    "tergantung (?:\\w+ ){0,2}(?:jawaban|tanggapan|respon|balasan|tawaran)",
    "(?:saya )?simpan dulu",
    "sambil menunggu",
  ],
  claimBody: [
    "pengaduan (?:ke|kepada) \\w+",
    "gugatan\\w*",
    "somasi",
    "bpsk",
    "ylki",
    "pengadilan",
    "laporan (?:ke|kepada) (?:polisi|bpsk|ylki)",
    "ombudsman",
  ],
};
