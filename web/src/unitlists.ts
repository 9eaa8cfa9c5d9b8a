// Comments (searchable) and devices with their last sync and open integrity alerts.
import { get } from './api';
import { h } from './dom';
import { dateTime, int, t } from './i18n';
import { fill, panel } from './panel';
import type { Comment } from './reports';

interface Device {
  device_id: string;
  label: string;
  last_sync: string | null;
  records: number;
  revoked: boolean;
  open_alerts: number;
}
interface Alert {
  id: number;
  device_id: string;
  kind: string;
  detail: string;
  raised_at: string;
}

export function commentsPanel(unitQuery: string): HTMLElement {
  const p = panel(t('commentsTitle'), 'comments');
  const search = h('input', { id: 'comment-search', type: 'search', placeholder: t('searchComments') });
  const form = h('form', { class: 'inline', role: 'search' },
    h('label', { for: 'comment-search', class: 'sr-only' }, t('searchComments')), search,
    h('button', { type: 'submit', class: 'secondary' }, t('search')));
  const list = panel('', 'comments-list');
  const load = () => fill(list, () => get<{ comments: Comment[] }>(
    `/api/v1/reports/comments?${unitQuery}&q=${encodeURIComponent(search.value)}`), (data, body) => {
    if (data.comments.length === 0) body.append(h('p', { class: 'muted' }, t('noComments')));
    else body.append(h('ul', { class: 'comments' }, ...data.comments.map((c) =>
      h('li', {}, h('q', {}, c.text), h('div', { class: 'muted small' }, dateTime(c.captured_at), c.service ? ` · ${c.service}` : '')))));
  });
  form.addEventListener('submit', (ev) => { ev.preventDefault(); void load(); });
  void load();
  p.body.replaceChildren(form, list.body);
  return p.root;
}

export function devicesPanel(code: string): HTMLElement {
  const p = panel(t('devicesTitle'), 'devices');
  const unit = encodeURIComponent(code);
  void fill(p, async () => {
    const [devices, alerts] = await Promise.all([
      get<{ devices: Device[] }>(`/api/v1/devices?unit=${unit}`),
      get<{ alerts: Alert[] }>(`/api/v1/alerts?unit=${unit}&open=1`),
    ]);
    return { devices: devices.devices, alerts: alerts.alerts };
  }, (data, body) => {
    if (data.devices.length === 0) {
      body.append(h('p', { class: 'muted' }, t('noDevices')));
      return;
    }
    body.append(h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ...['device', 'lastSync', 'records', 'openAlerts'].map((k) => h('th', { scope: 'col' }, t(k as 'device'))))),
      h('tbody', {}, ...data.devices.map((d) => h('tr', { class: d.revoked ? 'revoked' : '' },
        h('th', { scope: 'row' }, d.label || d.device_id.slice(0, 8), d.revoked ? ` (${t('revoked')})` : ''),
        h('td', {}, dateTime(d.last_sync)), h('td', { class: 'num' }, int(d.records)),
        h('td', { class: d.open_alerts ? 'num warn' : 'num' }, int(d.open_alerts))))))));
    if (data.alerts.length)
      body.append(h('h3', {}, t('openAlerts')), h('ul', {}, ...data.alerts.map((a) =>
        h('li', {}, h('strong', {}, a.kind), ` · ${a.detail} · ${dateTime(a.raised_at)}`))));
  });
  return p.root;
}
