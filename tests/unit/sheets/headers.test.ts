import { describe, expect, it } from 'vitest';
import { cleanHeaders } from '../../../electron/sheets/headers';

describe('cleanHeaders', () => {
  it('keeps good names, trimmed, without a BOM', () => {
    expect(cleanHeaders(['\ufeffEmail', ' Name ', 'Company'])).toEqual({ columns: ['Email', 'Name', 'Company'], warnings: [] });
  });

  it('names blank columns by position', () => {
    const { columns, warnings } = cleanHeaders(['Email', '', '  ', 'Name']);
    expect(columns).toEqual(['Email', 'Column 2', 'Column 3', 'Name']);
    expect(warnings).toEqual(['2 columns have no name and were named "Column 2", "Column 3".']);
  });

  it('numbers repeated names, case-insensitively', () => {
    const { columns, warnings } = cleanHeaders(['Email', 'email', 'Email', 'Name']);
    expect(columns).toEqual(['Email', 'email (2)', 'Email (3)', 'Name']);
    expect(warnings).toEqual(['2 column names are repeated; renamed to "email (2)", "Email (3)".']);
  });

  it('never produces a name that is already taken', () => {
    expect(cleanHeaders(['Email', 'Email', 'Email (2)', '', 'Column 4']).columns).toEqual([
      'Email',
      'Email (3)',
      'Email (2)',
      'Column 4 (2)',
      'Column 4',
    ]);
  });

  it('keeps the warning short for thousands of blank names', () => {
    const { columns, warnings } = cleanHeaders(Array.from({ length: 2000 }, () => ''));
    expect(new Set(columns).size).toBe(2000);
    expect(warnings[0]).toMatch(/^2,000 columns have no name .* and 1,995 more\.$/);
  });
});
