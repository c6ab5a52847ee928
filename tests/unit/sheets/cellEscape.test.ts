import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../electron/sheets/cellEscape';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil","click")', `'=HYPERLINK("http://evil","click")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['+A1', "'+A1"],
    ['-1e3', "'-1e3"],
    ['+1 415 555 0100\n=cmd', "'+1 415 555 0100\n=cmd"],
  ])('neutralises %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each([
    '+14155550100',
    '+1 (415) 555-0100',
    '+14155550100; +442079460958',
    '+44 20 7946 0958',
    '+33.1.23.45.67.89',
    '-12.5',
    '-1,000.00',
    '-',
    '--',
    '+',
  ])('keeps %j: digits and punctuation cannot call anything', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it.each(['', 'Ada Lovelace', 'ada@acme.com', '1+1', 'a=b', ' =1+1'])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});
