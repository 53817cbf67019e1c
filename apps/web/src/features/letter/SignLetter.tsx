import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { useNotify } from '../../components/notify';
import { letterFailureText, STALE_LETTER_CODES } from './letter-errors';
import { type Recommendation, useSignLetter } from './use-letter';

/**
 * The chair's (or a present deputy's) Sign button, disabled with its reasons while the letter is not
 * complete, and the confirmation that says what signing means and shows the hash being signed: the
 * draft's hash as this screen received it, so a letter changed meanwhile is refused, not signed.
 */
export function SignLetter({
  recommendation: r,
  reasons,
  signingAsChair,
}: {
  recommendation: Recommendation;
  /** Why it cannot be signed yet, in words; none: it can. */
  reasons: string[];
  signingAsChair: boolean;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const reasonsId = useId();
  const sign = useSignLetter(r.caseId, () => notify(t('letter.sign.signed')));
  const [opened, setOpened] = useState(false);
  // A refusal that means the letter on screen is out of date is said here, beside the letter.
  const [stale, setStale] = useState<string | null>(null);
  const hash = r.draftContentHash;
  const blocked = reasons.length > 0 || !hash;

  const open = () => {
    sign.reset();
    setStale(null);
    setOpened(true);
  };

  const confirm = () => {
    if (!hash) return;
    sign.mutate(hash, {
      onSuccess: () => setOpened(false),
      onError: (error) => {
        if (error instanceof ApiError && error.code && STALE_LETTER_CODES.includes(error.code)) {
          setOpened(false);
          setStale(letterFailureText(error, t));
        }
      },
    });
  };

  return (
    <Stack gap="xs">
      <Group>
        <Button
          onClick={open}
          disabled={blocked}
          aria-describedby={reasons.length > 0 ? reasonsId : undefined}
        >
          {t('letter.sign.button')}
        </Button>
      </Group>
      {reasons.length > 0 && (
        <Stack gap={2} id={reasonsId}>
          {reasons.map((reason) => (
            <Text key={reason} size="sm">
              {reason}
            </Text>
          ))}
        </Stack>
      )}
      {stale && (
        <Alert color="orange" role="alert" title={t('letter.sign.failedTitle')}>
          {stale}
        </Alert>
      )}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('letter.sign.title')}
        closeButtonProps={{ 'aria-label': t('common.dismiss') }}
        centered
        size="lg"
      >
        <Stack>
          <Text size="sm">{t('letter.sign.explanation')}</Text>
          <Text size="sm">{t('letter.sign.review')}</Text>
          <Text size="sm">
            {signingAsChair
              ? t('letter.sign.asChair')
              : t('letter.sign.asDeputy', { chair: r.chair.fullName })}
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('letter.sign.hashLabel')}
            </Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {hash}
            </Code>
          </Stack>
          {sign.isError && !stale && (
            <Alert color="red" role="alert" title={t('letter.sign.failedTitle')}>
              {letterFailureText(sign.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => setOpened(false)}
              disabled={sign.isPending}
              data-autofocus
            >
              {t('letter.sign.cancel')}
            </Button>
            <Button onClick={confirm} loading={sign.isPending}>
              {t('letter.sign.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
