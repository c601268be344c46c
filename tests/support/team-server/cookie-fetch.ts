// A fetch over node:http with a cookie jar, for unit tests of team sync: the browser would keep CouchDB's
// AuthSession cookie itself (and needs no CORS with its host permission); happy-dom's fetch enforces CORS.
import { request } from 'node:http';

export interface CookieFetch {
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  cookies: Map<string, string>;
  /** Requests sent, with whether they carried basic auth (the test checks none did). */
  log: { method: string; path: string; basicAuth: boolean }[];
}

export function cookieFetch(): CookieFetch {
  const cookies = new Map<string, string>();
  const log: CookieFetch['log'] = [];
  const doFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const headers: Record<string, string> = {};
    new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined)).forEach((value, key) => { headers[key] = value; });
    if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const method = init.method ?? 'GET';
    log.push({ method, path: url.pathname, basicAuth: /^basic /i.test(headers.authorization ?? '') });
    let body: string | Uint8Array | undefined;
    if (typeof init.body === 'string') body = init.body;
    else if (init.body instanceof Uint8Array) body = init.body;
    else if (init.body != null) body = new Uint8Array(await new Response(init.body as BodyInit).arrayBuffer());
    return new Promise<Response>((resolve, reject) => {
      const req = request(url, { method, headers }, (res) => {
        for (const line of res.headers['set-cookie'] ?? []) {
          const [pair] = line.split(';');
          const at = pair!.indexOf('=');
          const name = pair!.slice(0, at).trim();
          const value = pair!.slice(at + 1).trim();
          if (value) cookies.set(name, value); else cookies.delete(name);
        }
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const out = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') out.set(k, v);
          const status = res.statusCode ?? 500;
          const payload = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(payload, { status, headers: out }));
        });
        res.on('error', reject);
      });
      req.on('error', (err) => reject(new TypeError(`Failed to fetch: ${err.message}`)));
      if (init.signal) init.signal.addEventListener('abort', () => req.destroy(new Error('aborted')));
      if (body !== undefined) req.write(body);
      req.end();
    });
  };
  return { fetch: doFetch, cookies, log };
}
