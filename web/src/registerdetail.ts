// One register entry for the UPG: what was reported, its deadlines, the audit trail, and the form that
// changes its status (the session's CSRF token rides along, api.ts). Only the actions the entry's
// status allows are offered; the server checks them again.
import { call, get } from './api';
import { h } from './dom';
import { dateTime, day, int, t } from './i18n';
import { errorText } from './errors';
import { fill, panel } from './panel';
import { deadlineCell, kindLabel } from './register';
import { actionsFor, type EvidenceState, type RegisterEntry } from './registertypes';
import { serviceName } from './servicenames';
import type { Key } from './strings';

function text(v: unknown): string {
  return typeof v === 'string' && v.trim() ? v : '–';
}

// A known code in words; an unknown one as it came.
function labelOr(key: string, code: string): string {
  const said = t(key as Key);
  return said === key ? code : said;
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
}

function row(label: string, value: string | Node): HTMLElement {
  return h('div', { class: 'reg-field' }, h('dt', {}, label), h('dd', {}, value));
}

function facts(e: RegisterEntry): HTMLElement {
  const d = e.details;
  const giver = obj(d.giver);
  const rows = [
    row(t('regUnitOf'), e.unit),
    row(t('regColReport'), `${kindLabel(e)} · ${t(`regOrigin_${e.origin}`)}`),
    row(t('regColOfficer'), e.origin === 'officer' ? e.officer || '–' : t('regVisitor')),
    row(t('regService'), e.service ? serviceName(e.service, e.service_name) : '–'),
    row(t('regColReceived'), day(e.received_on)),
    row(t('regColDeadline'), deadlineCell(e)),
  ];
  if (e.origin === 'officer') {
    rows.push(
      row(t('regGiver'), [text(giver.name), giver.institution, giver.relation].filter((x) => typeof x === 'string' && x).join(' · ')),
      row(t('regForm'), typeof d.form === 'string' && d.form ? labelOr(`regForm_${d.form}`, d.form) : '–'),
      row(t('regWhat'), text(d.description)),
      row(t('regValue'), e.value_idr === null ? '–' : `Rp ${int(e.value_idr)}`),
      row(t('regWhenWhere'), [text(d.occurredOn), d.occurredTime, d.place].filter((x) => typeof x === 'string' && x).join(' · ')),
      row(t('regChronology'), text(d.chronology)));
  } else {
    const what = typeof d.what === 'string' && d.what ? labelOr(`regForm_${d.what}`, d.what) : '';
    const when = typeof d.when === 'string' && d.when ? labelOr(`regWhen_${d.when}`, d.when) : '';
    rows.push(row(t('regWhat'), [what, when, d.counter, d.note].filter((x) => typeof x === 'string' && x).join(' · ') || '–'));
  }
  if (e.gol_reference) rows.push(row(t('regGol'), e.gol_reference));
  if (e.decision) rows.push(row(t('regDecision'), e.decision));
  const out = h('dl', { class: 'reg-facts', id: 'reg-facts' }, ...rows);
  const extra = h('div', {});
  if (e.incomplete_since)
    extra.append(h('p', { class: 'warn' }, t('regIncompleteSince', day(e.incomplete_since), e.deadlines.completion ? day(e.deadlines.completion) : '–')));
  if (e.missing.length) extra.append(h('p', { class: 'warn small' }, t('regMissing', e.missing.join(', '))));
  return h('div', {}, out, extra);
}

// One file: the image from the API (same origin, the session's cookie), or why there is none. A file
// that has not arrived says so; one that fails to load says that too, never an empty frame.
function evidenceFigure(e: RegisterEntry, kind: 'photo' | 'signature', state: EvidenceState | null): HTMLElement {
  const caption = h('figcaption', {}, t(kind === 'photo' ? 'regEvidencePhoto' : 'regEvidenceSignature'));
  const figure = h('figure', { class: `reg-evidence-file reg-evidence-${kind}`, id: `reg-evidence-${kind}` }, caption);
  if (!state) {
    figure.append(h('p', { class: 'muted small' }, t(kind === 'photo' ? 'regEvidenceNoPhoto' : 'regEvidenceNoSignature')));
    return figure;
  }
  if (!state.received) {
    figure.append(h('p', { class: 'warn small', 'data-state': 'not-received' }, t('regEvidenceNotReceived')));
    return figure;
  }
  const src = `/api/v1/register/${e.id}/evidence/${kind}`;
  const img = h('img', { src, alt: t(kind === 'photo' ? 'regEvidencePhotoAlt' : 'regEvidenceSignatureAlt', e.id) });
  const problem = h('p', { class: 'error small', hidden: true }, t('regEvidenceLoadFailed'));
  img.addEventListener('error', () => {
    img.hidden = true;
    problem.hidden = false;
  });
  figure.append(h('a', { href: src, target: '_blank', rel: 'noopener' }, img), problem,
    h('p', { class: 'small muted' }, t('regEvidenceHash', state.sha256.slice(0, 16))));
  return figure;
}

