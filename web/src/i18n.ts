// The page's own catalogue: Indonesian first, English on a switch that is remembered.
import { en, id, type Key } from './strings';

export type Lang = 'id' | 'en';
const STORAGE_KEY = 'suara.lang';

let lang: Lang = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';

export function currentLang(): Lang {
  return lang;
}

export function setLang(next: Lang): void {
  lang = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

export function t(key: Key, ...args: (string | number)[]): string {
  const text = (lang === 'en' ? en : id)[key] ?? key; // a key the API invented (a new profile table) shows as is
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

const locale = () => (lang === 'en' ? 'en-GB' : 'id-ID');

// 78,09 in Indonesian, 78.09 in English; always the given number of decimals.
export function num(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

export function int(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(value);
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return t('never');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function bytes(n: number): string {
  if (n < 1024) return `${int(n)} B`;
  if (n < 1024 * 1024) return `${num(n / 1024, 1)} KB`;
  return `${num(n / (1024 * 1024), 1)} MB`;
}

// domain.md §1.5: the four IKM categories of PermenPAN-RB 14/2017, labelled in each language.
export function categoryLabel(letter: string | null | undefined): string {
  switch (letter) {
    case 'A': return t('catA');
    case 'B': return t('catB');
    case 'C': return t('catC');
    case 'D': return t('catD');
    default: return '–';
  }
}

// A calendar day (YYYY-MM-DD) as people write it: "1 Okt 2026" / "1 Oct 2026".
export function day(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  if (!y || !m || !d) return ymd;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(y, m - 1, d));
}
