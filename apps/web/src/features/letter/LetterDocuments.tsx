import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LETTER_LANGUAGES, type LetterLanguage } from '@consilium/domain';

import { useInstitution } from '../meetings/use-meetings';
import { useLetterDocuments } from './use-letter';

const isLanguage = (value: string): value is LetterLanguage =>
  (LETTER_LANGUAGES as readonly string[]).includes(value);

/**
 * The letter to file or send: the PDF, opened or downloaded, and the printable page, in the language
 * chosen here (by default the institution's letter language, whatever the screen's).
 */
export function LetterDocuments({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  const institution = useInstitution();
  const [chosen, setChosen] = useState<LetterLanguage | null>(null);
  const documents = useLetterDocuments(caseId);
  // Until the setting is known, nothing is chosen and the API prints in the institution's language.
  const language = chosen ?? institution.data?.letterLanguage;
  const pending = documents.pending;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="center" wrap="wrap">
        <Text size="sm" fw={600} id={labelId}>
          {t('letter.documents.language')}
        </Text>
        <SegmentedControl
          aria-labelledby={labelId}
          size="xs"
          value={language ?? ''}
          onChange={(value) => {
            if (isLanguage(value)) setChosen(value);
          }}
          data={LETTER_LANGUAGES.map((l) => ({ value: l, label: t(`enums.letterLanguage.${l}`) }))}
        />
      </Group>
      <Group gap="sm" wrap="wrap">
        <Button
          onClick={() => documents.open('pdf', language)}
          loading={pending?.format === 'pdf' && pending.action === 'open'}
        >
          {t('letter.documents.openPdf')}
        </Button>
        <Button
          variant="light"
          onClick={() => documents.download(language)}
          loading={pending?.action === 'download'}
        >
          {t('letter.documents.downloadPdf')}
        </Button>
        <Button
          variant="subtle"
          onClick={() => documents.open('html', language)}
          loading={pending?.format === 'html'}
        >
          {t('letter.documents.printView')}
        </Button>
      </Group>
      {documents.error && (
        <Alert color="red" role="alert" p="xs">
          {documents.error === 'missing' ? t('letter.documents.missing') : t('letter.documents.failed')}
        </Alert>
      )}
    </Stack>
  );
}
