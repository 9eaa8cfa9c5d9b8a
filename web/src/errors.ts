// The one funnel from a failed request to the words the page shows (issue 6). The server's `message`
// is English and written for logs and scripts (protocol §1: "messages are for people; clients branch on
// the code only"), so the page says every refusal itself, in its own language: what happened and what
// to do, from the API's code, and where the code alone does not tell, the HTTP status, the `field`, the
// request that was refused and the signed-in role. The server's message is kept only as a detail for a
// code this page does not know (a newer server), never as the main words.
import { ApiError } from './api';
import { t } from './i18n';
import { seesGratification, seesRegisterEntries, signedInUser } from './rights';
import type { Key } from './strings';

// The page's own name of each field the server may refuse (docs/api.md), as its forms label them.
const FIELD_LABELS: Record<string, Key> = {
  username: 'username',
  password: 'password',
  population: 'population',
  period: 'period',
  from: 'from',
  to: 'to',
  unit: 'unit',
  region: 'regionFilter',
  sep: 'separator',
  unsur: 'unsur',
  action: 'action',
  owner: 'owner',
  due_date: 'due',
  status: 'status',
  note: 'regNote',
  gol_reference: 'regGol',
  decision: 'regDecision',
};

// A field whose refusal needs more than its name: what a right value is.
const FIELD_HINTS: Record<string, Key> = {
  population: 'errFieldPopulation',
  period: 'errFieldPeriod',
  from: 'errFieldPeriod',
  to: 'errFieldPeriod',
  gol_reference: 'errFieldGol',
  decision: 'errFieldDecision',
  note: 'errFieldNote',
};

const isRead = (method: string) => method === 'GET' || method === 'HEAD';

// 403: the code is the same for every right withheld (ADR 0013), so the request and the role tell which.
function forbidden(e: ApiError): string {
  const { method, path } = e.request;
  if (path === '/api/v1/session') return t('errOtherSite'); // sign-in refuses only a page of another site
  if (!isRead(method)) return t('errMayNotChange'); // a role that may only read, or a stale CSRF token
  const me = signedInUser();
  const role = me?.role ?? '';
  const gratification = path === '/api/v1/reports/gratification' || path === '/api/v1/register';
  const entries = path.startsWith('/api/v1/register/') || path.startsWith('/api/v1/exports/register.');
  if ((gratification || entries) && !seesGratification(role)) return t('errGratificationRole');
  if (entries && !seesRegisterEntries(role)) return t('errRegisterEntriesRole');
  const own = me?.units.find((u) => u.code === me.unit);
  return own ? t('errOwnUnits', `${own.name} (${own.code})`) : t('errOwnUnitsOnly');
}

function refusedValue(e: ApiError): string {
  const { path } = e.request;
  const f = e.field;
  if (path === '/api/v1/session' && (f === 'username' || f === 'password')) return t('errSignInMissing');
  if (path.startsWith('/api/v1/register/') && f === 'action') return t('errRegisterAction');
  if (/\/publications$/.test(path) && f === 'period') return t('errNothingToPublish');
  const label = FIELD_LABELS[f];
  const name = label ? t(label) : f;
  if (!name) return t('errRefusedRequest');
  const hint = FIELD_HINTS[f];
  return hint ? `${t('errField', name)} ${t(hint)}` : `${t('errField', name)} ${t('errFieldCheck')}`;
}

function throttled(e: ApiError): string {
  if (e.retryAfterSeconds === null) return t('errThrottledNoTime');
  const minutes = Math.max(1, Math.ceil(e.retryAfterSeconds / 60));
  return minutes === 1 ? t('errThrottledMinute') : t('errThrottled', minutes);
}

// A code this page does not know: said by its HTTP status (apierror.h: "treat by HTTP status").
function byStatus(e: ApiError): string {
  if (e.status === 401) return e.request.path === '/api/v1/session' ? t('errWrongPassword') : t('errSessionEnded');
  if (e.status === 403) return forbidden(e);
  if (e.status === 404) return t('errNotFound');
  if (e.status === 429) return throttled(e);
  if (e.status >= 500) return t('errServer');
  return t('errRefusedStatus', e.status);
}

function said(e: ApiError): string {
  switch (e.code) {
    case 'network': return t('errNetwork');
    case 'not_suara': return t('errNotSuara', e.status || '–');
    case 'unauthorized': return byStatus(e);
    case 'forbidden': return forbidden(e);
    case 'not_found': return t('errNotFound');
    case 'evidence_not_received': return t('regEvidenceNotReceived');
    case 'invalid_field': return refusedValue(e);
    case 'unknown_field': return t('errUnknownField', e.field ? t(FIELD_LABELS[e.field] ?? (e.field as Key)) : '–');
    case 'malformed_json':
    case 'bad_request':
    case 'unsupported_media_type':
    case 'method_not_allowed': return t('errPageOutdated');
    case 'payload_too_large': return t('errTooLarge');
    case 'too_many_requests': return throttled(e);
    case 'internal': return t('errServer');
    case 'unavailable':
    case 'shutting_down': return t('errUnavailable');
    default: return `${byStatus(e)} ${t('errDetail', e.message || e.code)}`;
  }
}

// The words for any failure of a request (or of the page itself), in the page's language.
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return said(e);
  return `${t('errPage')} ${t('errDetail', e instanceof Error ? e.message : String(e))}`;
}
