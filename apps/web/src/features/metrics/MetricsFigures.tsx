import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { useId } from 'react';

import { DataTable } from '../../components/DataTable';
import { BarList, ColumnChart, StackedBarList, type StackSegment } from './charts';
import { FigureCard, StatFigure } from './FigureCard';
import {
  activitySummary,
  attendanceRows,
  attendanceSummary,
  daysText,
  deferralSummary,
  type FigureContext,
  lettersSignedSummary,
  minutesSummary,
  minutesValue,
  monthRows,
  type Outcome,
  outcomeRows,
  outcomeSummary,
  reasonRows,
  reasonSummary,
  SUPPORTIVE_CARE_COUNTS,
  type SupportiveCareCount,
  supportiveCareCountLabel,
  type SupportiveCareRow,
  supportiveCareRows,
  supportiveCareSummary,
} from './metrics-figures';
import type { Metrics } from './use-metrics';

const OUTCOME_COLOURS: Record<Outcome, string> = {
  implemented: 'green.9',
  partially_implemented: 'yellow.9',
  not_implemented: 'red.9',
};

// Each dark enough for white counts inside it and against the card (all above 4.5:1); what is
// missing is pale, outlined.
const SUPPORTIVE_CARE_COLOURS: Record<SupportiveCareCount, Pick<StackSegment, 'color' | 'pale'>> = {
  offered: { color: 'blue.8' },
  referred: { color: 'teal.9' },
  declined: { color: 'orange.9' },
  notNeeded: { color: 'gray.7' },
  notRecorded: { color: 'gray.1', pale: true },
};

/** Every figure of the range, each said in a sentence, drawn, and available as a table. */
export function MetricsFigures({ metrics, context }: { metrics: Metrics; context: FigureContext }) {
  const { t, f } = context;
  return (
    <Stack gap="lg">
      <Activity metrics={metrics} context={context} />
      <Timing metrics={metrics} context={context} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <FollowUpOutcomes metrics={metrics} context={context} />
        <Reasons metrics={metrics} context={context} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
        <Card withBorder padding="lg">
          <StatFigure
            order={2}
            title={t('metrics.deferral.title')}
            definition={t('metrics.deferral.definition')}
            value={metrics.deferral.rate === null ? null : f.percent(metrics.deferral.rate)}
            summary={deferralSummary(metrics, context)}
            empty={t('metrics.deferral.none')}
          />
        </Card>
        <Card withBorder padding="lg">
          <StatFigure
            order={2}
            title={t('metrics.minutes.title')}
            definition={t('metrics.minutes.definition')}
            value={(() => {
              const minutes = minutesValue(metrics);
              return minutes === null ? null : t('metrics.minutes.value', { n: f.decimal(minutes) });
            })()}
            summary={minutesSummary(metrics, context)}
            empty={t('metrics.minutes.none')}
          />
        </Card>
        <Card withBorder padding="lg">
          <StatFigure
            order={2}
            title={t('metrics.letters.title')}
            definition={t('metrics.letters.definition')}
            value={
              metrics.decisions === 0
                ? null
                : t('metrics.letters.value', {
                    signed: f.integer(metrics.lettersSigned),
                    decisions: f.integer(metrics.decisions),
                  })
            }
            summary={lettersSignedSummary(metrics, context)}
            empty={t('metrics.letters.none')}
          />
        </Card>
      </SimpleGrid>
      <SupportiveCare metrics={metrics} context={context} />
      <Attendance metrics={metrics} context={context} />
    </Stack>
  );
}

interface FigureProps {
  metrics: Metrics;
  context: FigureContext;
}

