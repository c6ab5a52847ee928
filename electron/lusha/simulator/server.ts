// The Lusha simulator's HTTP face: node:http on 127.0.0.1, the five Lusha endpoints, faults applied
// before the truth. Plain Node (no electron), so tests, benchmarks, the CLI and the app's sandbox mode
// all run the same server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AccountBook,
  DEFAULT_LIMITS,
  quotaRejection,
  rateHeaders,
  type Account,
  type AccountSpec,
  type Endpoint,
  type KeyRecord,
  type KeySpec,
  type KeyState,
  type Rejection,
} from './accounts';
import { createDirectory, type Directory } from './directory';
import { enrichAll, type Finding } from './enrichment';
import { FaultBook, type FaultKind, type FaultPlan, type FaultScope } from './faults';
import { MESSAGES } from './messages';
import { errorBody, usageV2Body, usageV3Body, v2BulkBody, v2SingleBody, v3Body } from './shapes';
import { StatsRecorder, type SimulatorStats } from './stats';
import { parseV2Bulk, parseV2Single, parseV3, type EnrichRequest } from './wire';

export interface SimulatorOptions {
  /** 0 (default) picks a free port. The server only ever listens on 127.0.0.1. */
  port?: number;
  /** Seeds the directory and, unless a plan has its own seed, the faults. */
  seed?: number;
  directorySize?: number;
  /** The clock for rate windows (ms since epoch); tests inject one to move time. Latency uses real time. */
  now?: () => number;
  accounts?: AccountSpec[];
  keys?: KeySpec[];
  faults?: FaultPlan;
}

export interface Simulator {
  readonly url: string;
  readonly port: number;
  readonly directory: Directory;
  addAccount(spec: AccountSpec): void;
  updateAccount(id: string, patch: Partial<Omit<AccountSpec, 'id'>>): void;
  addKey(spec: KeySpec): void;
  setKeyState(key: string, state: KeyState): void;
  keys(): KeySpec[];
  /** Sets (or with null clears) the fault plan of the whole server, an account or a key. */
  setFaults(plan: FaultPlan | null, scope?: FaultScope): void;
  stats(): SimulatorStats;
  /** Clears usage, credits spent, stats and faults; accounts and keys stay. */
  reset(): void;
  close(): Promise<void>;
}

type Reply =
  { kind: 'json'; status: number; body: unknown } | { kind: 'text'; status: number; text: string } | { kind: 'hang' } | { kind: 'reset' };

const ROUTES: Record<string, Endpoint> = {
  'GET /v2/person': 'v2_single',
  'POST /v2/person': 'v2_bulk',
  'POST /v3/contacts/search-and-enrich': 'v3_enrich',
  'GET /account/usage': 'v2_usage',
  'GET /v3/account/usage': 'v3_usage',
};

const json = (status: number, body: unknown): Reply => ({ kind: 'json', status, body });
const refuse = (r: Pick<Rejection, 'status' | 'message'>): Reply => json(r.status, errorBody(r.status, r.message));
const isRejection = (v: object): v is Rejection => 'status' in v && 'reason' in v;

const STATUS_FAULTS: Partial<Record<FaultKind, [number, string]>> = {
  rate_burst: [429, MESSAGES.burst],
  trial_spent: [429, MESSAGES.trial],
  no_credits: [402, MESSAGES.noCredits],
  invalid_key: [401, MESSAGES.invalidKey],
  forbidden_inactive: [403, MESSAGES.accountInactive],
  forbidden_reveal: [403, MESSAGES.revealNotOnPlan],
  forbidden_v3: [403, MESSAGES.v3NotEnabled],
  forbidden_other: [403, MESSAGES.subscriptionLimit],
  bad_request_400: [400, MESSAGES.badRequest],
  not_found_404: [404, MESSAGES.notFound],
  bad_request_412: [412, MESSAGES.badFullName],
  compliance_451: [451, MESSAGES.gdpr],
  timeout_499: [499, MESSAGES.requestTimeout],
  server_500: [500, MESSAGES.serverError],
  server_502: [502, MESSAGES.badGateway],
  server_503: [503, MESSAGES.unavailable],
};

function faultReply(kind: FaultKind, account: Account | undefined, now: number): Reply {
  const status = STATUS_FAULTS[kind];
  if (status) return refuse({ status: status[0], message: status[1] });
  switch (kind) {
    case 'quota_hourly':
    case 'quota_daily':
      return refuse(quotaRejection(kind === 'quota_hourly' ? 'hourly' : 'daily', account?.limits ?? DEFAULT_LIMITS, now));
    case 'malformed':
      return { kind: 'text', status: 200, text: '{"contacts": {"1": {"error": null, "data": {"firstName": "Ja' };
    case 'hang':
    case 'reset':
      return { kind };
  }
  throw new Error(`Unhandled fault ${kind}`);
}

/** Key and account checks every endpoint makes before it looks at the request. */
const INVALID_KEY: Rejection = { status: 401, message: MESSAGES.invalidKey, reason: 'invalid_key' };

