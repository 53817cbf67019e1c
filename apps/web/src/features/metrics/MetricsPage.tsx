import { Alert, Box, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ApiError } from '../../api/client';
import { downloadText } from '../../components/download';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { createFormats, csvFilename, csvRows, type FigureContext, toCsv } from './metrics-figures';
import { type DateRange, defaultRange, isPlainDate, metricsQuery, rangeProblem } from './metrics-range';
import { MetricsFigures } from './MetricsFigures';
import { MetricsFilters } from './MetricsFilters';
import { useMetrics } from './use-metrics';

/**
 * The board's figures for the quality committee: a range of days (both included) and a board type,
 * kept in the address so that a view can be bookmarked or sent; each figure drawn, said and tabled,
 * and the lot downloadable as CSV.
 */
export function MetricsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [fallback] = useState(() => defaultRange(new Date()));
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const range: DateRange = {
    from: isPlainDate(fromParam) ? fromParam : fallback.from,
    to: isPlainDate(toParam) ? toParam : fallback.to,
  };
  const boardType = params.get('boardType') || null;
  const problem = rangeProblem(range);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  // While the range is one the API would refuse, nothing is asked and no stale figures are shown.
  const metrics = useMetrics(metricsQuery(problem ? fallback : range, boardType), problem === null);
  const context: FigureContext = useMemo(() => ({ t, f: createFormats(i18n.language) }), [t, i18n.language]);
  const current = metrics.data && !metrics.isPlaceholderData ? metrics.data : null;

  const download = () => {
    if (!current) return;
    downloadText(
      toCsv(csvRows(current, range, boardType, context), context),
      csvFilename(range, boardType, context),
    );
  };

  return (
    <Stack>
      <PageTitle>{t('metrics.title')}</PageTitle>
      <Text>{t('metrics.intro')}</Text>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <MetricsFilters
          range={range}
          boardType={boardType}
          boardTypes={metrics.data?.boardTypes ?? []}
          problem={problem}
          isDefaultRange={range.from === fallback.from && range.to === fallback.to}
          onRangeChange={(next) => update({ from: next.from, to: next.to })}
          onBoardTypeChange={(next) => update({ boardType: next })}
          onResetRange={() => update({ from: null, to: null })}
        />
        <Button onClick={download} disabled={!current || problem !== null} mt={25}>
          {t('metrics.download')}
        </Button>
      </Group>
      {problem ? null : metrics.isError &&
        metrics.error instanceof ApiError &&
        metrics.error.status === 400 ? (
        <Refused error={metrics.error} />
      ) : (
        <QueryState query={metrics}>
          {() =>
            metrics.data && (
              <Box
                aria-busy={metrics.isPlaceholderData}
                style={{ opacity: metrics.isPlaceholderData ? 0.6 : 1 }}
              >
                {metrics.isPlaceholderData && (
                  <Text size="sm" role="status" mb="sm">
                    {t('metrics.filters.updating')}
                  </Text>
                )}
                <MetricsFigures metrics={metrics.data} context={context} />
              </Box>
            )
          }
        </QueryState>
      )}
    </Stack>
  );
}

/** A range the API refused (the page checks what it can; the API has the last word). */
function Refused({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const details = error.body?.details;
  const problems = Array.isArray(details)
    ? details.flatMap((d: unknown) =>
        d && typeof d === 'object' && 'problems' in d && Array.isArray(d.problems)
          ? d.problems.map(String)
          : [],
      )
    : [];
  return (
    <Alert color="red" title={t('metrics.filters.refused')}>
      {problems.length > 0 ? (
        <List size="sm">
          {problems.map((p) => (
            <List.Item key={p}>{p}</List.Item>
          ))}
        </List>
      ) : (
        error.message
      )}
    </Alert>
  );
}
