// Turns a raw (channel, request) pair from any transport into a validated handler call and an
// Envelope. Every transport goes through here, so validation and error redaction happen once.
import { ZodError } from 'zod';
import { contract } from '@shared/contract';
import type { Contract, Domain, Envelope, Method, ParsedRequestOf, ResponseOf } from '@shared/contract';
import { isAppError } from '../app/errors';
import type { Logger } from '../app/logger';

export type HandlerTable = {
  [D in Domain]: {
    [M in Method<D>]: (request: ParsedRequestOf<D, M>) => Promise<ResponseOf<D, M>> | ResponseOf<D, M>;
  };
};

export type Dispatch = (channel: string, request: unknown) => Promise<Envelope<unknown>>;

export function createDispatcher(handlers: HandlerTable, logger: Logger): Dispatch {
  return async (channel, request) => {
    const [domain, method] = channel.split('.') as [Domain, string];
    const spec = (contract as Contract)[domain]?.[method as never] as { req: { parse(v: unknown): unknown } } | undefined;
    const handler = (handlers[domain] as Record<string, (r: unknown) => unknown> | undefined)?.[method];
    if (!spec || !handler) return fail('unknown_channel', `Unknown channel "${channel}".`);
    try {
      const parsed = spec.req.parse(request);
      return { ok: true, value: await handler(parsed) };
    } catch (error) {
      if (error instanceof ZodError) {
        return fail('invalid_request', `Invalid request for ${channel}: ${error.issues.map((i) => i.message).join('; ')}`);
      }
      if (isAppError(error)) return fail(error.code, error.message);
      logger.error(`handler ${channel} failed`, error);
      return fail('internal', 'Something went wrong inside EnrichDesk. Details are in the log.');
    }
  };
}

const fail = (code: string, message: string): Envelope<never> => ({ ok: false, error: { code, message } });
