// The nine unsur of PermenPAN-RB 14/2017 (domain.md §1.2), by the key the API uses.
import { currentLang } from './i18n';

const NAMES: Record<string, [string, string]> = {
  persyaratan: ['Persyaratan', 'Requirements'],
  prosedur: ['Sistem, Mekanisme, dan Prosedur', 'System, mechanism and procedure'],
  waktu: ['Waktu Penyelesaian', 'Completion time'],
  biaya: ['Biaya/Tarif', 'Cost/fee'],
  produk: ['Produk Spesifikasi Jenis Pelayanan', 'Service product specification'],
  kompetensi: ['Kompetensi Pelaksana', 'Staff competence'],
  perilaku: ['Perilaku Pelaksana', 'Staff conduct'],
  pengaduan: ['Penanganan Pengaduan, Saran dan Masukan', 'Handling of complaints and suggestions'],
  sarana: ['Sarana dan Prasarana', 'Facilities'],
};

export const UNSUR_KEYS = Object.keys(NAMES);

export function unsurName(key: string): string {
  const n = NAMES[key];
  return n ? n[currentLang() === 'en' ? 1 : 0] : key;
}
