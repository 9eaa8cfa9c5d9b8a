// What a unit admin changes from the unit page: the follow-up plan, publication, and the exports.
import { call, get, type Me } from './api';
import { download } from './download';
import { h } from './dom';
import { day, t } from './i18n';
import { errorText, fill, panel } from './panel';
import { query, type Period } from './period';
import type { FollowUp } from './reports';

const STATUSES = ['planned', 'in_progress', 'done'] as const;

function canChange(me: Me): boolean {
  return me.role === 'national_admin' || me.role === 'unit_admin';
}

function statusSelect(id: string, value: string): HTMLSelectElement {
  return h('select', { id }, ...STATUSES.map((s) => h('option', { value: s, selected: s === value }, t(`status_${s}`))));
}

export function followUpPanel(me: Me, code: string, period: Period): HTMLElement {
  const p = panel(t('followUpTitle'), 'followup');
  const base = `/api/v1/units/${encodeURIComponent(code)}/follow-ups`;
  const message = h('p', { role: 'status', class: 'small' });
  const reload = () => fill(p, () => get<{ follow_ups: FollowUp[] }>(`${base}?from=${period.from}&to=${period.to}`), (data, body) => {
    const rows = data.follow_ups.map((f) => {
      const sel = statusSelect(`fu-status-${f.id}`, f.status);
      sel.disabled = !canChange(me);
      sel.addEventListener('change', async () => {
        try {
          await call('PATCH', `${base}/${encodeURIComponent(String(f.id))}`, { status: sel.value });
          message.textContent = t('saved');
        } catch (e) {
          message.textContent = errorText(e);
          sel.value = f.status;
        }
      });
      return h('li', {}, h('strong', {}, f.action), f.unsur ? ` (${f.unsur})` : '',
        h('div', { class: 'small' }, f.owner ?? '', f.due ? ` · ${f.due}` : ''),
        h('label', { for: sel.id, class: 'sr-only' }, t('status')), sel);
    });
    body.append(rows.length ? h('ul', { class: 'followups' }, ...rows) : h('p', { class: 'muted' }, t('noFollowUps')));
    if (canChange(me)) body.append(addForm(), message);
  });
  const addForm = () => {
    const action = h('input', { id: 'fu-action', required: true });
    const owner = h('input', { id: 'fu-owner' });
    const due = h('input', { id: 'fu-due', type: 'date' });
    const form = h('form', { class: 'stack' }, h('h3', {}, t('addFollowUp')),
      h('label', { for: 'fu-action' }, t('action')), action, h('label', { for: 'fu-owner' }, t('owner')), owner,
      h('label', { for: 'fu-due' }, t('due')), due, h('button', { type: 'submit' }, t('add')));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await call('POST', base, { from: period.from, to: period.to, action: action.value, owner: owner.value, due: due.value || null, status: 'planned' });
        await reload();
      } catch (e) {
        message.textContent = errorText(e);
      }
    });
    return form;
  };
  void reload();
  return p.root;
}

export function publicationPanel(me: Me, code: string, period: Period): HTMLElement {
  const p = panel(t('publicationTitle'), 'publication');
  const path = `/api/v1/units/${encodeURIComponent(code)}/publications`;
  const publicUrl = `/public/units/${encodeURIComponent(code)}`;
  const message = h('p', { role: 'status', class: 'small', id: 'publish-status' });
  const act = async (method: 'POST' | 'DELETE') => {
    try {
      await call(method, method === 'POST' ? path : `${path}?from=${period.from}&to=${period.to}`,
        method === 'POST' ? { from: period.from, to: period.to } : undefined);
      message.textContent = method === 'POST' ? t('published') : t('unpublished');
    } catch (e) {
      message.textContent = errorText(e);
    }
  };
  const publish = h('button', { type: 'button', id: 'publish', disabled: !canChange(me) }, t('publish'));
  const unpublish = h('button', { type: 'button', class: 'secondary', id: 'unpublish', disabled: !canChange(me) }, t('unpublish'));
  publish.addEventListener('click', () => void act('POST'));
  unpublish.addEventListener('click', () => void act('DELETE'));
  p.body.append(h('p', {}, t('publishHint', day(period.from), day(period.to))), h('div', { class: 'buttons' }, publish, unpublish), message,
    h('p', {}, h('a', { href: publicUrl, id: 'public-link', target: '_blank', rel: 'noopener' }, t('publicPage'))));
  return p.root;
}

export function exportsPanel(code: string, period: Period, includeMisuse: boolean): HTMLElement {
  const p = panel(t('exportsTitle'), 'exports');
  const q = `unit=${encodeURIComponent(code)}&${query(period, includeMisuse)}`;
  const separator = h('select', { id: 'csv-separator' }, h('option', { value: ';' }, t('sepSemicolon')), h('option', { value: ',' }, t('sepComma')));
  const bar = h('progress', { id: 'export-progress', max: 1, value: 0, hidden: true });
  const status = h('p', { role: 'status', id: 'export-status', class: 'small' });
  const run = (path: string, name: string) => async () => {
    bar.hidden = false;
    try {
      await download(path, name, (text, fraction) => {
        status.textContent = text;
        if (fraction === null) bar.removeAttribute('value');
        else bar.value = fraction;
      });
    } catch (e) {
      status.textContent = errorText(e);
      bar.hidden = true;
    }
  };
  const button = (id: string, label: string, action: () => Promise<void>) => {
    const b = h('button', { type: 'button', id, class: 'secondary' }, label);
    b.addEventListener('click', () => void action());
    return b;
  };
  p.body.append(
    h('div', { class: 'inline' }, h('label', { for: 'csv-separator' }, t('separator')), separator,
      button('export-csv', 'CSV', () => run(`/api/v1/exports/records.csv?${q}&sep=${encodeURIComponent(separator.value)}`, `${code}.csv`)())),
    h('div', { class: 'buttons' },
      button('export-xlsx', 'XLSX', run(`/api/v1/exports/report.xlsx?${q}`, `${code}.xlsx`)),
      button('export-pdf-id', 'PDF (ID)', run(`/api/v1/exports/report.pdf?${q}&lang=id`, `${code}-id.pdf`)),
      button('export-pdf-en', 'PDF (EN)', run(`/api/v1/exports/report.pdf?${q}&lang=en`, `${code}-en.pdf`))),
    bar, status);
  return p.root;
}
