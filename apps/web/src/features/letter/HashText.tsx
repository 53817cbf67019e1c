import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Enough to tell two documents apart at a glance; the whole hash is a click away.
const SHORT_HASH_LENGTH = 12;

/** A content hash, short, with the whole of it shown on request (to compare with the PDF's). */
export function HashText({ algorithm, hash }: { algorithm: string; hash: string }) {
  const { t } = useTranslation();
  const fullId = useId();
  const [full, setFull] = useState(false);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          {algorithm} <Code>{`${hash.slice(0, SHORT_HASH_LENGTH)}…`}</Code>
        </Text>
        <Button
          variant="subtle"
          size="compact-xs"
          aria-expanded={full}
          aria-controls={full ? fullId : undefined}
          onClick={() => setFull((shown) => !shown)}
        >
          {full ? t('letter.signature.hideHash') : t('letter.signature.showHash')}
        </Button>
      </Group>
      {full && (
        <Code block id={fullId} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {hash}
        </Code>
      )}
    </Stack>
  );
}
