// Builds window.api from the contract over any transport: ipcRenderer in the preload, a Playwright
// binding in the end-to-end tests. Only the transport differs, so the renderer cannot tell them apart.
import { channelName, contract } from './contract';
import type { Contract, Domain, Envelope, EventName, Events, Method, RequestOf, ResponseOf } from './contract';

export interface Transport {
  invoke(channel: string, request: unknown): Promise<unknown>;
  /** Subscribes to one event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

type DomainApi<D extends Domain> = {
  [M in Method<D>]: RequestOf<D, M> extends undefined | void
    ? (request?: RequestOf<D, M>) => Promise<ResponseOf<D, M>>
    : (request: RequestOf<D, M>) => Promise<ResponseOf<D, M>>;
};

export type Api = { [D in Domain]: DomainApi<D> } & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};

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

export function createApi(transport: Transport): Api {
  const api: Record<string, unknown> = {
    on: (event: string, listener: (payload: unknown) => void) => transport.on(event, listener),
  };
  for (const domain of Object.keys(contract) as (keyof Contract)[]) {
    const methods: Record<string, (request?: unknown) => Promise<unknown>> = {};
    for (const method of Object.keys(contract[domain])) {
      const name = channelName(domain, method);
      methods[method] = async (request) => {
        const envelope = (await transport.invoke(name, request ?? {})) as Envelope<unknown>;
        if (envelope.ok) return envelope.value;
        throw new ApiError(envelope.error.code, envelope.error.message);
      };
    }
    api[domain] = methods;
  }
  return api as Api;
}
