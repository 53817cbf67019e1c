import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, type FieldError, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { type Discipline, DISCIPLINES, formatOffset } from '@consilium/domain';

import { ApiError } from '../../api/client';
import { useFormatters } from '../../components/format';
import { LeaveGuard } from '../../components/LeaveGuard';
import { useNotify } from '../../components/notify';
import type boardCalendarEn from '../../i18n/board-calendar.en.json';
import {
  BOARD_FIELDS,
  type BoardFormError,
  type BoardFormInput,
  boardFormSchema,
  type BoardFormValues,
  DURATION_MAX,
  DURATION_MIN,
  inDomainOrder,
  problemsByField,
} from './board-form';
import { zonedStart } from './calendar-days';
import type { MeetingDetail, SpecialistSummary } from './use-meetings';

type Failure = keyof (typeof boardCalendarEn)['form']['failure'];

/** What saving did: the board as the API answers it, or nothing to send. */
export type SaveOutcome = { saved: MeetingDetail } | { unchanged: true };

interface BoardFormProps {
  mode: 'create' | 'edit';
  defaultValues: BoardFormInput;
  /** The institution's zone: the date and time are read on its clock. */
  timeZone: string;
  specialists: SpecialistSummary[];
  boardTypes: string[];
  /** The institution's quorum setting, for "reset to the institution's default" (when known). */
  institutionDisciplines: Discipline[] | null;
  onSubmit: (values: BoardFormValues) => Promise<SaveOutcome>;
  /** Where Discard and the links lead back to. */
  backTo: string;
  /** The page leaves on its own (the board was cancelled): no "unsaved changes" question. */
  leaving?: boolean;
}

/**
 * A board's title, type, start (on the institution's clock, its zone named), duration, place, chair
 * and quorum disciplines. After a save the board's page opens; when the API warns (an overlap with
 * another board of the same chair, an agenda longer than the board), the warnings are shown first.
 */
