import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLetterDocuments } from '../letter/use-letter';

/**
 * Opens the recommendation letter of a decided case in a new window: the PDF to file or send, and
 * the printable page. Whether it is signed is on the case page (the list does not say).
 */
export function LetterButton({ caseId, name }: { caseId: string; name: string }) {
  const { t } = useTranslation();
  const letter = useLetterDocuments(caseId);
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => letter.open('pdf')}
          loading={letter.pending?.format === 'pdf'}
          aria-label={t('followUp.letterPdfFor', { name })}
        >
          {t('followUp.letterPdf')}
        </Button>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => letter.open('html')}
          loading={letter.pending?.format === 'html'}
          aria-label={t('followUp.letterFor', { name })}
        >
          {t('followUp.letter')}
        </Button>
      </Group>
      {letter.error && (
        <Text size="xs" c="red.8" role="alert">
          {letter.error === 'missing' ? t('followUp.letterMissing') : t('followUp.letterFailed')}
        </Text>
      )}
    </>
  );
}
