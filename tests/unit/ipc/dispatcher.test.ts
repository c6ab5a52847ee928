import { describe, expect, it } from 'vitest';
import { createDispatcher, type HandlerTable } from '../../../electron/ipc/dispatcher';
import { AppError } from '../../../electron/app/errors';
import type { Logger } from '../../../electron/app/logger';

function recordingLogger() {
  const lines: string[] = [];
  const logger: Logger = {
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
  };
  return { logger, lines };
}

const sheetsThatThrow = (error: unknown) =>
  ({
    app: { info: () => ({ version: '1', profileDir: '/p', platform: 'linux' }) },
    sheets: {
      rename: () => {
        throw error;
      },
    },
  }) as unknown as HandlerTable;

describe('dispatcher', () => {
  it('answers a valid request with the handler value', async () => {
    const dispatch = createDispatcher(sheetsThatThrow(null), recordingLogger().logger);
    expect(await dispatch('app.info', {})).toEqual({ ok: true, value: { version: '1', profileDir: '/p', platform: 'linux' } });
  });

  it('refuses unknown channels', async () => {
    const dispatch = createDispatcher(sheetsThatThrow(null), recordingLogger().logger);
    const answer = await dispatch('fs.readFile', { path: '/etc/passwd' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses requests that do not match the contract schema, before the handler runs', async () => {
    const dispatch = createDispatcher(sheetsThatThrow(new Error('must not run')), recordingLogger().logger);
    const answer = await dispatch('sheets.rename', { sheetId: -1, name: '' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await dispatch('sheets.rename', { sheetId: 1, name: 'x', extra: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });

  it('passes AppError codes and messages through', async () => {
    const dispatch = createDispatcher(
      sheetsThatThrow(new AppError('sheet_not_found', 'That sheet no longer exists.')),
      recordingLogger().logger,
    );
    expect(await dispatch('sheets.rename', { sheetId: 1, name: 'x' })).toEqual({
      ok: false,
      error: { code: 'sheet_not_found', message: 'That sheet no longer exists.' },
    });
  });

  it('hides unexpected errors from the renderer and logs them instead', async () => {
    const { logger, lines } = recordingLogger();
    const dispatch = createDispatcher(sheetsThatThrow(new Error('SQLITE_CORRUPT at /home/u/secret/path')), logger);
    const answer = await dispatch('sheets.rename', { sheetId: 1, name: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(answer)).not.toContain('secret/path');
    expect(lines.join('\n')).toContain('sheets.rename');
  });
});
