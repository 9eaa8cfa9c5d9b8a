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

// Indonesia's three zones by their own names; any other offset as UTC±hh:mm.
function zoneName(offsetMinutes: number): string {
  if (offsetMinutes === 420) return 'WIB';
  if (offsetMinutes === 480) return 'WITA';
  if (offsetMinutes === 540) return 'WIT';
  if (offsetMinutes === 0) return 'UTC';
  const a = Math.abs(offsetMinutes);
  const hm = `${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  return `UTC${offsetMinutes < 0 ? '−' : '+'}${hm}`;
}

// A moment as the device's own clock showed it ("2026-11-23T09:51:00.000+07:00" → "23 Nov 2026, 09.51
// WIB"), whatever zone the reader's browser is in: the visitor and the officer at the counter knew that
// time, not the reader's. Anything unreadable falls back to the reader's clock.
export function deviceTime(local: string | null | undefined, utcFallback?: string | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(local ?? '');
  if (!m) return dateTime(utcFallback ?? local);
  const offset = m[6] === 'Z' ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  const wall = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
  const text = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(wall);
  return `${text} ${zoneName(offset)}`;
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

// The name of a month (0 = January) in the page's language: "Januari" / "January".
export function monthName(index0: number): string {
  return new Intl.DateTimeFormat(locale(), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, index0, 1)));
}

// A calendar day (YYYY-MM-DD) as people write it: "1 Okt 2026" / "1 Oct 2026".
export function day(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  if (!y || !m || !d) return ymd;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(y, m - 1, d));
}
