// The dashboard's only way to the server: GET and POST against /api with the token, when one was given, as a
// bearer header. A 401 asks for the token (kept for this browser tab only).
const TOKEN_KEY = 'dyad-token';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export function token(): string | null {
  try { return sessionStorage.getItem(TOKEN_KEY); } catch { return null; }
}

export function setToken(t: string | null): void {
  try { if (t) sessionStorage.setItem(TOKEN_KEY, t); else sessionStorage.removeItem(TOKEN_KEY); } catch { /* storage off */ }
}

export type Params = Record<string, string | number | null | undefined>;

/** Relative to the page, so the dashboard works under any path prefix. */
export function apiUrl(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `api/${path}${s ? `?${s}` : ''}`;
}

export async function get<T>(path: string, params: Params = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const t = token();
  if (t) headers.authorization = `Bearer ${t}`;
  const res = await fetch(apiUrl(path, params), { headers });
  const body = await res.json().catch(() => null) as { code?: string; message?: string } | null;
  if (!res.ok) throw new ApiError(res.status, body?.code ?? 'DYAD_ERR_INTERNAL', body?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}
