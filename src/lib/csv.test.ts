import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from './csv';

describe('CSV', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const risky of ['=SUM(A1)', '+44 20', '-1', '@cmd', '\tx', '\rx'])
      expect(neutraliseCell(risky)).toBe(`'${risky}`);
    expect(neutraliseCell('Safe text')).toBe('Safe text');
    expect(neutraliseCell(12)).toBe('12');
    expect(neutraliseCell(null)).toBe('');
  });

  it('follows RFC 4180: CRLF, quoted commas, quotes and line breaks', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        ['line\nbreak', '=1+1'],
      ],
    );
    expect(csv).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\'=1+1');
    expect(Papa.parse(csv, { newline: '\r\n' }).data).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line\nbreak', "'=1+1"],
    ]);
  });

  it('keeps markup as plain text', () => {
    expect(toCsv(['x'], [['<script>alert(1)</script>']])).toBe('x\r\n<script>alert(1)</script>');
  });
});
