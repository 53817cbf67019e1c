import { Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ReadinessItemId } from '@consilium/domain';

import { QueryState } from '../../components/QueryState';
import { type Readiness, useReadiness } from '../cases/use-case';
import { focusSection, READINESS_SECTION } from './EditorSection';

export function ReadinessMark({ ok }: { ok: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon size="sm" radius="xl" color={ok ? 'teal' : 'orange'} variant="light" aria-hidden>
        <svg viewBox="0 0 16 16" width="12" height="12" fill="none" stroke="currentColor" strokeWidth="2.4">
          {ok ? <path d="M3 8.5l3.2 3L13 4.5" /> : <path d="M4 4l8 8M12 4l-8 8" />}
        </svg>
      </ThemeIcon>
      <Text size="sm" fw={700} c={ok ? 'teal.9' : 'orange.9'}>
        {ok ? t('caseEditor.readiness.ok') : t('caseEditor.readiness.missing')}
      </Text>
    </Group>
  );
}

/** A readiness item's name, and when it is missing what it needs and a way to its section. */
export function ReadinessEntry({
  item,
  ok,
  message,
}: {
  item: ReadinessItemId;
  ok: boolean;
  message: string;
}) {
  const { t, i18n } = useTranslation();
  const name = t(`enums.readinessItem.${item}`);
  return (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <ReadinessMark ok={ok} />
      </Group>
      {!ok && (
        <>
          <Text size="sm">{t(`caseEditor.readiness.hint.${item}`)}</Text>
          {i18n.language === 'en' && (
            <Text size="xs" c="dimmed">
              {t('caseEditor.readiness.serverDetail', { message })}
            </Text>
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            px={0}
            onClick={() => focusSection(READINESS_SECTION[item])}
          >
            {t('caseEditor.readiness.goTo', { section: name })}
          </Button>
        </>
      )}
    </Stack>
  );
}

function ReadinessList({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  const missing = readiness.items.filter((i) => !i.ok).length;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={700}>
        {readiness.ready
          ? t('caseEditor.readiness.ready')
          : t('caseEditor.readiness.notReady', { count: missing })}
      </Text>
      <List listStyleType="none" spacing="sm" aria-label={t('caseEditor.readiness.title')}>
        {readiness.items.map((entry) => (
          <List.Item key={entry.item}>
            <ReadinessEntry item={entry.item} ok={entry.ok} message={entry.message} />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The server's checklist of the saved case (refetched after every save). */
export function ReadinessPanel({ caseId, unsaved }: { caseId: string; unsaved: boolean }) {
  const { t } = useTranslation();
  const readiness = useReadiness(caseId);
  return (
    <Paper component="section" aria-labelledby="readiness-title" withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id="readiness-title">
          {t('caseEditor.readiness.title')}
        </Title>
        {unsaved && (
          <Text size="sm" fs="italic">
            {t('caseEditor.readiness.unsavedNote')}
          </Text>
        )}
        <QueryState query={readiness}>
          {() => readiness.data && <ReadinessList readiness={readiness.data} />}
        </QueryState>
      </Stack>
    </Paper>
  );
}
