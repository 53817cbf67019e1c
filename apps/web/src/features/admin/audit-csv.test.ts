import { describe, expect, it } from 'vitest';

import {
  AUDIT_CSV_COLUMNS,
  auditCsv,
  type AuditCsvColumn,
  type AuditEntry,
  CSV_BOM,
  csvCell,
  toCsv,
} from './audit-csv';

describe('csvCell', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('user.update')).toBe('user.update');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('José Núñez')).toBe('José Núñez');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('keeps a cell that would start a formula as text (= + - @, tab, carriage return)', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    );
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    // Only at the start: inside a cell these are harmless.
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('joins cells with commas and rows with CRLF, ending with one', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1,5', '=x'],
      ]),
    ).toBe('a,b\r\n"1,5",\'=x\r\n');
  });
});

describe('auditCsv', () => {
  const headings = Object.fromEntries(AUDIT_CSV_COLUMNS.map((c) => [c, c])) as Record<AuditCsvColumn, string>;
  const entry: AuditEntry = {
    id: '00000000-0000-4000-8000-00000000e001',
    occurredAt: '2026-03-02T10:15:00.000Z',
    actorId: '00000000-0000-4000-8000-000000000002',
    actorRole: 'admin',
    action: 'user.update',
    entityType: 'user',
    entityId: '00000000-0000-4000-8000-000000000001',
    requestId: 'req-1',
    outcome: 'success',
    details: { before: { role: 'clinician' }, after: { role: 'coordinator' }, passwordChanged: false },
  };

  it('starts with a byte-order mark and a heading row, times in UTC and in the institution’s zone', () => {
    const csv = auditCsv([entry], {
      timeZone: 'Europe/Madrid',
      headings,
      actorName: () => '=Adam, "the" Admin',
    });
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const [head, row, end] = csv.slice(1).split('\r\n');
    expect(head).toBe(AUDIT_CSV_COLUMNS.join(','));
    expect(row).toBe(
      [
        '2026-03-02T10:15:00.000Z',
        '2026-03-02T11:15:00+01:00',
        '00000000-0000-4000-8000-000000000002',
        '"\'=Adam, ""the"" Admin"',
        'admin',
        'user.update',
        'user',
        '00000000-0000-4000-8000-000000000001',
        'success',
        'req-1',
        // Field names only, as on screen.
        'changed: role; passwordChanged: false',
      ].join(','),
    );
    expect(end).toBe('');
  });

  it('leaves the actor empty for an entry without one', () => {
    const csv = auditCsv([{ ...entry, actorId: null, actorRole: null, details: null }], {
      timeZone: 'UTC',
      headings,
      actorName: () => 'never asked',
    });
    expect(csv.split('\r\n')[1]).toBe(
      '2026-03-02T10:15:00.000Z,2026-03-02T10:15:00+00:00,,,,user.update,user,00000000-0000-4000-8000-000000000001,success,req-1,',
    );
  });
});
