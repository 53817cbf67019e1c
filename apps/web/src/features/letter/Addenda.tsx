import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '../../components/notify';
import { HashText } from './HashText';
import { letterFailureText } from './letter-errors';
import { SignedBy } from './SignedBy';
import { type Addendum, useAddAddendum } from './use-letter';

// AddAddendumDto: 1 to 4000 characters.
const MAX_ADDENDUM = 4000;

/** The signed corrections of the letter, oldest first, each naming the letter it amends. */
export function AddendaList({
  addenda,
  chairName,
  timeZone,
}: {
  addenda: Addendum[];
  chairName: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  if (addenda.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t('letter.addendum.title')}
      </Title>
      <List spacing="sm" listStyleType="none" aria-label={t('letter.addendum.listLabel')}>
        {addenda.map((a) => (
          <List.Item key={a.id}>
            <Stack gap={2}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {a.text}
              </Text>
              <SignedBy signature={a} chairName={chairName} timeZone={timeZone} />
              <HashText algorithm={a.algorithm} hash={a.contentHash} />
              <AmendsLine hash={a.amendsContentHash} />
            </Stack>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function AmendsLine({ hash }: { hash: string }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {t('letter.addendum.amends', { hash: hash.slice(0, 12) })}
    </Text>
  );
}

/** A correction of the signed letter: written, then signed as its own document. */
export function AddAddendum({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const add = useAddAddendum(caseId);
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);

  const close = () => {
    setOpened(false);
    setText('');
    setTextError(null);
    add.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setTextError(t('letter.addendum.textRequired'));
      return;
    }
    setTextError(null);
    add.mutate(text.trim(), {
      onSuccess: () => {
        close();
        notify(t('letter.addendum.added'));
      },
    });
  };

  return (
    <>
      <Group>
        <Button variant="light" onClick={() => setOpened(true)}>
          {t('letter.addendum.open')}
        </Button>
      </Group>
      <Modal
        opened={opened}
        onClose={close}
        title={t('letter.addendum.modalTitle')}
        closeButtonProps={{ 'aria-label': t('common.dismiss') }}
        centered
        size="lg"
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('letter.addendum.explanation')}</Text>
            <Textarea
              label={t('letter.addendum.text')}
              description={t('letter.addendum.textHint', { count: text.length, max: MAX_ADDENDUM })}
              required
              autosize
              minRows={4}
              maxLength={MAX_ADDENDUM}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                if (textError) setTextError(null);
              }}
              error={textError}
              data-autofocus
            />
            {add.isError && (
              <Alert color="red" role="alert" title={t('letter.addendum.failedTitle')}>
                {letterFailureText(add.error, t)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={add.isPending}>
                {t('letter.addendum.cancel')}
              </Button>
              <Button type="submit" loading={add.isPending}>
                {t('letter.addendum.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
