// The respondent profile as the kiosk asks it (app/surveysession.cpp, profileDefinition): the stored code of
// each answer, in the kiosk's order, with the words the visitor saw. A code this list does not know (a
// unit's own) is shown as it was stored, after the known ones.
import { currentLang } from './i18n';

type Words = { id: string; en: string };

const labels: Record<string, [string, Words][]> = {
  gender: [
    ['L', { id: 'Laki-laki', en: 'Male' }],
    ['P', { id: 'Perempuan', en: 'Female' }],
  ],
  age: [
    ['<20', { id: 'Di bawah 20 tahun', en: 'Under 20' }],
    ['20-29', { id: '20–29 tahun', en: '20–29' }],
    ['30-39', { id: '30–39 tahun', en: '30–39' }],
    ['40-49', { id: '40–49 tahun', en: '40–49' }],
    ['50-59', { id: '50–59 tahun', en: '50–59' }],
    ['60+', { id: '60 tahun ke atas', en: '60 or older' }],
  ],
  education: [
    ['SD', { id: 'SD ke bawah', en: 'Primary school (SD) or less' }],
    ['SMP', { id: 'SMP', en: 'Junior high (SMP)' }],
    ['SMA', { id: 'SMA/SMK', en: 'Senior high (SMA/SMK)' }],
    ['D3', { id: 'Diploma (D1–D3)', en: 'Diploma (D1–D3)' }],
    ['S1', { id: 'Sarjana (S1/D4)', en: 'Bachelor (S1/D4)' }],
    ['S2', { id: 'Magister (S2)', en: 'Master (S2)' }],
    ['S3', { id: 'Doktor (S3)', en: 'Doctorate (S3)' }],
  ],
  occupation: [
    ['PNS', { id: 'PNS/ASN', en: 'Civil servant (PNS)' }],
    ['TNI', { id: 'TNI', en: 'Military (TNI)' }],
    ['POLRI', { id: 'POLRI', en: 'Police (POLRI)' }],
    ['SWASTA', { id: 'Pegawai swasta', en: 'Private employee' }],
    ['WIRAUSAHA', { id: 'Wiraswasta', en: 'Self-employed' }],
    ['LAINNYA', { id: 'Lainnya', en: 'Other' }],
  ],
};

// The counts of one profile question as rows of [words, n], in the kiosk's order.
export function profileRows(dimension: string, counts: Record<string, number>): [string, number][] {
  const known = labels[dimension] ?? [];
  const rows: [string, number][] = [];
  for (const [code, words] of known) {
    if (code in counts) rows.push([currentLang() === 'en' ? words.en : words.id, counts[code]]);
  }
  for (const [code, n] of Object.entries(counts)) {
    if (!known.some(([k]) => k === code)) rows.push([code, n]);
  }
  return rows;
}
