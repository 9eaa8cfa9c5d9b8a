// The read-only panels of a unit page, drawn from the report API's answers.
import { barChart } from './charts';
import { h } from './dom';
import { categoryLabel, currentLang, int, num, t } from './i18n';
import { categoryLetter, unsurName, type GratificationSummary, type SkmReport, type ZiIndex, type ZiReport } from './reports';

function figure(label: string, value: string, id: string): HTMLElement {
  return h('div', { class: 'figure' }, h('div', { class: 'figure-label', id: `${id}-label` }, label),
    h('div', { class: 'figure-value', id, 'aria-labelledby': `${id}-label` }, value));
}

export function renderSkm(r: SkmReport, body: HTMLElement): void {
  const letter = categoryLetter(r.category);
  const min = r.minimum_sample;
  body.append(
    h('div', { class: 'figures' },
      figure('IKM', num(r.ikm), 'ikm-value'),
      figure(t('category'), letter ? `${letter} · ${categoryLabel(letter)}` : '–', 'ikm-category'),
      figure(t('respondents'), int(r.n), 'ikm-n')),
    h('p', {}, t('reconciliation', num(r.ikm_0111 ?? null))),
    min?.minimum != null
      ? h('p', { class: min.reached ? 'ok' : 'warn' },
        t('minimumSample', int(r.n), int(min.minimum), int(min.population ?? null)), ' ',
        min.reached ? t('reached') : t('notReached'))
      : h('p', { class: 'muted' }, t('noPopulation')),
    r.misuse_excluded ? h('p', { class: 'muted' }, t('misuseExcluded', int(r.misuse_excluded))) : '');
}

export function renderNrr(r: SkmReport, body: HTMLElement): void {
  const rows = r.unsur ?? [];
  if (rows.length === 0) {
    body.append(h('p', { class: 'muted' }, t('noRecords')));
    return;
  }
  const lang = currentLang();
  body.append(barChart(rows.map((u) => `${u.key} ${unsurName(u, lang)}`), rows.map((u) => u.nrr), t('nrrTitle'), 4),
    h('table', { class: 'compact' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('unsur')), h('th', { scope: 'col' }, 'NRR'))),
      h('tbody', {}, ...rows.map((u) => h('tr', {}, h('th', { scope: 'row' }, `${u.key} ${unsurName(u, lang)}`), h('td', { class: 'num' }, num(u.nrr, 3)))))));
}

function ziRow(name: string, z: ZiIndex | null | undefined): HTMLElement {
  if (!z) return h('tr', {}, h('th', { scope: 'row' }, name), h('td', { colspan: 3 }, t('notAsked')));
  const mark = (ok: boolean | null | undefined, min: number | null | undefined) =>
    min == null ? '–' : `${num(min)} ${ok ? '✓ ' + t('met') : '✗ ' + t('notMet')}`;
  return h('tr', {}, h('th', { scope: 'row' }, name), h('td', { class: 'num' }, num(z.index)),
    h('td', {}, mark(z.meets_wbk, z.wbk_minimum)), h('td', {}, mark(z.meets_wbbm, z.wbbm_minimum)));
}

export function renderZi(r: ZiReport, body: HTMLElement): void {
  body.append(h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('index')), h('th', { scope: 'col' }, t('scale4')),
      h('th', { scope: 'col' }, t('wbkMinimum')), h('th', { scope: 'col' }, t('wbbmMinimum')))),
    h('tbody', {}, ziRow('SPKP (IPKP)', r.spkp), ziRow('SPAK (IPAK)', r.spak))));
}

export function renderProfile(r: SkmReport, body: HTMLElement): void {
  const tables = Object.entries(r.profile ?? {});
  if (tables.length === 0) {
    body.append(h('p', { class: 'muted' }, t('noRecords')));
    return;
  }
  for (const [dimension, rows] of tables) {
    body.append(h('table', { class: 'compact' },
      h('caption', {}, t(`profile_${dimension}` as 'profile_gender')),
      h('tbody', {}, ...rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.label ?? row.value), h('td', { class: 'num' }, int(row.count)))))));
  }
}

export function renderGratification(g: GratificationSummary, body: HTMLElement): void {
  body.append(h('div', { class: 'figures' },
    figure(t('acknowledgements'), int(g.acknowledgements ?? null), 'grat-ack'),
    figure(t('solicitations'), int(g.solicitations ?? null), 'grat-sol')),
    ...(g.by_kind ?? []).map((k) => h('p', {}, `${k.kind}: ${int(k.count)}`)));
}