function Activity({ metrics, context }: FigureProps) {
  const { t, f } = context;
  const rows = monthRows(metrics, context);
  const title = t('metrics.activity.title');
  return (
    <FigureCard
      title={title}
      definition={t('metrics.activity.definition')}
      summary={activitySummary(metrics, context)}
      empty={t('metrics.activity.none')}
      chart={
        <ColumnChart
          data={rows.map((r) => ({
            key: r.month,
            label: r.shortLabel,
            value: r.casesDiscussed,
            valueLabel: f.integer(r.casesDiscussed),
          }))}
        />
      }
      table={
        <DataTable
          label={title}
          rowKey={(r) => r.month}
          rows={rows}
          empty={t('metrics.activity.none')}
          columns={[
            { key: 'month', header: t('metrics.activity.columns.month'), cell: (r) => r.label, nowrap: true },
            {
              key: 'meetings',
              header: t('metrics.activity.columns.meetingsClosed'),
              cell: (r) => f.integer(r.meetingsClosed),
            },
            {
              key: 'cases',
              header: t('metrics.activity.columns.casesDiscussed'),
              cell: (r) => f.integer(r.casesDiscussed),
            },
            {
              key: 'decisions',
              header: t('metrics.activity.columns.decisions'),
              cell: (r) => f.integer(r.decisions),
            },
          ]}
        />
      }
    />
  );
}

