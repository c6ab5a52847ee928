import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectDialect, detectNewline } from '../../../electron/sheets/dialect';

const table = (d: string) => ['name,x', 'Ada,1', 'Alan,2'].map((l) => l.replace(',', d)).join('\n') + '\n';

describe('detectDelimiter', () => {
  it.each([',', ';', '\t', '|'])('finds %j', (d) => {
    expect(detectDelimiter(table(d), true)).toBe(d);
  });

  it('is not swayed by delimiters inside quoted values', () => {
    const sample = 'name;address;city\nAda;"1, Main St, Suite 4, Floor 2";London\nAlan;"Bletchley, Park";"Milton, Keynes"\n';
    expect(detectDelimiter(sample, true)).toBe(';');
  });

  it('is not swayed by a quoted line break', () => {
    const sample = 'name|note\nAda|"line one\nstill, the, note"\nAlan|ok\n';
    expect(detectDelimiter(sample, true)).toBe('|');
  });

  it('treats a quote inside a value as text, as the parser does', () => {
    const sample = 'item;size\nTV, 5" screen;small\nTV, 7" screen;big\n';
    expect(detectDelimiter(sample, true)).toBe(';');
  });

  it('prefers the delimiter that is consistent over one that is merely frequent', () => {
    const sample = 'name\tnotes\nAda\ta, b, c, d\nAlan\te\nGrace\tf, g\n';
    expect(detectDelimiter(sample, true)).toBe('\t');
  });

  it("reads a one-column file with ','", () => {
    expect(detectDelimiter('email\na@b.co\nc@d.co\n', true)).toBe(',');
  });

  it('ignores a cut last record when the sample is not the whole file', () => {
    expect(detectDelimiter('a;b;c\n1;2;3\n4;5;6\n7,8,9,10,11', false)).toBe(';');
  });

  it('still decides when the header is longer than the sample', () => {
    expect(detectDelimiter('a;b;c;d', false)).toBe(';');
  });
});

describe('detectNewline', () => {
  it('finds CRLF, LF and CR', () => {
    expect(detectNewline('a,b\r\n1,2\r\n')).toBe('\r\n');
    expect(detectNewline('a,b\n1,2\n')).toBe('\n');
    expect(detectNewline('a,b\r1,2\r')).toBe('\r');
  });

  it('skips line breaks inside quotes', () => {
    expect(detectNewline('"a\nb",c\r\n1,2\r\n')).toBe('\r\n');
  });

  it('defaults to LF for a single line', () => {
    expect(detectDialect('a,b', true)).toEqual({ delimiter: ',', newline: '\n' });
  });
});
