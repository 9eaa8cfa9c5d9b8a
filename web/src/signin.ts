import { call, type Me } from './api';
import { h } from './dom';
import { t } from './i18n';
import { errorText } from './errors';

// `notice`: why the page came back here (a session that ended), in the page's words.
export function signInView(onSignedIn: (me: Me) => void, notice = ''): HTMLElement {
  const user = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true, autofocus: true });
  const pass = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('p', { class: 'error', role: 'alert', id: 'signin-error', hidden: !notice }, notice);
  const submit = h('button', { type: 'submit', id: 'signin-submit' }, t('signIn'));
  const form = h('form', { class: 'signin card', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, t('signInTitle')),
    h('p', { class: 'muted' }, t('signInHint')),
    h('label', { for: 'username' }, t('username')), user,
    h('label', { for: 'password' }, t('password')), pass,
    message, submit);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    submit.textContent = t('signingIn');
    message.hidden = true;
    try {
      onSignedIn(await call<Me>('POST', '/api/v1/session', { username: user.value, password: pass.value }));
    } catch (e) {
      message.hidden = false;
      message.textContent = errorText(e);
      submit.disabled = false;
      submit.textContent = t('signIn');
      pass.select();
    }
  });
  return h('main', { class: 'signin-page', id: 'main' }, form);
}
