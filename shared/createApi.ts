// window.api in two layers, both built from the contract:
//  - buildBridge(transport): named functions that resolve to Envelopes. This is what crosses the
//    context bridge (preload) or the Playwright binding (e2e). Only data crosses: contextBridge would
//    strip the `code` of a thrown Error, an Envelope keeps it.
//  - createApi(bridge): what the renderer calls; unwraps Envelopes and throws ApiError.
import { channelName, contract } from './contract';
import type { Contract, Domain, Envelope, EventName, Events, Method, RequestOf, ResponseOf } from './contract';

export interface Transport {
  invoke(channel: string, request: unknown): Promise<unknown>;
  /** Subscribes to one event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

// A channel whose schema accepts undefined (e.g. `z.object({}).optional()`) may be called without one.
type Call<D extends Domain, M extends Method<D>, R> =
  undefined extends RequestOf<D, M> ? (request?: RequestOf<D, M>) => Promise<R> : (request: RequestOf<D, M>) => Promise<R>;

type Subscribe = { on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void };

export type Bridge = { [D in Domain]: { [M in Method<D>]: Call<D, M, Envelope<ResponseOf<D, M>>> } } & Subscribe;
export type Api = { [D in Domain]: { [M in Method<D>]: Call<D, M, ResponseOf<D, M>> } } & Subscribe;

/** An error raised by a main-process handler, with its machine-readable code intact. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type AnyCall = (request?: unknown) => Promise<unknown>;

/** Builds one object per domain with one function per channel, from the contract's keys. */
function mapContract(make: (domain: string, method: string) => AnyCall): Record<string, Record<string, AnyCall>> {
  const out: Record<string, Record<string, AnyCall>> = {};
  for (const domain of Object.keys(contract) as (keyof Contract)[]) {
    out[domain] = Object.fromEntries(Object.keys(contract[domain]).map((m) => [m, make(domain, m)]));
  }
  return out;
}

export function buildBridge(transport: Transport): Bridge {
  const domains = mapContract((domain, method) => {
    const name = channelName(domain, method);
    return (request) => transport.invoke(name, request ?? {});
  });
  return { ...domains, on: (event: string, listener: (p: unknown) => void) => transport.on(event, listener) } as Bridge;
}

export function createApi(bridge: Bridge): Api {
  const raw = bridge as unknown as Record<string, Record<string, AnyCall>>;
  const domains = mapContract((domain, method) => async (request) => {
    const envelope = (await raw[domain][method](request)) as Envelope<unknown>;
    if (envelope.ok) return envelope.value;
    throw new ApiError(envelope.error.code, envelope.error.message);
  });
  return { ...domains, on: bridge.on } as Api;
}
