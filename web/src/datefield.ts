// Dates typed as people in the page's language write them: a day number, the month by its name, a year.
// A browser's own <input type="date"> follows the browser's locale, not the page's: an English Chrome
// on an Indonesian page asks for mm/dd/yyyy, and 03/04 reads as 3 April to one reader and 4 March to
// the other (docs/adr/0046-device-clock-and-page-dates.md).
import { h } from './dom';
import { monthName, t } from './i18n';

const pad = (n: number) => String(n).padStart(2, '0');

export interface DateField {
  root: HTMLElement;
  // '' when nothing is typed, 'YYYY-MM-DD' for a day that exists, null for a partial or impossible date.
  value(): string | null;
  // Marks the field invalid (with the reason the browser shows) unless it holds a day, or is empty and
  // not required; returns whether it is valid.
  check(required: boolean): boolean;
  // Shows the browser's message on the field, after a failed check().
  report(): void;
}

// The day number is named by the field's own <label for>; the month and year say whose they are.
const partName = (part: string, label: string) => `${part} (${label})`;

function monthSelect(id: string, label: string, selected: number): HTMLSelectElement {
  return h('select', { id, 'aria-label': partName(t('dateMonth'), label) },
    h('option', { value: '', selected: selected === 0 }, t('dateMonth').toLowerCase()),
    ...Array.from({ length: 12 }, (_, i) => h('option', { value: i + 1, selected: selected === i + 1 }, monthName(i))));
}

function yearInput(id: string, label: string, value: string): HTMLInputElement {
  return h('input', { id, type: 'number', inputmode: 'numeric', min: 2000, max: 2100, class: 'date-year',
    placeholder: t('dateYear').toLowerCase(), 'aria-label': partName(t('dateYear'), label), value });
}

// `id` goes on the day number, which a <label for={id}> with `label` names; the month and year are
// `${id}-month` and `${id}-year`.
export function dateField(id: string, label: string, initial = ''): DateField {
  const [y, m, d] = /^\d{4}-\d{2}-\d{2}$/.test(initial) ? initial.split('-') : ['', '', ''];
  const dayInput = h('input', { id, type: 'number', inputmode: 'numeric', min: 1, max: 31, class: 'date-day',
    placeholder: t('dateDayShort'), title: t('dateDay'), value: d ? String(Number(d)) : '' });
  const month = monthSelect(`${id}-month`, label, m ? Number(m) : 0);
  const year = yearInput(`${id}-year`, label, y);
  const parts = [dayInput, month, year] as const;
  // A corrected field may be submitted again: the reason is cleared on the next change.
  for (const p of parts) p.addEventListener('input', () => dayInput.setCustomValidity(''));

  const value = (): string | null => {
    const [dd, mm, yy] = [dayInput.value.trim(), month.value, year.value.trim()];
    if (!dd && !mm && !yy) return '';
    const [dn, mn, yn] = [Number(dd), Number(mm), Number(yy)];
    if (!Number.isInteger(dn) || !Number.isInteger(mn) || !Number.isInteger(yn) || yn < 1000 || yn > 9999) return null;
    const date = new Date(Date.UTC(yn, mn - 1, dn));
    if (date.getUTCFullYear() !== yn || date.getUTCMonth() !== mn - 1 || date.getUTCDate() !== dn) return null;
    return `${yn}-${pad(mn)}-${pad(dn)}`;
  };
  return {
    root: h('span', { class: 'date-field' }, ...parts),
    value,
    check(required: boolean) {
      const v = value();
      const ok = v !== null && (v !== '' || !required);
      dayInput.setCustomValidity(ok ? '' : t('dateInvalid'));
      return ok;
    },
    report() {
      dayInput.reportValidity();
    },
  };
}

export interface MonthField {
  root: HTMLElement;
  value(): string | null; // 'YYYY-MM', or null until both are chosen
}

// A calendar month: its name and a year. `id` goes on the month list, which a <label for={id}> names.
export function monthField(id: string, label: string, initial: string): MonthField {
  const [y, m] = /^\d{4}-\d{2}$/.test(initial) ? initial.split('-') : ['', ''];
  const month = h('select', { id }, ...Array.from({ length: 12 }, (_, i) =>
    h('option', { value: i + 1, selected: Number(m) === i + 1 }, monthName(i))));
  const year = yearInput(`${id}-year`, label, y);
  return {
    root: h('span', { class: 'date-field' }, month, year),
    value() {
      const yn = Number(year.value.trim());
      if (!month.value || !Number.isInteger(yn) || yn < 1000 || yn > 9999) return null;
      return `${yn}-${pad(Number(month.value))}`;
    },
  };
}