function gate(record: KeyRecord, endpoint: Endpoint, now: number): Rejection | undefined {
  if (record.state === 'invalid') return INVALID_KEY;
  if (record.state === 'blocked') return { status: 403, message: MESSAGES.keyBlocked, reason: 'key_blocked' };
  const { spec } = record.account;
  if (!spec.active) return { status: 403, message: MESSAGES.accountInactive, reason: 'forbidden_inactive' };
  if ((endpoint === 'v3_enrich' || endpoint === 'v3_usage') && !spec.v3Enabled)
    return { status: 403, message: MESSAGES.v3NotEnabled, reason: 'forbidden_v3' };
  return record.account.admit(endpoint, now);
}

const INVALID_JSON = Symbol('invalid json');

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return INVALID_JSON;
  }
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const directory = createDirectory({ seed, size: options.directorySize });
  const book = new AccountBook();
  const faults = new FaultBook(seed);
  let stats = new StatsRecorder();
  let requestCount = 0;
  options.accounts?.forEach((a) => book.addAccount(a));
  options.keys?.forEach((k) => book.addKey(k));
  if (options.faults) faults.set(options.faults);

  function readRequest(endpoint: Endpoint, url: URL, body: unknown): EnrichRequest | Rejection {
    if (endpoint === 'v2_single') return parseV2Single(url.searchParams);
    if (body === INVALID_JSON) return { status: 400, message: `${MESSAGES.badRequest}: body is not JSON`, reason: 'bad_request_400' };
    return endpoint === 'v2_bulk' ? parseV2Bulk(body) : parseV3(body);
  }

  function render(endpoint: Endpoint, refs: string[], findings: Finding[]): Reply {
    if (endpoint === 'v2_bulk') return json(200, v2BulkBody(refs, findings));
    if (endpoint === 'v3_enrich') return json(200, v3Body(`sim-${++requestCount}`, refs, findings));
    return findings[0].kind === 'gdpr' ? refuse({ status: 451, message: MESSAGES.gdpr }) : json(200, v2SingleBody(findings[0]));
  }

  /** The truthful answer to a request that passed the gate. */
  function answer(endpoint: Endpoint, record: KeyRecord, url: URL, body: unknown): Reply | Rejection {
    const { account } = record;
    if (endpoint === 'v2_usage') return json(200, usageV2Body(account));
    if (endpoint === 'v3_usage') return json(200, usageV3Body(account, now()));
    const request = readRequest(endpoint, url, body);
    if (isRejection(request)) return request;
    if (request.revealRequested && !account.spec.revealAllowed)
      return { status: 403, message: MESSAGES.revealNotOnPlan, reason: 'forbidden_reveal' };
    const findings = enrichAll(
      directory,
      request.items.map((i) => i.identity),
      request.wanted,
      account,
    );
    if (isRejection(findings)) return findings;
    const found = findings.flatMap((f) => (f.kind === 'found' ? [f] : []));
    stats.found(
      record.key,
      account.spec.id,
      found.length,
      found.reduce((sum, f) => sum + f.cost, 0),
    );
    return render(
      endpoint,
      request.items.map((i) => i.ref),
      findings,
    );
  }

  async function respond(req: http.IncomingMessage, url: URL, endpoint: Endpoint): Promise<{ reply: Reply; account?: Account }> {
    const key = typeof req.headers.api_key === 'string' ? req.headers.api_key : '';
    stats.call(key || '(none)', endpoint);
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    const record = book.resolve(key);
    // Only a valid key learns its account's counters from the headers.
    const account = record?.state === 'valid' ? record.account : undefined;
    const decision = faults.decide(endpoint, key, record?.account.spec.id);
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (decision.fault) {
      stats.rejected(decision.fault);
      return { reply: faultReply(decision.fault, account, now()), account };
    }
    const result = !record ? INVALID_KEY : (gate(record, endpoint, now()) ?? answer(endpoint, record, url, body));
    if (!isRejection(result)) return { reply: result, account };
    stats.rejected(result.reason);
    return { reply: refuse(result), account };
  }

  function deliver(res: http.ServerResponse, reply: Reply, account: Account | undefined): void {
    if (reply.kind === 'hang') return;
    if (reply.kind === 'reset') {
      res.socket?.destroy();
      return;
    }
    if (res.destroyed) return;
    const text = reply.kind === 'json' ? JSON.stringify(reply.body) : reply.text;
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...(account ? rateHeaders(account, now()) : {}) });
    res.end(text);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const endpoint = ROUTES[`${req.method} ${url.pathname}`];
    if (!endpoint) {
      deliver(res, refuse({ status: 404, message: `Cannot ${req.method} ${url.pathname}` }), undefined);
      return;
    }
    respond(req, url, endpoint).then(
      ({ reply, account }) => deliver(res, reply, account),
      (e: unknown) =>
        deliver(res, refuse({ status: 500, message: `Simulator error: ${e instanceof Error ? e.message : String(e)}` }), undefined),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    directory,
    addAccount: (spec) => book.addAccount(spec),
    updateAccount: (id, patch) => book.updateAccount(id, patch),
    addKey: (spec) => book.addKey(spec),
    setKeyState: (key, state) => book.setKeyState(key, state),
    keys: () => book.allKeys(),
    setFaults: (plan, scope) => faults.set(plan, scope),
    stats: () => stats.snapshot(book),
    reset() {
      book.resetUsage();
      faults.clear();
      stats = new StatsRecorder();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // Keep-alive sockets and hanging requests would hold close() open forever.
        server.closeAllConnections();
      }),
  };
}
