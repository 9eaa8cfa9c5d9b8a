// The read-only panels of a unit page, drawn from the report API's answers.
import { barChart } from './charts';
import { h } from './dom';
import { categoryLabel, day, int, num, t } from './i18n';
import { profileRows } from './profilelabels';
import { serviceName } from './servicenames';
import type { GratificationReport, SkmReport, Solicitation, ZiReport, ZiSurvey } from './reports';
import type { Key } from './strings';
import { UNSUR_KEYS, unsurName } from './unsur';

function figure(label: string, value: string, id: string): HTMLElement {
  return h('div', { class: 'figure' }, h('div', { class: 'figure-label', id: `${id}-label` }, label),
    h('div', { class: 'figure-value', id, 'aria-labelledby': `${id}-label` }, value));
}

export function renderSkm(r: SkmReport, body: HTMLElement): void {
  const skm = r.skm;
  const letter = skm.category;
  const sample = r.sample;
  body.append(
    h('div', { class: 'figures' },
      figure('IKM', num(skm.ikm_rounded), 'ikm-value'),
      figure(t('category'), letter ? `${letter} · ${categoryLabel(letter)}` : '–', 'ikm-category'),
      figure(t('respondents'), int(skm.respondents), 'ikm-n')),
    h('p', { id: 'ikm-0111' }, t('reconciliation', num(r.reconciliation_0111?.ikm_rounded ?? null))),
    sample
      ? h('p', { class: sample.reached ? 'ok' : 'warn', id: 'ikm-sample' },
        t('minimumSample', int(skm.respondents), int(sample.minimum), int(sample.population)), ' ',
        sample.reached ? t('reached') : t('notReached'))
      : h('p', { class: 'muted', id: 'ikm-sample' }, t('noPopulation')),
    r.excluded_misuse ? h('p', { class: 'muted' }, t('misuseExcluded', int(r.excluded_misuse))) : '');
}

export function renderNrr(r: SkmReport, body: HTMLElement): void {
  const rows = r.skm.unsur.filter((u) => u.nrr !== null);
  if (rows.length === 0) {
    body.append(h('p', { class: 'muted' }, t('noRecords')));
    return;
  }
  // The chart names each unsur by its number (U1…U9), so the bars keep their width on a phone; the
  // table below gives the names.
  const number = (key: string) => `U${UNSUR_KEYS.indexOf(key) + 1}`;
  body.append(barChart(rows.map((u) => number(u.key)), rows.map((u) => u.nrr ?? 0), t('nrrTitle'), 4),
    h('table', { class: 'compact' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('unsur')), h('th', { scope: 'col', class: 'num' }, 'n'),
        h('th', { scope: 'col', class: 'num' }, 'NRR'))),
      h('tbody', {}, ...rows.map((u) => h('tr', {}, h('th', { scope: 'row' }, `${number(u.key)} ${unsurName(u.key)}`),
        h('td', { class: 'num' }, int(u.n)), h('td', { class: 'num' }, num(u.nrr, 2)))))));
}

function ziRow(z: ZiSurvey): HTMLElement {
  const mark = (ok: boolean | null, min: number | null) =>
    min == null ? '–' : `${num(min)} ${ok ? '✓ ' + t('met') : '✗ ' + t('notMet')}`;
  return h('tr', {}, h('th', { scope: 'row' }, `${z.questionnaire.toUpperCase()} (${z.index_name})`),
    h('td', { class: 'num' }, int(z.respondents)), h('td', { class: 'num' }, num(z.index4)),
    h('td', {}, mark(z.meets_wbk, z.minimum_wbk)), h('td', {}, mark(z.meets_wbbm, z.minimum_wbbm)));
}

export function renderZi(r: ZiReport, body: HTMLElement): void {
  if (r.surveys.length === 0) {
    body.append(h('p', { class: 'muted' }, t('notAsked')));
    return;
  }
  body.append(h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('index')), h('th', { scope: 'col', class: 'num' }, 'n'),
      h('th', { scope: 'col', class: 'num' }, t('scale4')), h('th', { scope: 'col' }, t('wbkMinimum')), h('th', { scope: 'col' }, t('wbbmMinimum')))),
    h('tbody', {}, ...r.surveys.map(ziRow)))));
}

export function renderProfile(r: SkmReport, body: HTMLElement): void {
  // In the order the kiosk asks them (as the PDF report prints them); a table the API adds comes last.
  const order = ['gender', 'age', 'education', 'occupation'];
  const rank = (d: string) => (order.includes(d) ? order.indexOf(d) : order.length);
  const tables = Object.entries(r.profile ?? {}).filter(([, counts]) => Object.keys(counts).length > 0)
    .sort(([a], [b]) => rank(a) - rank(b));
  if (tables.length === 0) {
    body.append(h('p', { class: 'muted' }, t('noProfile')));
    return;
  }
  for (const [dimension, counts] of tables) {
    body.append(h('table', { class: 'compact' },
      h('caption', {}, t(`profile_${dimension}` as 'profile_gender')),
      h('tbody', {}, ...profileRows(dimension, counts).map(([words, n]) =>
        h('tr', {}, h('th', { scope: 'row' }, words), h('td', { class: 'num' }, int(n)))))));
  }
}

// A stored code in the words the visitor tapped on the kiosk (docs/protocol.md §2.1 lists the codes); a
// code this page does not know yet is shown as it came, never dropped.
function words(prefix: string, code: string): string {
  const key = `${prefix}${code}` as Key;
  const text = t(key);
  return text === key ? code : text;
}

function solicitationLine(s: Solicitation): HTMLElement {
  const what = [words('regKind_', s.kind), words('solWhat_', s.what), s.when ? words('solWhen_', s.when) : ''];
  return h('li', {}, h('strong', {}, what.filter(Boolean).join(' · ')),
    h('div', { class: 'muted small' }, [day(s.day), s.service ? serviceName(s.service, s.service_name) : '', s.counter].filter(Boolean).join(' · ')));
}

export function renderGratification(g: GratificationReport, body: HTMLElement): void {
  body.append(h('div', { class: 'figures' },
    figure(t('acknowledgements'), int(g.acknowledgements.no_reward ?? 0), 'grat-ack'),
    figure(t('solicitations'), int(g.solicitations.length), 'grat-sol')));
  if (g.solicitations.length)
    body.append(h('ul', { class: 'comments' }, ...g.solicitations.slice(0, 20).map(solicitationLine)));
}
