// A titled section that shows "loading" while its data comes, why it failed in the page's words
// (errors.ts) when it fails, and its content once it has arrived: no panel is ever blank.
import { append, clear, h } from './dom';
import { errorText } from './errors';
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

export function showError(body: HTMLElement, e: unknown): void {
  clear(body);
  append(body, h('p', { class: 'error', role: 'alert' }, t('loadFailed', errorText(e))));
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
