// A titled section that shows "loading" while its data comes, the API's message when it fails, and
// its content once it has arrived: no panel is ever blank.
import { ApiError } from './api';
import { append, clear, h } from './dom';
import { t } from './i18n';

export interface Panel {
  root: HTMLElement;
  body: HTMLElement;
}

export function panel(title: string, id: string): Panel {
  const heading = h('h2', { id: `${id}-title` }, title);
  const body = h('div', { class: 'panel-body', 'aria-live': 'polite' });
  const root = h('section', { class: 'panel', id, 'aria-labelledby': `${id}-title` }, heading, body);
  return { root, body };
}

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

export function showError(body: HTMLElement, e: unknown): void {
  clear(body);
  const status = e instanceof ApiError && e.status ? ` (${e.status})` : '';
  append(body, h('p', { class: 'error', role: 'alert' }, t('loadFailed', errorText(e) + status)));
}

export async function fill<T>(p: Panel, load: () => Promise<T>, render: (data: T, body: HTMLElement) => void): Promise<void> {
  clear(p.body);
  append(p.body, h('p', { class: 'loading' }, t('loading')));
  try {
    const data = await load();
    clear(p.body);
    render(data, p.body);
  } catch (e) {
    showError(p.body, e);
  }
}
