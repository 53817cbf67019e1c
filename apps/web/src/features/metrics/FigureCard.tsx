import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface FigureCardProps {
  title: string;
  /** What the figure counts, as the API defines it. */
  definition: string;
  /** The key figure in words; null when the range has nothing to count. */
  summary: string | null;
  /** Said instead of the summary, the chart and the table when there is nothing to count. */
  empty: string;
  chart: ReactNode;
  /** The same figures as a table, behind a "Show as table" disclosure. */
  table: ReactNode;
}

/** One figure: its definition, a sentence that says it, the chart and, on request, the table. */
export function FigureCard({ title, definition, summary, empty, chart, table }: FigureCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const tableId = useId();
  const [tableShown, { toggle }] = useDisclosure(false);
  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {definition}
        </Text>
        {summary === null ? (
          <Text>{empty}</Text>
        ) : (
          <>
            <Text fw={500}>{summary}</Text>
            {chart}
            <div>
              <Button
                variant="subtle"
                size="compact-sm"
                aria-expanded={tableShown}
                aria-controls={tableId}
                onClick={toggle}
              >
                {tableShown ? t('metrics.hideTable') : t('metrics.showTable')}
              </Button>
            </div>
            <div id={tableId}>{tableShown && table}</div>
          </>
        )}
      </Stack>
    </Card>
  );
}

interface StatProps {
  title: string;
  definition: string;
  /** The big number, formatted; null when the range has nothing to count. */
  value: string | null;
  summary: string | null;
  empty: string;
  /** 2 for a figure of its own, 3 inside a section. */
  order?: 2 | 3;
}

/** A single figure as a big number, with what it counts and a sentence that says it. */
export function StatFigure({ title, definition, value, summary, empty, order = 3 }: StatProps) {
  const headingId = useId();
  return (
    <Stack gap={6} component="section" aria-labelledby={headingId}>
      <Title order={order} size={order === 2 ? 'h4' : 'h5'} id={headingId}>
        {title}
      </Title>
      {value === null ? (
        <Text>{empty}</Text>
      ) : (
        <>
          <Text fz={36} fw={700} lh={1.1}>
            {value}
          </Text>
          {summary && <Text fw={500}>{summary}</Text>}
        </>
      )}
      <Text size="sm" c="dimmed">
        {definition}
      </Text>
    </Stack>
  );
}
