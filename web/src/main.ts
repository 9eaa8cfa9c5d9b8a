// The dashboard: who is signed in decides between the sign-in form and the app; routes are
// /app/ (overview) and /app/units/CODE, kept in the address bar so a link can be shared.
import './style.css';
import { ApiError, call, get, setCsrfToken, whenSignedOut, type Me } from './api';
import { clear, h } from './dom';
import { currentLang, setLang, t } from './i18n';
import { overviewView } from './overview';
import { errorText } from './errors';
import { currentQuarter, periodPicker, type Period } from './period';
import { registerView } from './register';
import { registerEntryView } from './registerdetail';
import { seesGratification, setSignedIn } from './rights';
import { signInView } from './signin';
import { unitView } from './unitpage';

const root = document.getElementById('app')!;
let me: Me | null = null;
let signedOutBecause: ApiError | null = null; // said on the sign-in form after a session ended
let period: Period = currentQuarter();
let includeMisuse = false;

function langSwitch(): HTMLElement {
  const other = currentLang() === 'id' ? 'en' : 'id';
  const b = h('button', { type: 'button', class: 'link', id: 'lang-switch', lang: other }, t('otherLanguage'));
  b.addEventListener('click', () => { setLang(other); render(); });
  return b;
}

function navigate(path: string): void {
  history.pushState(null, '', path);
  render();
}

async function signOut(): Promise<void> {
  try {
    await call('DELETE', '/api/v1/session');
  } catch {
    // an ended session is signed out either way
  }
  signedInAs(null);
  navigate('/app/');
}

function signedInAs(user: Me | null): void {
  me = user;
  setCsrfToken(user?.csrf_token ?? '');
  setSignedIn(user);
  if (user) signedOutBecause = null;
}

function header(user: Me): HTMLElement {
  const home = h('a', { href: '/app/', class: 'brand' }, 'Suara');
  home.addEventListener('click', (ev) => { ev.preventDefault(); navigate('/app/'); });
  const out = h('button', { type: 'button', class: 'link', id: 'sign-out' }, t('signOut'));
  out.addEventListener('click', () => void signOut());
  // The gratification register: for every role that may see gratification data (not viewers).
  const register = !seesGratification(user.role) ? null : h('a', { href: '/app/register', class: 'nav', id: 'nav-register' }, t('registerNav'));
  register?.addEventListener('click', (ev) => { ev.preventDefault(); navigate('/app/register'); });
  return h('header', { class: 'top' }, home, h('span', { class: 'tagline' }, t('tagline')), register,
    h('span', { class: 'who', id: 'who' }, t('signedInAs', user.username, t(`role_${user.role}` as 'role_viewer'))),
    langSwitch(), out);
}

function render(): void {
  document.documentElement.lang = currentLang();
  document.title = t('pageTitle');
  clear(root);
  if (!me) {
    root.append(h('header', { class: 'top' }, h('span', { class: 'brand' }, 'Suara'), langSwitch()),
      signInView((signedIn) => {
        signedInAs(signedIn);
        render();
      }, signedOutBecause ? errorText(signedOutBecause) : ''));
    return;
  }
  const user = me;
  const register = /^\/app\/register(?:\/(\d+))?\/?$/.exec(location.pathname);
  if (register) {
    const asked = new URLSearchParams(location.search);
    const unitCode = asked.get('unit') ?? user.unit ?? user.units[0]?.code ?? '';
    const back = () => navigate(`/app/register?unit=${encodeURIComponent(unitCode)}`);
    const content = register[1]
      ? registerEntryView(Number(register[1]), back)
      : registerView(user, unitCode, asked.get('status') ?? '', navigate);
    root.append(header(user), h('main', { id: 'main' }, content));
    return;
  }
  const unit = /^\/app\/units\/([^/]+)\/?$/.exec(location.pathname);
  const picker = periodPicker(period, includeMisuse, (p, misuse) => { period = p; includeMisuse = misuse; render(); });
  const content = unit
    ? unitView(user, decodeURIComponent(unit[1]), period, includeMisuse)
    : overviewView(user, period, includeMisuse, (code) => navigate(`/app/units/${encodeURIComponent(code)}`));
  root.append(header(user), h('main', { id: 'main' }, picker, content));
}

whenSignedOut((why) => {
  signedInAs(null);
  signedOutBecause = why;
  render();
});
window.addEventListener('popstate', render);

async function start(): Promise<void> {
  try {
    signedInAs(await get<Me>('/api/v1/session'));
  } catch (e) {
    signedInAs(null);
    if (!(e instanceof ApiError && e.status === 401))
      console.warn('session check failed:', errorText(e));
  }
  render();
}
void start();