function evidenceSection(e: RegisterEntry): HTMLElement | string {
  if (e.origin !== 'officer') return '';
  return h('section', { 'aria-labelledby': 'reg-evidence-title', class: 'reg-evidence' },
    h('h3', { id: 'reg-evidence-title' }, t('regEvidence')),
    h('div', { class: 'reg-evidence-files' }, evidenceFigure(e, 'photo', e.evidence?.photo ?? null),
      evidenceFigure(e, 'signature', e.evidence?.signature ?? null)));
}

function auditList(e: RegisterEntry): HTMLElement {
  const lines = (e.audit ?? []).map((a) =>
    h('li', {}, h('strong', {}, t(`regAction_${a.action}` as Key)),
      a.from && a.from !== a.to ? ` · ${t(`regStatus_${a.from}` as Key)} → ${t(`regStatus_${a.to}` as Key)}` : '',
      h('div', { class: 'small muted' }, t('regAuditLine', dateTime(a.at), a.actor)),
      // The intake line's note is the server's own words: said here in the page's language.
      a.action === 'received' ? h('div', { class: 'small' }, t(`regReceivedBy_${e.origin}`))
        : a.note ? h('div', { class: 'small' }, a.note) : ''));
  return h('section', { 'aria-labelledby': 'reg-audit-title' }, h('h3', { id: 'reg-audit-title' }, t('regAuditTitle')),
    h('ol', { class: 'audit', id: 'reg-audit' }, ...lines));
}

function changeForm(e: RegisterEntry, done: () => void): HTMLElement {
  const actions = actionsFor(e);
  if (!actions.length) return h('p', { class: 'muted' }, t('regNoActions'));
  const action = h('select', { id: 'reg-action' }, ...actions.map((a) => h('option', { value: a }, t(`regAction_${a}` as Key))));
  const gol = h('input', { id: 'reg-gol', autocomplete: 'off' });
  const decision = h('input', { id: 'reg-decision', autocomplete: 'off' });
  const note = h('input', { id: 'reg-note', autocomplete: 'off' });
  const golRow = h('div', {}, h('label', { for: 'reg-gol' }, t('regGol')), gol);
  const decisionRow = h('div', {}, h('label', { for: 'reg-decision' }, t('regDecision')), decision);
  const message = h('p', { role: 'status', class: 'small', id: 'reg-message' });
  const sync = () => {
    golRow.hidden = action.value !== 'forward';
    decisionRow.hidden = action.value !== 'decide';
  };
  action.addEventListener('change', sync);
  sync();
  const form = h('form', { class: 'stack', id: 'reg-change' }, h('h3', {}, t('regChangeTitle')),
    h('label', { for: 'reg-action' }, t('regActionLabel')), action, golRow, decisionRow,
    h('label', { for: 'reg-note' }, t('regNote')), note, h('button', { type: 'submit', id: 'reg-apply' }, t('regApply')), message);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body: Record<string, string> = { action: action.value };
    if (note.value.trim()) body.note = note.value;
    if (action.value === 'forward') body.gol_reference = gol.value;
    if (action.value === 'decide') body.decision = decision.value;
    try {
      await call('POST', `/api/v1/register/${e.id}/actions`, body);
      done();
    } catch (err) {
      message.textContent = errorText(err);
      message.className = 'error';
    }
  });
  return form;
}

export function registerEntryView(id: number, back: () => void): HTMLElement {
  const p = panel(t('regDetailTitle', id), 'register-entry');
  const status = h('p', { role: 'status', class: 'small ok', id: 'reg-saved' });
  const load = (): void => {
    void fill(p, () => get<RegisterEntry>(`/api/v1/register/${id}`), (e, body) => {
      body.append(h('p', { class: 'reg-current' }, h('strong', { id: 'reg-status' }, t(`regStatus_${e.status}` as Key))),
        h('div', { class: 'reg-detail' }, h('div', {}, facts(e), evidenceSection(e)), h('div', {}, changeForm(e, () => { load(); status.textContent = t('regSaved'); }), auditList(e))));
    });
  };
  load();
  const backButton = h('button', { type: 'button', class: 'link', id: 'reg-back' }, t('regBack'));
  backButton.addEventListener('click', back);
  return h('div', { class: 'register-page' }, backButton, status, p.root);
}
