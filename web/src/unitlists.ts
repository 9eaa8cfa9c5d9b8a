// Comments (searchable) and devices with their last sync and integrity alerts.
import { get } from './api';
import { h } from './dom';
import { dateTime, deviceTime, int, t } from './i18n';
import { fill, panel } from './panel';
import type { Comment, DeviceIntegrity } from './reports';
import { serviceName } from './servicenames';

export function commentsPanel(unitQuery: string): HTMLElement {
  const p = panel(t('commentsTitle'), 'comments');
  const search = h('input', { id: 'comment-search', type: 'search', placeholder: t('searchComments') });
  const form = h('form', { class: 'inline', role: 'search' },
    h('label', { for: 'comment-search', class: 'sr-only' }, t('searchComments')), search,
    h('button', { type: 'submit', class: 'secondary' }, t('search')));
  const list = panel('', 'comments-list');
  const load = () => fill(list, () => get<{ total: number; comments: Comment[] }>(
    `/api/v1/reports/comments?${unitQuery}&q=${encodeURIComponent(search.value)}`), (data, body) => {
    if (data.comments.length === 0) body.append(h('p', { class: 'muted' }, t('noComments')));
    else body.append(h('p', { class: 'muted small' }, t('commentCount', int(data.total))),
      h('ul', { class: 'comments' }, ...data.comments.map((c) =>
        h('li', {}, h('q', {}, c.text), h('div', { class: 'muted small' }, deviceTime(c.local_time, c.captured_at), c.service ? ` · ${serviceName(c.service, c.service_name)}` : '')))));
  });
  form.addEventListener('submit', (ev) => { ev.preventDefault(); void load(); });
  void load();
  p.body.replaceChildren(form, list.body);
  return p.root;
}

export function devicesPanel(unitQuery: string): HTMLElement {
  const p = panel(t('devicesTitle'), 'devices');
  void fill(p, () => get<{ devices: DeviceIntegrity[] }>(`/api/v1/reports/alerts?${unitQuery}`), (data, body) => {
    if (data.devices.length === 0) {
      body.append(h('p', { class: 'muted' }, t('noDevices')));
      return;
    }
    body.append(h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ...(['device', 'lastSync', 'records', 'openAlerts'] as const).map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, ...data.devices.map((d) => h('tr', { class: d.revoked ? 'revoked' : '' },
        h('th', { scope: 'row' }, d.label || d.device.slice(0, 8), d.revoked ? ` (${t('revoked')})` : ''),
        h('td', {}, dateTime(d.last_sync)), h('td', { class: 'num' }, int(d.responses)),
        h('td', { class: d.open_alerts ? 'num warn' : 'num' }, int(d.open_alerts))))))));
    const open = data.devices.flatMap((d) => Object.entries(d.alerts).filter(([, c]) => c.open > 0)
      .map(([kind, c]) => `${d.label || d.device.slice(0, 8)}: ${kind} (${int(c.open)})`));
    if (open.length) body.append(h('h3', {}, t('openAlerts')), h('ul', {}, ...open.map((a) => h('li', {}, a))));
  });
  return p.root;
}
