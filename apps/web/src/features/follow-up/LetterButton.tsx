import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLetterWindow } from '../case-view/use-case-view';

/** Opens the printable recommendation letter of a decided case in a new window. */
export function LetterButton({ caseId, name }: { caseId: string; name: string }) {
  const { t } = useTranslation();
  const letter = useLetterWindow(caseId);
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={letter.open}
        loading={letter.isPending}
        aria-label={t('followUp.letterFor', { name })}
      >
        {t('followUp.letter')}
      </Button>
      {letter.error && (
        <Text size="xs" c="red.8" role="alert">
          {letter.error === 'missing' ? t('followUp.letterMissing') : t('followUp.letterFailed')}
        </Text>
      )}
    </>
  );
}
