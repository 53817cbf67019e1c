import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CaseNextStep } from '../case-view/next-step';
import { useNextStepText } from '../case-view/NextStepBanner';

/** The case's next step in a table cell: whose move it is, in words, with the board's link. */
export function NextStepText({ step }: { step: CaseNextStep }) {
  const { t } = useTranslation();
  const next = useNextStepText(step);
  if (!next)
    return (
      <Text size="sm" c="dimmed">
        {t('cases.nextStepDone')}
      </Text>
    );
  return (
    <>
      {/* Never clamped: a return reason or a board's time cut short is a reason misread. */}
      <Text size="sm" fw={next.tone === 'action' ? 600 : undefined} maw={360}>
        {next.text}
      </Text>
      {next.link && (
        <Anchor component={Link} to={next.link.to} size="xs">
          {next.link.label}
        </Anchor>
      )}
    </>
  );
}
