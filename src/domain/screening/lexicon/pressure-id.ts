import type { PressureLexicon } from "./lexicon";

const READER = "(?:bapak|ibu|bu|pak|mbak|mas|kakak|kak|anda|kamu|lo|lu|mu)";

/** id: pressure in plain words (round AQ); see `PressureLexicon`. */
export const idPressure: PressureLexicon = {
  superior: [
    `(?:atasan|bos|boss|direktur|dirut|manajer|manager|pimpinan|pemilik|owner|kepala|supervisor|kantor pusat|head office|ceo|komisaris)(?: \\w+){0,2} ${READER}`,
    "(?:atasan|bos|direktur|pemilik|manajer|pimpinan)(?:mu|nya)",
    `pemilik (?:\\w+ ){0,3}tempat ${READER} (?:kerja|bekerja)`,
    "iai|ikatan \\w+ indonesia|(?:dewan|majelis) (?:kehormatan|kode etik|etik)|asosiasi profesi|organisasi profesi|peradi",
  ],
  disclosure: [
    "(?:cerita|ceritakan|ceritain|bilang|kasih tahu|kasih tau|sampaikan|laporkan|lapor|teruskan|kirim|kirimkan|tunjukkan|tunjukin|bawa)\\w* (?:\\w+ ){0,2}(?:ke|kepada|pada|sama) (?:beliau|dia|mereka|atasan|bos|direktur|pimpinan|pemilik|dewan|majelis|kantor)",
    "(?:akan|bakal|mungkin|bisa|nanti) (?:\\w+ ){0,2}(?:saya |aku |gue |gw )?(?:cerita|ceritakan|ceritain|sampaikan|laporkan|teruskan|bawa)\\w*",
    "(?:menyampaikan|melaporkan|meneruskan|menceritakan|memberitahukan)\\w* (?:\\w+ ){0,4}(?:ke|kepada|pada) (?:beliau|dia|mereka|atasan|bos|direktur|pimpinan|pemilik|dewan|majelis)",
    "tertarik (?:\\w+ ){0,2}(?:tahu|tau|baca|membaca|lihat|melihat|mendengar|dengar)",
    "(?:akan|bakal) tahu",
  ],
  heldGoods: [
    "deposit|dp|uang muka|jaminan|garansi",
    "sisa (?:pembayaran|tagihan|dana|bayaran)|pembayaran|pelunasan|bayaran",
    "file\\w*|data|backup|kode(?: sumber)?|source code",
    "akses|password|kata sandi|kunci|login",
    "domain|hosting|support|server",
    "sertifikat|dokumen|foto",
  ],
  untilReview: ["sampai", "sampe", "hingga", "sebelum", "selama"],
  reviewChange: [
    "(?:jadi|menjadi|naik|dinaikkan|dinaikin|naikin)\\w* (?:\\w+ ){0,2}(?:lima|5|empat|4)",
    "hilang",
    "dihapus",
    "diubah",
    "diganti",
    "dicabut",
    "diturunkan",
    "direvisi",
    "dikoreksi",
    "diedit",
  ],
  circulated: [
    `nama (?:\\w+ ){0,3}${READER}\\w* (?:\\w+ ){0,3}(?:beredar|tersebar|jadi (?:bahan )?omongan|viral|(?:sudah|udah|udh) (?:saya |sy |aku )?(?:sebar|share)|(?:saya|sy|aku) (?:sebar|share))`,
  ],
};
