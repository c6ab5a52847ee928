import { describe, expect, it } from 'vitest';
import { createLushaClient, DEFAULT_BASE_URL, resolveBaseUrl } from '../../../electron/lusha/client';
import { urlOf } from '../../../electron/lusha/transport';

const KEY = 'sk-live-secret-9f8e7d6c5b4a';

/** A fetch that answers every request with one canned response. */
const answering = (status: number, body: string) =>
  (async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;

describe('base URL', () => {
  it('defaults to Lusha, lets the setting override it and LUSHA_BASE_URL override both', () => {
    expect(resolveBaseUrl(undefined, {})).toBe(DEFAULT_BASE_URL);
    expect(resolveBaseUrl('https://proxy.corp.test/lusha/', {})).toBe('https://proxy.corp.test/lusha');
    expect(resolveBaseUrl('https://proxy.corp.test', { LUSHA_BASE_URL: 'http://127.0.0.1:4010' })).toBe('http://127.0.0.1:4010');
    expect(resolveBaseUrl('  ', { LUSHA_BASE_URL: '' })).toBe(DEFAULT_BASE_URL);
  });

  it('refuses anything but http(s) with a message that says where the address came from', () => {
    expect(() => resolveBaseUrl('ftp://x.test', {})).toThrow('The Lusha base URL setting is not an http(s) address: "ftp://x.test"');
    expect(() => resolveBaseUrl('https://ok.test', { LUSHA_BASE_URL: 'not a url' })).toThrow(
      'The LUSHA_BASE_URL environment variable is not an http(s) address: "not a url". Fix it or remove it to use https://api.lusha.com.',
    );
  });

  it('keeps a proxy path prefix when joining', () => {
    expect(
      urlOf('https://proxy.test/lusha/', { method: 'GET', path: '/v2/person', query: new URLSearchParams({ email: 'a@b.test' }) }),
    ).toBe('https://proxy.test/lusha/v2/person?email=a%40b.test');
  });
});

describe('secrets', () => {
  it('masks the key when an error message echoes it', async () => {
    const client = createLushaClient({ fetch: answering(401, JSON.stringify({ statusCode: 401, message: `Invalid API key ${KEY}` })) });
    const out = await client.usage({ apiKey: KEY, baseUrl: 'http://lusha.test', apiVersion: 'v2' });
    expect(out.ok).toBe(false);
    expect(JSON.stringify(out)).not.toContain(KEY);
    expect(!out.ok && out.error.message).toBe(`Invalid API key …${KEY.slice(-4)}`);
  });

  it('masks the key in transport failures too', async () => {
    const failing = (async () => {
      throw new TypeError(`fetch failed for ${KEY}`);
    }) as typeof fetch;
    const out = await createLushaClient({ fetch: failing }).usage({ apiKey: KEY, baseUrl: 'http://lusha.test' });
    expect(!out.ok && out.error).toMatchObject({ kind: 'network' });
    expect(JSON.stringify(out)).not.toContain(KEY);
  });
});

describe('bulk size', () => {
  it('refuses 0 or more than 100 contacts before sending anything', async () => {
    let sent = 0;
    const client = createLushaClient({
      fetch: (async () => {
        sent++;
        return new Response('{}');
      }) as typeof fetch,
    });
    const target = { apiKey: KEY, baseUrl: 'http://lusha.test' };
    const reveal = { phones: true, emails: false };
    await expect(client.enrich(target, [], reveal)).rejects.toThrow(RangeError);
    const many = Array.from({ length: 101 }, (_, i) => ({ ref: String(i), query: { email: `${i}@x.test` } }));
    await expect(client.enrich(target, many, reveal)).rejects.toThrow(RangeError);
    expect(sent).toBe(0);
  });
});
