import { describe, expect, it } from 'vitest';
import { LONG_RUN_MS, runNotice } from '../../../electron/app/runNotice';
import type { RunFinished, RunSummary } from '@shared/domain';

const run: RunSummary = {
  id: 1,
  sheetId: 2,
  sheetName: 'prospects',
  kind: 'phones',
  state: 'done',
  rowsAsked: 10,
  pending: 0,
  message: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  endedAt: '2026-01-01T00:01:00.000Z',
  found: 8,
  notFound: 2,
  failed: 0,
  skipped: 0,
  credits: 8,
  calls: 1,
};
const finished = (durationMs: number): RunFinished => ({
  run,
  toast: 'Phones: 8 found · 2 not found · 0 failed',
  tone: 'success',
  durationMs,
  stopCode: null,
});

describe('runNotice', () => {
  it('speaks up for a long run that ends while the window is unfocused, with the toast line', () => {
    expect(runNotice(finished(LONG_RUN_MS + 1), false)).toEqual({
      title: 'EnrichDesk — prospects',
      body: 'Phones: 8 found · 2 not found · 0 failed',
    });
  });

  it('stays quiet for short runs and while the user is looking at the window', () => {
    expect(runNotice(finished(LONG_RUN_MS), false)).toBeNull();
    expect(runNotice(finished(LONG_RUN_MS * 10), true)).toBeNull();
  });
});
