// Requests to the test server as one user (basic auth), for tests of the server-side rules.
export interface CouchReply { status: number; body: Record<string, unknown> }

export function couchAs(base: string, name: string, password: string) {
  const authorization = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
  return async (method: string, path: string, body?: unknown): Promise<CouchReply> => {
    const res = await fetch(`${base}/${path}`, {
      method,
      headers: { authorization, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) as Record<string, unknown> : {} };
  };
}
