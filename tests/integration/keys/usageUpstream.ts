// A small stand-in for Lusha's account-usage endpoints on 127.0.0.1, so key tests exercise the real
// Lusha client over real HTTP. Each key gets a scripted answer; unknown keys are valid with credits.
// Error answers quote the key back, as careless servers do, to prove the masking downstream.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type UsageScript = 'valid' | 'no_credits' | 'invalid' | 'inactive' | 'server_error';

export interface UsageUpstream {
  baseUrl: string;
  script: Map<string, UsageScript>;
  /** Every api_key header received, to check which key was used. */
  seenKeys: string[];
  close(): Promise<void>;
}

function answer(script: UsageScript, key: string): { status: number; body: unknown } {
  switch (script) {
    case 'valid':
      return { status: 200, body: { credits: { total: 40, used: 2, remaining: 38 } } };
    case 'no_credits':
      return { status: 200, body: { credits: { total: 40, used: 40, remaining: 0 } } };
    case 'invalid':
      return { status: 401, body: { statusCode: 401, message: `Invalid API key ${key}` } };
    case 'inactive':
      return { status: 403, body: { statusCode: 403, message: `Account for ${key} is not active` } };
    case 'server_error':
      return { status: 503, body: { statusCode: 503, message: 'Service unavailable' } };
  }
}

export async function startUsageUpstream(): Promise<UsageUpstream> {
  const script = new Map<string, UsageScript>();
  const seenKeys: string[] = [];
  const server = http.createServer((req, res) => {
    const key = String(req.headers.api_key ?? '');
    seenKeys.push(key);
    const reply =
      req.url === '/v3/account/usage'
        ? answer(script.get(key) ?? 'valid', key)
        : { status: 404, body: { statusCode: 404, message: 'Not found' } };
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    script,
    seenKeys,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
