// Every call of the page goes through here: the session cookie rides along by itself (HttpOnly, the
// page never sees it); changes carry the session's CSRF token; every refusal becomes an ApiError that
// keeps what errors.ts needs to say it in the page's language: the request (method and path), the HTTP
// status, the API's code and field, the Retry-After of a 429, and the server's own (English) message,
// which is only ever a detail.

export class ApiError extends Error {
  constructor(
    readonly status: number, // 0: no answer at all
    readonly code: string, // the protocol's code (protocol §1); 'network' or 'not_suara' from this page
    message: string, // the server's words, for people who read English and logs; never the page's words
    readonly request: { method: string; path: string } = { method: 'GET', path: '' },
    readonly field = '',
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

let onSignedOut: (why: ApiError) => void = () => {};
export function whenSignedOut(handler: (why: ApiError) => void): void {
  onSignedOut = handler;
}

function pathOf(url: string): string {
  try {
    return new URL(url, location.href).pathname;
  } catch {
    return url;
  }
}

// A non-JSON or non-Suara answer (a proxy's HTML page) is an error too, never data: `not_suara`.
export async function errorFrom(response: Response, method = 'GET', path = pathOf(response.url)): Promise<ApiError> {
  const seconds = Number(response.headers.get('Retry-After') ?? '');
  const retryAfter = Number.isFinite(seconds) && seconds > 0 ? seconds : null;
  let code = 'not_suara';
  let message = `${response.status} ${response.statusText}`;
  let field = '';
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; field?: string } };
    if (typeof body.error?.code === 'string') {
      code = body.error.code;
      message = body.error.message ?? '';
      field = body.error.field ?? '';
    }
  } catch {
    // keep the status line as the detail
  }
  return new ApiError(response.status, code, message, { method, path }, field, retryAfter);
}

// A failed answer: a 401 anywhere but at sign-in itself means the session has ended, so the page goes
// back to the sign-in form and says why.
export async function failure(response: Response, method: string, path: string): Promise<ApiError> {
  const error = await errorFrom(response, method, pathOf(path));
  if (response.status === 401 && pathOf(path) !== '/api/v1/session') onSignedOut(error);
  return error;
}

export function request(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'X-Requested-With': 'suara-dashboard', Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  }).catch((e: unknown) => {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e), { method, path: pathOf(path) });
  });
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await request(method, path, body);
  if (!response.ok) throw await failure(response, method, path);
  const notSuara = (detail: string) => new ApiError(response.status, 'not_suara', detail, { method, path: pathOf(path) });
  if (response.headers.get('X-Suara-Protocol') !== '1') throw notSuara('the answer did not come from suara-server');
  try {
    return (await response.json()) as T;
  } catch (e) {
    throw notSuara(e instanceof Error ? e.message : String(e));
  }
}

export const get = <T>(path: string) => call<T>('GET', path);

export interface UnitRef {
  code: string;
  name: string;
}

export interface Me {
  username: string;
  role: string;
  unit: string | null;
  units: UnitRef[];
  csrf_token?: string;
  expires_at?: string;
}
