// The period picker: month / quarter / semester / year / custom dates, as the from/to the API takes
// (inclusive calendar days, in the device's local time: a record belongs to the day of its capture).
import { h } from './dom';
import { dateField } from './datefield';
import { day, monthName, t } from './i18n';

export type PeriodKind = 'month' | 'quarter' | 'semester' | 'year' | 'custom';
export interface Period {
  kind: PeriodKind;
  from: string; // YYYY-MM-DD
  to: string;
  label: string | null; // the API's period name (2026-09, 2026-Q3, 2026-S2, 2026); null for custom dates
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export function periodOf(kind: PeriodKind, year: number, index: number): Period {
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : kind === 'semester' ? 6 : 12;
  const first = new Date(year, (index - 1) * months, 1);
  const last = new Date(year, (index - 1) * months + months, 0);
  const label = kind === 'month' ? `${year}-${pad(index)}` : kind === 'quarter' ? `${year}-Q${index}`
    : kind === 'semester' ? `${year}-S${index}` : `${year}`;
  return { kind, from: ymd(first), to: ymd(last), label };
}

export function currentQuarter(now = new Date()): Period {
  return periodOf('quarter', now.getFullYear(), Math.floor(now.getMonth() / 3) + 1);
}

// An API period name as people say it, in the page's language: "Triwulan 3 2026", "September 2026",
// "Tahun 2026"; custom dates as their first and last day. A name of another form is shown as it came.
export function periodInWords(label: string | null, from: string, to: string): string {
  const m = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|S([12])))?$/.exec(label ?? '');
  if (!m) return from === to ? day(from) : `${day(from)} – ${day(to)}`;
  const [, year, month, quarter, semester] = m;
  if (month) return `${monthName(Number(month) - 1)} ${year}`;
  if (quarter) return `${t('period_quarter')} ${quarter} ${year}`;
  if (semester) return `${t('period_semester')} ${semester} ${year}`;
  return `${t('period_year')} ${year}`;
}

export function query(p: Period, includeMisuse: boolean): string {
  const q = new URLSearchParams(p.label ? { period: p.label } : { from: p.from, to: p.to });
  if (includeMisuse) q.set('include_misuse', '1');
  return q.toString();
}

export function periodPicker(initial: Period, includeMisuse: boolean, onChange: (p: Period, misuse: boolean) => void): HTMLElement {
  const kind = h('select', { id: 'period-kind' },
    ...(['month', 'quarter', 'semester', 'year', 'custom'] as const).map((k) =>
      h('option', { value: k, selected: k === initial.kind }, t(`period_${k}`))));
  const year = h('input', { id: 'period-year', type: 'number', min: 2017, max: 2100, value: Number(initial.from.slice(0, 4)) });
  const index = h('select', { id: 'period-index' });
  const from = dateField('period-from', t('from'), initial.from);
  const to = dateField('period-to', t('to'), initial.to);
  const misuse = h('input', { id: 'include-misuse', type: 'checkbox', checked: includeMisuse });
  const fixed = h('span', { class: 'period-fixed' },
    h('label', { for: 'period-year' }, t('year')), year, h('label', { for: 'period-index', class: 'sr-only' }, t('periodIndex')), index);
  const custom = h('span', { class: 'period-custom' },
    h('label', { for: 'period-from' }, t('from')), from.root, h('label', { for: 'period-to' }, t('to')), to.root);

  const fillIndex = () => {
    const k = kind.value as PeriodKind;
    const count = k === 'month' ? 12 : k === 'quarter' ? 4 : k === 'semester' ? 2 : 1;
    const month = Number(initial.from.slice(5, 7));
    const months = 12 / count;
    index.replaceChildren(...Array.from({ length: count }, (_, i) =>
      h('option', { value: i + 1, selected: Math.floor((month - 1) / months) === i },
        k === 'month' ? monthName(i)
          : k === 'year' ? t('wholeYear') : `${t(`period_${k}`)} ${i + 1}`)));
    fixed.hidden = k === 'custom';
    custom.hidden = k !== 'custom';
  };
  fillIndex();
  kind.addEventListener('change', fillIndex);
  const apply = h('button', { type: 'submit', class: 'secondary' }, t('apply'));
  const form = h('form', { class: 'period', 'aria-label': t('period') },
    h('label', { for: 'period-kind' }, t('period')), kind, fixed, custom,
    h('span', { class: 'misuse' }, misuse, h('label', { for: 'include-misuse' }, t('includeMisuse'))), apply);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const k = kind.value as PeriodKind;
    if (k === 'custom') {
      // Both days must exist; the server explains a "to" before "from" in its own words.
      for (const f of [from, to]) {
        if (!f.check(true)) return f.report();
      }
    }
    const p = k === 'custom' ? { kind: k, from: from.value() ?? '', to: to.value() ?? '', label: null } : periodOf(k, Number(year.value), Number(index.value));
    onChange(p, misuse.checked);
  });
  return form;
}