function Timing({ metrics, context }: FigureProps) {
  const { t } = context;
  const headingId = useId();
  const toDecision = metrics.medianDaysSubmissionToDecision;
  const toFollowUp = metrics.medianDaysDecisionToFollowUp;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="lg">
      <Title order={2} size="h4" id={headingId} mb="md">
        {t('metrics.timing.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <StatFigure
          title={t('metrics.timing.submissionToDecision')}
          definition={t('metrics.timing.submissionToDecisionDefinition')}
          value={toDecision === null ? null : daysText(toDecision, context)}
          summary={
            toDecision === null
              ? null
              : t('metrics.timing.submissionToDecisionSummary', { days: daysText(toDecision, context) })
          }
          empty={t('metrics.timing.noDecisions')}
        />
        <StatFigure
          title={t('metrics.timing.decisionToFollowUp')}
          definition={t('metrics.timing.decisionToFollowUpDefinition')}
          value={toFollowUp === null ? null : daysText(toFollowUp, context)}
          summary={
            toFollowUp === null
              ? null
              : t('metrics.timing.decisionToFollowUpSummary', { days: daysText(toFollowUp, context) })
          }
          empty={t('metrics.timing.noFollowUps')}
        />
      </SimpleGrid>
    </Card>
  );
}

function FollowUpOutcomes({ metrics, context }: FigureProps) {
  const { t, f } = context;
  const rows = outcomeRows(metrics);
  const title = t('metrics.followUps.title');
  const share = (value: number | null) => (value === null ? '' : f.percent(value));
  return (
    <FigureCard
      title={title}
      definition={t('metrics.followUps.definition')}
      summary={outcomeSummary(metrics, context)}
      empty={t('metrics.followUps.none')}
      chart={
        <BarList
          labelWidth={170}
          data={rows.map((r) => ({
            key: r.outcome,
            label: t(`enums.followUpStatus.${r.outcome}`),
            value: r.count,
            valueLabel: `${f.integer(r.count)} (${share(r.share)})`,
            color: OUTCOME_COLOURS[r.outcome],
          }))}
        />
      }
      table={
        <DataTable
          label={title}
          rowKey={(r) => r.outcome}
          rows={rows}
          empty={t('metrics.followUps.none')}
          columns={[
            {
              key: 'outcome',
              header: t('metrics.followUps.columns.outcome'),
              cell: (r) => t(`enums.followUpStatus.${r.outcome}`),
            },
            { key: 'count', header: t('metrics.followUps.columns.count'), cell: (r) => f.integer(r.count) },
            { key: 'share', header: t('metrics.followUps.columns.share'), cell: (r) => share(r.share) },
          ]}
        />
      }
    />
  );
}

function Reasons({ metrics, context }: FigureProps) {
  const { t, f } = context;
  const rows = reasonRows(metrics);
  const title = t('metrics.reasons.title');
  return (
    <FigureCard
      title={title}
      definition={t('metrics.reasons.definition')}
      summary={reasonSummary(metrics, context)}
      empty={t('metrics.reasons.none')}
      chart={
        <BarList
          labelWidth={190}
          data={rows.map((r) => ({
            key: r.reason,
            label: t(`enums.followUpReason.${r.reason}`),
            value: r.count,
            valueLabel: f.integer(r.count),
          }))}
        />
      }
      table={
        <DataTable
          label={title}
          rowKey={(r) => r.reason}
          rows={rows}
          empty={t('metrics.reasons.none')}
          columns={[
            {
              key: 'reason',
              header: t('metrics.reasons.columns.reason'),
              cell: (r) => t(`enums.followUpReason.${r.reason}`),
            },
            { key: 'count', header: t('metrics.reasons.columns.count'), cell: (r) => f.integer(r.count) },
            { key: 'share', header: t('metrics.reasons.columns.share'), cell: (r) => f.percent(r.share) },
          ]}
        />
      }
    />
  );
}

function SupportiveCare({ metrics, context }: FigureProps) {
  const { t, f } = context;
  const rows = supportiveCareRows(metrics, context);
  const title = t('metrics.supportiveCare.title');
  return (
    <FigureCard
      title={title}
      definition={t('metrics.supportiveCare.definition')}
      summary={supportiveCareSummary(metrics, context)}
      empty={t('metrics.supportiveCare.none')}
      chart={
        <StackedBarList
          labelWidth={190}
          data={rows.map((r) => ({
            key: r.service,
            label: r.label,
            counts: Object.fromEntries(SUPPORTIVE_CARE_COUNTS.map((c) => [c, r[c]])),
          }))}
          segments={SUPPORTIVE_CARE_COUNTS.map((c) => ({
            key: c,
            label: supportiveCareCountLabel(c, context),
            ...SUPPORTIVE_CARE_COLOURS[c],
          }))}
          valueLabel={f.integer}
        />
      }
      table={
        <DataTable
          label={title}
          rowKey={(r) => r.service}
          rows={rows}
          empty={t('metrics.supportiveCare.none')}
          columns={[
            { key: 'service', header: t('metrics.supportiveCare.columns.service'), cell: (r) => r.label },
            ...SUPPORTIVE_CARE_COUNTS.map((c) => ({
              key: c,
              header: supportiveCareCountLabel(c, context),
              cell: (r: SupportiveCareRow) => f.integer(r[c]),
            })),
          ]}
        />
      }
    />
  );
}

function Attendance({ metrics, context }: FigureProps) {
  const { t, f } = context;
  const rows = attendanceRows(metrics, context);
  const title = t('metrics.attendance.title');
  return (
    <FigureCard
      title={title}
      definition={t('metrics.attendance.definition')}
      summary={attendanceSummary(metrics, context)}
      empty={t('metrics.attendance.none')}
      chart={
        <BarList
          labelWidth={210}
          data={rows.map((r) => ({
            key: r.discipline,
            label: r.label,
            value: r.perMeeting,
            valueLabel: f.decimal(r.perMeeting),
          }))}
        />
      }
      table={
        <DataTable
          label={title}
          rowKey={(r) => r.discipline}
          rows={rows}
          empty={t('metrics.attendance.none')}
          columns={[
            { key: 'discipline', header: t('metrics.attendance.columns.discipline'), cell: (r) => r.label },
            {
              key: 'present',
              header: t('metrics.attendance.columns.presentAttendances'),
              cell: (r) => f.integer(r.presentAttendances),
            },
            {
              key: 'attended',
              header: t('metrics.attendance.columns.meetingsAttended'),
              cell: (r) =>
                t('metrics.attendance.attendedOf', {
                  n: f.integer(r.meetingsAttended),
                  total: f.integer(metrics.meetingsClosed),
                }),
            },
            {
              key: 'perMeeting',
              header: t('metrics.attendance.columns.perMeeting'),
              cell: (r) => f.decimal(r.perMeeting),
            },
          ]}
        />
      }
    />
  );
}
