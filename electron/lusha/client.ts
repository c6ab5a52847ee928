// The Lusha client: one call → one classified CallOutcome. It neither retries nor rotates keys (the
// engine does both); the only second request it makes on its own is V3 → V2 when V3 answers 403
// "not enabled", and it reports the version that answered so the caller can remember it per key.
import { AppError } from '../app/errors';
import { exchange, type HttpRequest, type TransportOptions } from './transport';
import { parseUsageV2, parseUsageV3, parseV2Bulk, parseV2Single, parseV3 } from './parse';
import { v2BulkBody, v2SingleQuery, v3Body } from './requests';
import type { ApiVersion, CallOutcome, CallTarget, ContactRequest, ContactResult, EnrichResponse, Reveal, UsageResponse } from './types';

export const DEFAULT_BASE_URL = 'https://api.lusha.com';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_BULK_CONTACTS = 100;

/** LUSHA_BASE_URL beats the setting so a proxy or test server can be imposed without touching the profile. */
export function resolveBaseUrl(setting?: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.LUSHA_BASE_URL?.trim();
  const chosen = fromEnv || setting?.trim() || DEFAULT_BASE_URL;
  if (!isHttpUrl(chosen)) {
    const source = fromEnv ? 'The LUSHA_BASE_URL environment variable' : 'The Lusha base URL setting';
    throw new AppError(
      'invalid_base_url',
      `${source} is not an http(s) address: "${chosen}". Fix it or remove it to use ${DEFAULT_BASE_URL}.`,
    );
  }
  return chosen.replace(/\/+$/, '');
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export interface LushaClientOptions {
  /** Per-call timeout unless the CallTarget sets its own. Default 30 s. */
  timeoutMs?: number;
  /** Defaults to Node's global fetch (undici, keep-alive pooled). */
  fetch?: typeof fetch;
}

export interface LushaClient {
  /** Bulk enrichment of 1..100 contacts: V3 search-and-enrich, or V2 bulk for V2 keys / on fallback. */
  enrich(target: CallTarget, contacts: ContactRequest[], reveal: Reveal): Promise<CallOutcome<EnrichResponse>>;
  /** One person through V2 `GET /v2/person`; 404 and 451 come back as that person's result. */
  enrichOne(target: CallTarget, contact: ContactRequest, reveal: Reveal): Promise<CallOutcome<EnrichResponse>>;
  /** Credits and limits; costs no credit. V3 first, V2 `/account/usage` for V2 keys / on fallback. */
  usage(target: CallTarget): Promise<CallOutcome<UsageResponse>>;
}

const isV3NotEnabled = (o: CallOutcome<unknown>) => !o.ok && o.error.forbiddenReason === 'v3_not_enabled';

/** Tags an error with the version that gave it, so a failed V2 fallback still teaches the caller. */
const tagged = <T>(o: CallOutcome<T>, apiVersion: ApiVersion): CallOutcome<T> => (o.ok ? o : { ...o, error: { ...o.error, apiVersion } });

const single = (result: ContactResult): EnrichResponse => ({ results: [result], apiVersion: 'v2', creditsCharged: result.charged ? 1 : 0 });

export function createLushaClient(options: LushaClientOptions = {}): LushaClient {
  const transport: TransportOptions = { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, fetch: options.fetch ?? globalThis.fetch };

  const send = async <T>(target: CallTarget, req: HttpRequest, read: (body: unknown) => T, version: ApiVersion) =>
    tagged(await exchange(target, req, read, transport), version);

  /** Runs V3 unless the key is known to be V2, falling back once when V3 is not enabled. */
  const withFallback = async <T>(target: CallTarget, v3: () => Promise<CallOutcome<T>>, v2: () => Promise<CallOutcome<T>>) => {
    if (target.apiVersion === 'v2') return v2();
    const first = await v3();
    return isV3NotEnabled(first) ? v2() : first;
  };

  const enrichV3 = (target: CallTarget, contacts: ContactRequest[], reveal: Reveal) => {
    const refs = contacts.map((c) => c.ref);
    const req: HttpRequest = { method: 'POST', path: '/v3/contacts/search-and-enrich', body: v3Body(contacts, reveal) };
    return send(target, req, (body): EnrichResponse => ({ ...parseV3(body, refs), apiVersion: 'v3' }), 'v3');
  };

  const enrichV2 = (target: CallTarget, contacts: ContactRequest[], reveal: Reveal) => {
    const refs = contacts.map((c) => c.ref);
    const req: HttpRequest = { method: 'POST', path: '/v2/person', body: v2BulkBody(contacts, reveal) };
    return send(target, req, (body): EnrichResponse => ({ ...parseV2Bulk(body, refs), apiVersion: 'v2' }), 'v2');
  };

  return {
    async enrich(target, contacts, reveal) {
      if (contacts.length < 1 || contacts.length > MAX_BULK_CONTACTS) {
        throw new RangeError(`A bulk request takes 1..${MAX_BULK_CONTACTS} contacts, got ${contacts.length}`);
      }
      return withFallback(
        target,
        () => enrichV3(target, contacts, reveal),
        () => enrichV2(target, contacts, reveal),
      );
    },

    async enrichOne(target, contact, reveal) {
      const req: HttpRequest = { method: 'GET', path: '/v2/person', query: v2SingleQuery(contact, reveal) };
      const out = await send(target, req, (body) => single(parseV2Single(body, contact.ref)), 'v2');
      if (out.ok) return out;
      const { kind, message } = out.error;
      // Single-person 404 and 451 are about this person, not the key.
      if (kind === 'not_found')
        return { ok: true, value: single({ ref: contact.ref, outcome: 'not_found', charged: false, message }), headers: out.headers };
      if (kind === 'compliance') {
        return {
          ok: true,
          value: single({ ref: contact.ref, outcome: 'error', charged: false, code: 'compliance', message }),
          headers: out.headers,
        };
      }
      return out;
    },

    usage(target) {
      return withFallback(
        target,
        () => send(target, { method: 'GET', path: '/v3/account/usage' }, parseUsageV3, 'v3'),
        () => send(target, { method: 'GET', path: '/account/usage' }, parseUsageV2, 'v2'),
      );
    },
  };
}
