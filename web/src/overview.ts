// The units the user may see, with IKM, category, n and the trend by quarter.
import { get, type Me } from './api';
import { sparkline } from './charts';
import { h } from './dom';
import { categoryLabel, int, num, t } from './i18n';
import { fill, panel } from './panel';
import { query, type Period } from './period';
import type { OverviewRow } from './reports';

export function overviewView(me: Me, period: Period, includeMisuse: boolean, open: (code: string) => void): HTMLElement {
  const p = panel(t('overviewTitle'), 'overview');
  void fill(p, () => get<{ units: OverviewRow[] }>(`/api/v1/reports/overview?${query(period, includeMisuse)}`), (data, body) => {
    if (data.units.length === 0) {
      body.append(h('p', { class: 'muted' }, t('noUnits')));
      return;
    }
    const rows = data.units.map((u) => {
      const letter = u.category;
      const link = h('a', { href: `/app/units/${encodeURIComponent(u.code)}`, style: `margin-left: ${(u.depth ?? 0) * 16}px` }, u.name || u.code);
      link.addEventListener('click', (ev) => { ev.preventDefault(); open(u.code); });
      const trend = u.trend ?? [];
      return h('tr', { 'data-unit': u.code },
        h('th', { scope: 'row' }, link, h('div', { class: 'muted small' }, u.code),
          u.subtree ? h('div', { class: 'muted small', 'data-subtree': u.code }, t('withUnitsBelow', num(u.subtree.ikm_rounded), int(u.subtree.respondents))) : ''),
        h('td', { class: 'num ikm', 'data-label': t('ikm') }, num(u.ikm_rounded)),
        h('td', { 'data-label': t('category') }, letter ? h('span', { class: `badge cat-${letter}` }, letter) : '', letter ? ` ${categoryLabel(letter)}` : '–'),
        h('td', { class: 'num', 'data-label': t('respondents') }, int(u.respondents)),
        h('td', { 'data-label': t('trend') }, trend.length ? sparkline(trend.map((q) => q.ikm), t('trendOf', u.name)) : '–'));
    });
    body.append(h('div', { class: 'table-wrap' }, h('table', { class: 'cards' },
      h('thead', {}, h('tr', {}, ...['unit', 'ikm', 'category', 'respondents', 'trend'].map((k) => h('th', { scope: 'col' }, t(k as 'unit'))))),
      h('tbody', {}, ...rows))));
  });
  // The unit list itself comes from the session, so a unit can be opened even while reports fail.
  const units = h('nav', { class: 'unit-list', 'aria-label': t('yourUnits') },
    h('h2', {}, t('yourUnits')),
    h('ul', {}, ...me.units.map((u) => {
      const a = h('a', { href: `/app/units/${encodeURIComponent(u.code)}` }, `${u.name} (${u.code})`);
      a.addEventListener('click', (ev) => { ev.preventDefault(); open(u.code); });
      return h('li', {}, a);
    })));
  return h('div', { class: 'overview' }, p.root, units);
}
