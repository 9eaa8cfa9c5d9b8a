// Every call of the page goes through here: the session cookie rides along by itself (HttpOnly, the
// page never sees it); changes carry the session's CSRF token; every refusal becomes an ApiError with
// the API's own error.message, so no panel is ever left blank.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

let onSignedOut: () => void = () => {};
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

// A non-JSON or non-Suara answer (a proxy's HTML page) is an error too, never data.
export async function errorFrom(response: Response): Promise<ApiError> {
  let code = 'http_' + response.status;
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.message) {
      code = body.error.code ?? code;
      message = body.error.message;
    }
  } catch {
    // keep the status line as the message
  }
  return new ApiError(response.status, code, message);
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
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  });
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await request(method, path, body);
  if (!response.ok) {
    const error = await errorFrom(response);
    if (response.status === 401 && path !== '/api/v1/session') onSignedOut();
    throw error;
  }
  if (response.headers.get('X-Suara-Protocol') !== '1')
    throw new ApiError(response.status, 'not_suara', 'the answer did not come from suara-server');
  return (await response.json()) as T;
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
