import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import type calendarFeedsEn from '../../i18n/calendar-feeds.en.json';
import { useCreateCalendarFeed, useRevokeCalendarFeed } from './use-calendar-feeds';

type Failure = keyof (typeof calendarFeedsEn)['controls']['failure'];

function failureOf(error: unknown): Failure {
  if (!(error instanceof ApiError)) return 'failed';
  if (error.code === 'NOT_OWN_CALENDAR_FEED') return 'notOwn';
  if (error.status === 403) return 'notAllowed';
  if (error.status === 404) return 'notFound';
  return 'failed';
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Create, copy and revoke one specialist's calendar-feed link. The URL is its own credential (no
 * login): it is shown once, right after it is made, and making a new one stops the old one.
 */
export function CalendarFeedControls({ specialistId, name }: { specialistId: string; name: string }) {
  const { t } = useTranslation();
  const create = useCreateCalendarFeed(specialistId);
  const revoke = useRevokeCalendarFeed(specialistId);
  const [url, setUrl] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [confirming, setConfirming] = useState(false);
  const [revoked, setRevoked] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const onCreate = () => {
    setFailure(null);
    setConfirming(false);
    create.mutate(undefined, {
      onSuccess: (feed) => {
        setUrl(feed.url);
        setCopy('idle');
        setRevoked(false);
      },
      onError: (error) => setFailure(failureOf(error)),
    });
  };

  const onCopy = async () => {
    if (!url) return;
    try {
      // Only in a secure context; elsewhere the field below is the way to copy it.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
      field.current?.select();
    }
  };

  const onRevoke = () => {
    setFailure(null);
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setConfirming(false);
        setRevoked(true);
        stopButton.current?.focus();
      },
      onError: (error) => setFailure(failureOf(error)),
    });
  };

  return (
    <Stack gap="sm">
      {url && (
        <Paper withBorder p="sm" radius="sm" bg="var(--mantine-color-teal-light)">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('calendarFeeds.controls.createdTitle', { name })}
            </Text>
            <Text size="sm">{t('calendarFeeds.controls.shownOnce')}</Text>
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                ref={field}
                readOnly
                value={url}
                label={t('calendarFeeds.controls.urlLabel', { name })}
                onFocus={(event) => event.currentTarget.select()}
                spellCheck={false}
                style={{ flex: 1 }}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
              <Button
                onClick={() => void onCopy()}
                aria-label={t('calendarFeeds.controls.copyFor', { name })}
              >
                {t('calendarFeeds.controls.copy')}
              </Button>
            </Group>
            <Text size="sm" role="status" c={copy === 'failed' ? 'orange.9' : 'teal.9'} fw={500}>
              {copy === 'copied' && t('calendarFeeds.controls.copied')}
              {copy === 'failed' && t('calendarFeeds.controls.copyFailed')}
            </Text>
          </Stack>
        </Paper>
      )}
      <Text size="sm" c="dimmed">
        {t('calendarFeeds.controls.replaces')}
      </Text>
      <Group gap="sm">
        <Button
          onClick={onCreate}
          loading={create.isPending}
          // The visible words start the accessible name (WCAG 2.5.3, label in name).
          aria-label={
            url
              ? t('calendarFeeds.controls.createAgainFor', { name })
              : t('calendarFeeds.controls.createFor', { name })
          }
        >
          {url ? t('calendarFeeds.controls.createAgain') : t('calendarFeeds.controls.create')}
        </Button>
        <Button
          ref={stopButton}
          variant="default"
          onClick={() => {
            setFailure(null);
            setConfirming(true);
          }}
          aria-expanded={confirming}
          aria-label={t('calendarFeeds.controls.revokeFor', { name })}
        >
          {t('calendarFeeds.controls.revoke')}
        </Button>
      </Group>
      {confirming && (
        <Alert color="orange" variant="light" title={t('calendarFeeds.controls.confirmTitle', { name })}>
          <Stack gap="xs">
            <Text size="sm">{t('calendarFeeds.controls.confirmBody')}</Text>
            <Group gap="sm">
              <Button ref={confirmButton} color="red" onClick={onRevoke} loading={revoke.isPending}>
                {t('calendarFeeds.controls.confirm')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setConfirming(false);
                  stopButton.current?.focus();
                }}
              >
                {t('calendarFeeds.controls.keep')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <div role="status">
        {revoked && (
          <Text size="sm" c="teal.9" fw={500}>
            {t('calendarFeeds.controls.revoked')}
          </Text>
        )}
      </div>
      {failure && (
        <Alert color="red" role="alert" title={t('calendarFeeds.controls.failedTitle')}>
          {t(`calendarFeeds.controls.failure.${failure}`)}
        </Alert>
      )}
    </Stack>
  );
}
