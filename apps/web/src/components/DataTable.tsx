import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Short values that must stay whole (states, dates, record numbers). */
  nowrap?: boolean;
}

interface DataTableProps<T> {
  /** The table's accessible name (the heading above it says the same). */
  label: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: ReactNode;
}

/**
 * A plain, readable table that scrolls sideways on narrow screens instead of cutting columns; the
 * scrolling region takes keyboard focus, so it can be scrolled without a mouse.
 */
export function DataTable<T>({ label, columns, rows, rowKey, empty }: DataTableProps<T>) {
  if (rows.length === 0) {
    return <Text c="dimmed">{empty}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} role="region" aria-label={label}>
      <Table aria-label={label} striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col">
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((c) => (
                <Table.Td key={c.key} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {c.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
