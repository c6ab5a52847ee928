import { describe, expect, it } from 'vitest';
import { ApiError, buildBridge, createApi, type Transport } from '@shared/createApi';
import { contract } from '@shared/contract';

function loopback(answer: (channel: string, request: unknown) => unknown) {
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, (p: unknown) => void>();
  const transport: Transport = {
    invoke: async (channel, request) => {
      calls.push([channel, request]);
      return answer(channel, request);
    },
    on: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { transport, calls, listeners };
}

describe('createApi', () => {
  it('exposes one function per contract channel, grouped by domain', () => {
    const api = createApi(buildBridge(loopback(() => ({ ok: true, value: null })).transport));
    for (const [domain, methods] of Object.entries(contract)) {
      for (const method of Object.keys(methods)) {
        expect(typeof (api as unknown as Record<string, Record<string, unknown>>)[domain][method]).toBe('function');
      }
    }
  });

  it('sends the channel name and request, and unwraps the value', async () => {
    const { transport, calls } = loopback(() => ({ ok: true, value: [{ id: 1 }] }));
    const api = createApi(buildBridge(transport));
    expect(await api.sheets.list()).toEqual([{ id: 1 }]);
    await api.sheets.rename({ sheetId: 3, name: 'Leads' });
    expect(calls).toEqual([
      ['sheets.list', {}],
      ['sheets.rename', { sheetId: 3, name: 'Leads' }],
    ]);
  });

  it('turns an error envelope into an ApiError that keeps its code', async () => {
    const api = createApi(
      buildBridge(loopback(() => ({ ok: false, error: { code: 'csv_empty', message: 'The file is empty.' } })).transport),
    );
    const error = await api.sheets.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'csv_empty', message: 'The file is empty.' });
  });

  it('subscribes and unsubscribes to events through the transport', () => {
    const { transport, listeners } = loopback(() => null);
    const api = createApi(buildBridge(transport));
    const seen: unknown[] = [];
    const off = api.on('sheets.importProgress', (p) => seen.push(p));
    listeners.get('sheets.importProgress')?.({ importId: 'a', rows: 1, bytes: 2, totalBytes: 3 });
    off();
    expect(seen).toHaveLength(1);
    expect(listeners.has('sheets.importProgress')).toBe(false);
  });
});
