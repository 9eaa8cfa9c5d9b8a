// The UPG's gratification register (docs/api.md "Gratification register"): the counts for everyone who
// may see gratification data, the list with deadlines for the UPG and national admins. Overdue and
// near-due entries are marked in words as well as colour.
import './register.css';
import { get, type Me } from './api';
import { monthField } from './datefield';
import { h } from './dom';
import { download } from './download';
import { currentLang, day, int, t } from './i18n';
import { errorText } from './errors';
import { fill, panel } from './panel';
import type { Key } from './strings';
import { STATUSES, type RegisterEntry, type RegisterList } from './registertypes';

export function kindLabel(e: RegisterEntry): string {
  const key = `regKind_${e.kind}`;
  const text = t(key as Key);
  return text === key ? e.kind || '–' : text;
}

export function deadlineCell(e: RegisterEntry): HTMLElement {
  const d = e.deadlines;
  const cell = h('span', { class: 'deadline' }, day(d.kpk_report));
  if (!d.running) {
    cell.append(h('span', { class: 'muted small' }, ` (${t('regNotRunning')})`));
    return cell;
  }
  if (d.urgency === 'overdue') cell.append(' ', h('span', { class: 'tag tag-overdue' }, t('regOverdueBadge')));
  else if (d.urgency === 'near_due') cell.append(' ', h('span', { class: 'tag tag-near' }, t('regNearDueBadge')));
  if (d.urgency !== 'overdue' && d.working_days_left !== null)
    cell.append(h('div', { class: 'small muted' }, t('regDaysLeft', d.working_days_left)));
  if (d.kpk_report_provisional) cell.append(h('div', { class: 'small muted' }, t('regProvisional')));
  return cell;
}

function figure(label: string, value: number, id: string, extra = ''): HTMLElement {
  return h('div', { class: `figure ${extra}`, id }, h('div', { class: 'figure-label' }, label),
    h('div', { class: 'figure-value' }, int(value)));
}

function renderList(data: RegisterList, body: HTMLElement, open: (id: number) => void): void {
  const c = data.counts;
  body.append(h('div', { class: 'figures' },
    figure(t('regTotal'), c.total, 'reg-total'), figure(t('regOpen'), c.open, 'reg-open'),
    figure(t('regOverdue'), c.overdue, 'reg-overdue', c.overdue ? 'figure-overdue' : ''),
    figure(t('regNearDue'), c.near_due, 'reg-near')));
  body.append(h('p', { class: 'small' }, STATUSES.map((s) => `${t(`regStatus_${s}`)}: ${int(c.by_status[s] ?? 0)}`).join(' · ')));
  if (!data.details) {
    body.append(h('p', { class: 'muted', id: 'register-counts-only' }, t('registerCountsOnly')));
    return;
  }
  const entries = data.entries ?? [];
  if (!entries.length) {
    body.append(h('p', { class: 'muted' }, t('registerEmpty')));
    return;
  }
  const rows = entries.map((e) => {
    const button = h('button', { type: 'button', class: 'secondary', id: `reg-open-${e.id}` }, t('regOpenEntry'));
    button.addEventListener('click', () => open(e.id));
    const urgent = e.deadlines.running && e.deadlines.urgency === 'overdue' ? 'row-overdue'
      : e.deadlines.running && e.deadlines.urgency === 'near_due' ? 'row-near' : '';
    return h('tr', { class: urgent, id: `reg-row-${e.id}` },
      h('th', { scope: 'row' }, `#${e.id}`, h('div', { class: 'small muted' }, e.unit)),
      h('td', { 'data-label': t('regColReceived') }, day(e.received_on)),
      h('td', { 'data-label': t('regColReport') }, kindLabel(e), h('div', { class: 'small muted' }, t(`regOrigin_${e.origin}`))),
      h('td', { 'data-label': t('regColOfficer') }, e.origin === 'officer' ? e.officer || '–' : t('regVisitor')),
      h('td', { 'data-label': t('regColStatus'), class: 'reg-status' }, t(`regStatus_${e.status}` as Key)),
      h('td', { 'data-label': t('regColDeadline') }, deadlineCell(e)),
      h('td', {}, button));
  });
  body.append(h('div', { class: 'table-wrap' }, h('table', { class: 'register cards', id: 'register-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, t('regColReceived')),
      h('th', { scope: 'col' }, t('regColReport')), h('th', { scope: 'col' }, t('regColOfficer')),
      h('th', { scope: 'col' }, t('regColStatus')), h('th', { scope: 'col' }, t('regColDeadline')), h('th', { scope: 'col' }, ''))),
    h('tbody', {}, ...rows))));
}

// The monthly recap for the UPG, as PDF or XLSX in the page's language.
function recapForm(unit: string): HTMLElement {
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const month = monthField('recap-month', t('regRecapMonth'), `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`);
  const status = h('p', { role: 'status', class: 'small', id: 'recap-status' });
  const button = (kind: 'pdf' | 'xlsx') => {
    const b = h('button', { type: 'button', class: 'secondary', id: `recap-${kind}` }, kind.toUpperCase());
    b.addEventListener('click', async () => {
      const chosen = month.value();
      status.className = 'small';
      if (!chosen) {
        status.textContent = t('dateInvalid');
        status.className = 'error';
        return;
      }
      const q = new URLSearchParams({ unit, subtree: '1', month: chosen, lang: currentLang() });
      try {
        await download(`/api/v1/exports/register.${kind}?${q}`, `suara-upg-${unit}-${chosen}.${kind}`, (text) => { status.textContent = text; });
      } catch (e) {
        status.textContent = errorText(e);
        status.className = 'error';
      }
    });
    return b;
  };
  return h('div', { class: 'recap' }, h('h3', {}, t('regRecapTitle')),
    h('div', { class: 'inline' }, h('label', { for: 'recap-month' }, t('regRecapMonth')), month.root, button('pdf'), button('xlsx')), status);
}

export function registerView(me: Me, unit: string, status: string, go: (path: string) => void): HTMLElement {
  const p = panel(t('regListTitle'), 'register');
  const unitSelect = h('select', { id: 'register-unit' },
    ...me.units.map((u) => h('option', { value: u.code, selected: u.code === unit }, `${u.name} (${u.code})`)));
  const statusSelect = h('select', { id: 'register-status' },
    h('option', { value: '', selected: status === '' }, t('registerAll')),
    h('option', { value: 'open', selected: status === 'open' }, t('registerOpenOnly')),
    ...STATUSES.map((s) => h('option', { value: s, selected: s === status }, t(`regStatus_${s}`))));
  const form = h('form', { class: 'period', id: 'register-filter' },
    h('label', { for: 'register-unit' }, t('registerUnit')), unitSelect,
    h('label', { for: 'register-status' }, t('regColStatus')), statusSelect,
    h('button', { type: 'submit' }, t('registerShow')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams({ unit: unitSelect.value });
    if (statusSelect.value) q.set('status', statusSelect.value);
    go(`/app/register?${q}`);
  });
  const q = new URLSearchParams({ unit, subtree: '1' });
  if (status) q.set('status', status);
  void fill(p, () => get<RegisterList>(`/api/v1/register?${q}`),
    (data, body) => {
      renderList(data, body, (id) => go(`/app/register/${id}?unit=${encodeURIComponent(unit)}`));
      if (data.details) body.append(recapForm(unit));
    });
  return h('div', { class: 'register-page' }, h('h1', { id: 'register-title' }, t('registerTitle')), form, p.root);
}