export function BoardForm({
  mode,
  defaultValues,
  timeZone,
  specialists,
  boardTypes,
  institutionDisciplines,
  onSubmit,
  backTo,
  leaving = false,
}: BoardFormProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const notify = useNotify();
  const navigate = useNavigate();
  const schema = useMemo(() => boardFormSchema(timeZone), [timeZone]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [warned, setWarned] = useState<MeetingDetail | null>(null);
  // Where to go once saved: navigating after the render that lifts the "unsaved changes" guard.
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const warningsRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    setValue,
    reset,
    setFocus,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<BoardFormInput, unknown, BoardFormValues>({
    resolver: zodResolver(schema),
    defaultValues,
  });

  useEffect(() => setFocus('title'), [setFocus]);
  useEffect(() => {
    if (warned) warningsRef.current?.focus();
  }, [warned]);
  useEffect(() => {
    if (leavingTo) void navigate(leavingTo);
  }, [leavingTo, navigate]);

  const [date, time] = useWatch({ control, name: ['date', 'time'] });
  const start = zonedStart(date, time || '12:00', timeZone);
  const zoneHint = start.ok
    ? t('boardCalendar.form.fields.zone', {
        timeZone,
        zone: formatters.timeZoneName(timeZone, start.instant.toISOString()),
        offset: formatOffset(start.offsetMinutes),
      })
    : t('boardCalendar.form.fields.zoneNoDate', { timeZone });

  const fieldError = (error: FieldError | undefined) => {
    if (!error?.message) return undefined;
    if (error.type === 'server')
      return t('boardCalendar.form.rejectedWithReason', { problem: error.message });
    return t(`boardCalendar.form.errors.${error.message as BoardFormError}`, { timeZone });
  };

  const showFailure = (error: unknown) => {
    if (error instanceof ApiError && error.status === 400) {
      const problems = problemsByField(error.body?.details);
      let first = true;
      for (const field of BOARD_FIELDS) {
        const problem = problems[field];
        if (problem === undefined) continue;
        setError(field, { type: 'server', message: problem }, { shouldFocus: first });
        first = false;
      }
      setFailure('checkFields');
      return;
    }
    if (error instanceof ApiError && error.status === 404 && mode === 'create') {
      // The chair is the only thing a new board refers to.
      setError('chairSpecialistId', { type: 'server', message: error.message }, { shouldFocus: true });
      setFailure('notFound');
      return;
    }
    if (error instanceof ApiError) {
      if (error.status === 403) return setFailure('forbidden');
      if (error.status === 409) return setFailure('notEditable');
      if (error.status === 404) return setFailure('notFound');
    }
    setFailure('failed');
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    setNotice(null);
    setWarned(null);
    let outcome: SaveOutcome;
    try {
      outcome = await onSubmit(values);
    } catch (error) {
      showFailure(error);
      return;
    }
    if ('unchanged' in outcome) {
      setNotice(t('boardCalendar.form.nothingChanged'));
      return;
    }
    const meeting = outcome.saved;
    notify(t(mode === 'create' ? 'boardCalendar.form.created' : 'boardCalendar.form.saved'));
    if (meeting.warnings.length > 0) {
      // Saved: what is on the form is now the board (no "unsaved changes" on leaving).
      reset(values);
      setWarned(meeting);
      return;
    }
    setLeavingTo(`/meetings/${meeting.id}`);
  });

  const warnings = warned && (
    <Alert
      ref={warningsRef}
      tabIndex={-1}
      color="yellow"
      role="alert"
      title={t('boardCalendar.form.savedWithWarnings')}
    >
      <Stack gap="sm">
        <Text size="sm">{t('boardCalendar.form.warningsIntro')}</Text>
        <ul style={{ margin: 0 }}>
          {warned.warnings.map((w) => (
            <li key={w}>
              <Text size="sm">{w}</Text>
            </li>
          ))}
        </ul>
        <Group>
          <Button component={Link} to={`/meetings/${warned.id}`}>
            {t('boardCalendar.form.openBoard')}
          </Button>
          {mode === 'create' && (
            <Button component={Link} to={`/meetings/${warned.id}/edit`} variant="default">
              {t('boardCalendar.form.changeBoard')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
  // A new board, once created, is changed on its own edit page: this form would create another.
  if (warned && mode === 'create') return warnings;

  const specialistOptions = specialists.map((s) => ({
    value: s.id,
    label: t('boardCalendar.form.fields.chairOption', {
      name: s.fullName,
      discipline: t(`enums.discipline.${s.discipline}`),
    }),
  }));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <LeaveGuard
        when={isDirty && !leaving && leavingTo === null}
        body={t('boardCalendar.form.leave.body')}
      />
      <Stack gap="md" maw={720}>
        {warnings}
        {failure && (
          <Alert color="red" role="alert" title={t('boardCalendar.form.failedTitle')}>
            {t(`boardCalendar.form.failure.${failure}`)}
          </Alert>
        )}
        {notice && (
          <Alert color="blue" role="status">
            {notice}
          </Alert>
        )}
        <TextInput
          label={t('boardCalendar.form.fields.title')}
          description={t('boardCalendar.form.fields.titleHint')}
          required
          maxLength={200}
          autoComplete="off"
          error={fieldError(errors.title)}
          {...register('title')}
        />
        <Controller
          control={control}
          name="boardType"
          render={({ field }) => (
            <Autocomplete
              label={t('boardCalendar.form.fields.boardType')}
              description={t('boardCalendar.form.fields.boardTypeHint')}
              required
              maxLength={100}
              data={boardTypes}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldError(errors.boardType)}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('boardCalendar.form.fields.date')}
            required
            error={fieldError(errors.date)}
            {...register('date')}
          />
          <TextInput
            type="time"
            label={t('boardCalendar.form.fields.time')}
            required
            error={fieldError(errors.time)}
            {...register('time')}
          />
          <TextInput
            type="number"
            label={t('boardCalendar.form.fields.durationMinutes')}
            description={t('boardCalendar.form.fields.durationHint')}
            required
            min={DURATION_MIN}
            max={DURATION_MAX}
            step={5}
            error={fieldError(errors.durationMinutes)}
            {...register('durationMinutes', { valueAsNumber: true })}
          />
        </SimpleGrid>
        {/* The zone the date and time are read in, with its offset on that date. */}
        <Text size="sm" c="dimmed" mt={-8} aria-live="polite">
          {zoneHint}
        </Text>
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('boardCalendar.form.fields.placeHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('boardCalendar.form.fields.location')}
              maxLength={200}
              autoComplete="off"
              error={fieldError(errors.location)}
              {...register('location')}
            />
            <TextInput
              type="url"
              label={t('boardCalendar.form.fields.videoUrl')}
              placeholder="https://"
              maxLength={2000}
              autoComplete="off"
              spellCheck={false}
              error={fieldError(errors.videoUrl)}
              {...register('videoUrl')}
            />
          </SimpleGrid>
        </Stack>
        <Controller
          control={control}
          name="chairSpecialistId"
          render={({ field }) => (
            <Select
              label={t('boardCalendar.form.fields.chair')}
              placeholder={t('boardCalendar.form.fields.chairPlaceholder')}
              nothingFoundMessage={t('boardCalendar.form.fields.chairNone')}
              required
              searchable
              data={specialistOptions}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldError(errors.chairSpecialistId)}
              maw={420}
            />
          )}
        />
        <Controller
          control={control}
          name="requiredDisciplines"
          render={({ field }) => (
            <Checkbox.Group
              label={t('boardCalendar.form.fields.requiredDisciplines')}
              description={t('boardCalendar.form.fields.requiredDisciplinesHint')}
              required
              value={field.value}
              onChange={(value) => field.onChange(inDomainOrder(value as Discipline[]))}
              error={fieldError(errors.requiredDisciplines as FieldError | undefined)}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {DISCIPLINES.map((d) => (
                  <Checkbox key={d} value={d} label={t(`enums.discipline.${d}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        {institutionDisciplines && (
          <Group gap="sm">
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                setValue('requiredDisciplines', inDomainOrder(institutionDisciplines), {
                  shouldDirty: true,
                  shouldValidate: true,
                })
              }
            >
              {t('boardCalendar.form.fields.resetDisciplines')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('boardCalendar.form.fields.resetDisciplinesHint', {
                disciplines: inDomainOrder(institutionDisciplines)
                  .map((d) => t(`enums.discipline.${d}`))
                  .join(', '),
              })}
            </Text>
          </Group>
        )}
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t(mode === 'create' ? 'boardCalendar.form.create' : 'boardCalendar.form.save')}
          </Button>
          <Button component={Link} to={backTo} variant="default">
            {t('boardCalendar.form.cancelEdit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
