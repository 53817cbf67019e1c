import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useFormatters } from '../../components/format';
import { type CaseNextStep, describeNextStep, type NextStepText } from './next-step';

/** The next step of a case in the reader's language: `describeNextStep` with its formatters. */
export function useNextStepText(step: CaseNextStep): NextStepText | null {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return describeNextStep(step, {
    t,
    dateTime: format.dateTime,
    timeZoneName: format.timeZoneName,
    list: (items) => list.format(items),
  });
}

/** "What happens next" for the case, in one short line, with the board's link when it is on one. */
export function NextStepBanner({ step }: { step: CaseNextStep }) {
  const { t } = useTranslation();
  const next = useNextStepText(step);
  if (!next) return null;
  return (
    <Alert
      component="section"
      // A standing summary, not an interruption: a named region rather than Alert's default role.
      role="region"
      aria-label={t('caseView.nextStep.title')}
      color={next.tone === 'action' ? 'orange' : 'blue'}
      variant="light"
      title={t('caseView.nextStep.title')}
    >
      <Text size="sm">{next.text}</Text>
      {next.link && (
        <Anchor component={Link} to={next.link.to} size="sm">
          {next.link.label}
        </Anchor>
      )}
    </Alert>
  );
}
