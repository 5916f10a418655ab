import type { Catalogue } from "./en";

export const id: Catalogue = {
  "error.validation_failed": "Beberapa isian perlu Anda periksa.",
  "error.bad_request": "Permintaan tidak dapat dibaca.",
  "error.unauthenticated": "Silakan masuk untuk melanjutkan.",
  "error.forbidden": "Peran Anda di organisasi ini tidak mengizinkan tindakan ini.",
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
  "error.last_owner": "Organisasi memerlukan setidaknya satu pemilik.",
  "error.token_scope_missing": "Token API ini tidak memiliki cakupan {scope}.",
  "error.mailbox_disabled":
    "Kotak surat demo hanya ditampilkan jika email disimpan di kotak keluar.",
  "error.engagement_not_pending": "Kerja sama ini tidak lagi menunggu jawaban.",
  "error.internal": "Terjadi kesalahan di pihak kami. Silakan coba lagi.",

  "validation.required": "Isian ini wajib diisi.",
  "validation.invalid_type": "Jenis nilai ini salah.",
  "validation.too_short": "Minimal {minimum, plural, other {# karakter}}.",
  "validation.too_long": "Maksimal {maximum, plural, other {# karakter}}.",
  "validation.too_few_items": "Pilih setidaknya {minimum, plural, other {# item}}.",
  "validation.too_many_items": "Pilih paling banyak {maximum, plural, other {# item}}.",
  "validation.too_small": "Minimal {minimum, number}.",
  "validation.too_big": "Maksimal {maximum, number}.",
  "validation.invalid_email": "Masukkan alamat email yang valid.",
  "validation.invalid_option": "Pilih salah satu dari: {options}.",
  "validation.unknown_field": "Isian ini tidak diharapkan di sini.",
  "validation.invalid": "Nilai ini tidak valid.",

  "role.owner": "Pemilik",
  "role.member": "Anggota",
  "role.viewer": "Pengamat",
  "orgKind.client": "Klien",
  "orgKind.provider": "Penyedia layanan",

  "mail.membership_invitation.subject":
    "{inviter} mengundang Anda bergabung dengan {org} di Accord",
  "mail.membership_invitation.body":
    "Halo,\n\n{inviter} mengundang Anda bergabung dengan {org} di Accord sebagai {role, select, owner {pemilik} member {anggota} other {pengamat}}.\n\nUntuk menerima, buka tautan ini: {link}\n\nUndangan ini berlaku sampai {expiresAt, date, long}.\n\nAccord",
  "mail.engagement_invitation.subject": "{org} mengundang Anda ke kerja sama: {title}",
  "mail.engagement_invitation.body":
    "Halo,\n\n{inviter} dari {org} ({kind, select, client {klien} other {penyedia layanan}}) mengundang organisasi Anda ke kerja sama di Accord: “{title}”.\n\nUntuk menerimanya atas nama salah satu organisasi Anda, buka tautan ini: {link}\n\nUndangan ini berlaku sampai {expiresAt, date, long}.\n\nAccord",
};
