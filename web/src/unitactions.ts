// What a unit admin changes from the unit page: the follow-up plan, publication, and the exports.
import { call, get, type Me } from './api';
import { dateField } from './datefield';
import { download } from './download';
import { h } from './dom';
import { currentLang, dateTime, day, num, t } from './i18n';
import { errorText } from './errors';
import { fill, panel } from './panel';
import { periodInWords, query, type Period } from './period';
import type { FollowUp, Publication } from './reports';
import { UNSUR_KEYS, unsurName } from './unsur';

const STATUSES = ['planned', 'in_progress', 'done'] as const;

function canChange(me: Me): boolean {
  return me.role === 'national_admin' || me.role === 'unit_admin';
}

function statusSelect(id: string, value: string): HTMLSelectElement {
  return h('select', { id }, ...STATUSES.map((s) => h('option', { value: s, selected: s === value }, t(`status_${s}`))));
}

// The period's population (its service users) for the Krejcie & Morgan minimum sample, entered by a unit
// admin (docs/api.md `PUT /api/v1/units/{code}/population`). The browser's own number check is off, so
// a wrong number gets the server's words like every other refusal.
export function populationForm(me: Me, code: string, period: Period, saved: () => void): HTMLElement | '' {
  if (!canChange(me) || !period.label) return '';
  const input = h('input', { id: 'population', type: 'number', inputmode: 'numeric' });
  const message = h('p', { role: 'status', class: 'small', id: 'population-status' });
  const form = h('form', { class: 'inline', novalidate: true }, h('label', { for: 'population' }, t('population')), input,
    h('button', { type: 'submit', id: 'population-save', class: 'secondary' }, t('savePopulation')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    message.textContent = t('saving');
    try {
      await call('PUT', `/api/v1/units/${encodeURIComponent(code)}/population?period=${encodeURIComponent(period.label ?? '')}`,
        { population: Number(input.value) });
      message.textContent = t('saved');
      saved();
    } catch (e) {
      message.textContent = errorText(e);
    }
  });
  return h('div', { class: 'population' }, form, message);
}

export function followUpPanel(me: Me, code: string, period: Period): HTMLElement {
  const p = panel(t('followUpTitle'), 'followup');
  const base = `/api/v1/units/${encodeURIComponent(code)}/followups`;
  const which = `period=${encodeURIComponent(period.label ?? '')}`;
  const message = h('p', { role: 'status', class: 'small', id: 'followup-status' });
  const reload = () => fill(p, () => get<{ proposed_unsur: string[]; followups: FollowUp[] }>(`${base}?${which}`), (data, body) => {
    const rows = data.followups.map((f) => {
      const sel = statusSelect(`fu-status-${f.id}`, f.status);
      sel.disabled = !canChange(me);
      sel.addEventListener('change', async () => {
        // Said at once, so "Tersimpan" below is this change's answer, not the one before.
        message.textContent = t('saving');
        try {
          await call('PATCH', `${base}/${f.id}`, { status: sel.value });
          message.textContent = t('saved');
        } catch (e) {
          message.textContent = errorText(e);
          sel.value = f.status;
        }
      });
      return h('li', {}, h('strong', {}, f.action), f.unsur ? ` (${unsurName(f.unsur)})` : '',
        h('div', { class: 'small' }, `${f.owner} · ${day(f.due_date)}`),
        h('label', { for: sel.id, class: 'sr-only' }, t('status')), sel);
    });
    body.append(rows.length ? h('ul', { class: 'followups' }, ...rows) : h('p', { class: 'muted' }, t('noFollowUps')));
    if (data.proposed_unsur.length)
      body.append(h('p', { class: 'small' }, t('proposed', data.proposed_unsur.map(unsurName).join('; '))));
    if (canChange(me)) body.append(addForm(data.proposed_unsur), message);
  });
  const addForm = (proposed: string[]) => {
    const unsur = h('select', { id: 'fu-unsur' }, h('option', { value: '' }, '–'),
      ...UNSUR_KEYS.map((k) => h('option', { value: k, selected: k === proposed[0] }, unsurName(k))));
    const action = h('input', { id: 'fu-action', required: true });
    const owner = h('input', { id: 'fu-owner', required: true });
    const due = dateField('fu-due', t('due'));
    const form = h('form', { class: 'stack' }, h('h3', {}, t('addFollowUp')),
      h('label', { for: 'fu-unsur' }, t('unsur')), unsur,
      h('label', { for: 'fu-action' }, t('action')), action, h('label', { for: 'fu-owner' }, t('owner')), owner,
      h('label', { for: 'fu-due' }, t('due')), due.root, h('button', { type: 'submit', id: 'fu-add' }, t('add')));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (!due.check(true)) {
        message.textContent = t('dateInvalid');
        return due.report();
      }
      try {
        await call('POST', `${base}?${which}`, { unsur: unsur.value, action: action.value, owner: owner.value, due_date: due.value(), status: 'planned' });
        await reload();
        message.textContent = t('saved');
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
  const base = `/api/v1/units/${encodeURIComponent(code)}/publications`;
  const publicUrl = `/public/units/${encodeURIComponent(code)}`;
  const message = h('p', { role: 'status', class: 'small', id: 'publish-status' });
  const list = h('ul', { class: 'followups', id: 'publications' });
  const publish = h('button', { type: 'button', id: 'publish', disabled: !canChange(me) }, t('publish'));
  const reload = () => fill({ root: p.root, body: list }, () => get<{ publications: Publication[] }>(base), (data, body) => {
    const mine = data.publications.filter((x) => x.public);
    if (mine.length === 0) body.append(h('li', { class: 'muted' }, t('nothingPublished')));
    for (const pub of mine) {
      const withdraw = h('button', { type: 'button', class: 'secondary', disabled: !canChange(me) }, t('unpublish'));
      withdraw.addEventListener('click', async () => {
        try {
          await call('POST', `${base}/${pub.id}/unpublish`);
          message.textContent = t('unpublished');
          await reload();
        } catch (e) {
          message.textContent = errorText(e);
        }
      });
      body.append(h('li', {}, h('strong', {}, `${periodInWords(pub.period.label, pub.period.from, pub.period.to)}: IKM ${num(pub.ikm_rounded)} (${pub.category ?? '–'})`),
        h('div', { class: 'small muted' }, dateTime(pub.published_at)), withdraw));
    }
  });
  publish.addEventListener('click', async () => {
    try {
      await call('POST', `${base}?period=${encodeURIComponent(period.label ?? '')}`);
      message.textContent = t('published');
      await reload();
    } catch (e) {
      message.textContent = errorText(e);
    }
  });
  p.body.append(h('p', {}, t('publishHint', day(period.from), day(period.to))), h('div', { class: 'buttons' }, publish), message, list,
    h('p', {}, h('a', { href: publicUrl, id: 'public-link', target: '_blank', rel: 'noopener' }, t('publicPage')), ' · ',
      h('a', { href: `${publicUrl}/poster.pdf?lang=${currentLang()}`, id: 'poster-link', target: '_blank', rel: 'noopener' }, t('posterPdf'))));
  void reload();
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
