import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, type FieldError, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import {
  FOLLOW_UP_REASONS,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  isFollowUpReason,
  validateFollowUp,
} from '@consilium/domain';

import { ApiError } from '../../api/client';
import type followUpEn from '../../i18n/follow-up.en.json';
import { type FollowUpBody, type FollowUpCase, useRecordFollowUp } from './use-follow-up';

type ErrorCode = keyof (typeof followUpEn)['form']['errors'];
type Failure = keyof (typeof followUpEn)['form']['failure'];

// RecordFollowUpDto: the note is 1–2000 characters once trimmed (empty is sent as no note).
const MAX_NOTE = 2000;
const FIELDS = ['status', 'reason', 'note'] as const;
type Field = (typeof FIELDS)[number];

// Whether a reason is needed is the domain's rule (validateFollowUp), the API's own; the form only
// asks it, so the two cannot drift apart.
const schema = z
  .object({
    status: z.string().pipe(z.enum(FOLLOW_UP_STATUSES, { error: 'statusRequired' satisfies ErrorCode })),
    // Known or not, the domain's check below says (FOLLOW_UP_REASON_INVALID).
    reason: z.string(),
    note: z
      .string()
      .trim()
      .max(MAX_NOTE, 'noteTooLong' satisfies ErrorCode),
  })
  .superRefine((values, ctx) => {
    const check = validateFollowUp(values.status, values.reason || null);
    if (!check.ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: (check.code === 'FOLLOW_UP_REASON_REQUIRED'
          ? 'reasonRequired'
          : 'reasonInvalid') satisfies ErrorCode,
      });
    }
  });
type FormValues = z.input<typeof schema>;
type FormOutput = z.output<typeof schema>;

/** A reason is required for this status (the domain's rule, asked with no reason). */
export function reasonRequiredFor(status: string): boolean {
  return (
    (FOLLOW_UP_STATUSES as readonly string[]).includes(status) &&
    !validateFollowUp(status as FollowUpStatus, null).ok
  );
}

function bodyOf(values: FormOutput): FollowUpBody {
  return {
    status: values.status,
    ...(values.reason && isFollowUpReason(values.reason) ? { reason: values.reason } : {}),
    ...(values.note ? { note: values.note } : {}),
  };
}

function problemsByField(error: ApiError): Partial<Record<Field, string>> {
  const details = error.body?.details;
  const found: Partial<Record<Field, string>> = {};
  if (!Array.isArray(details)) return found;
  for (const detail of details as unknown[]) {
    if (!detail || typeof detail !== 'object' || !('field' in detail)) continue;
    const field = String(detail.field);
    if (!(FIELDS as readonly string[]).includes(field)) continue;
    const problems =
      'problems' in detail && Array.isArray(detail.problems) ? detail.problems.map(String) : [];
    found[field as Field] = problems.join('; ');
  }
  return found;
}

interface RecordFollowUpFormProps {
  boardCase: FollowUpCase;
  onRecorded: () => void;
  onCancel: () => void;
}

/**
 * Whether the board's recommendation was carried out: recorded once, and it closes the case. A
 * reason code is asked for when it was not (fully) carried out, and allowed otherwise.
 */
export function RecordFollowUpForm({ boardCase, onRecorded, onCancel }: RecordFollowUpFormProps) {
  const { t } = useTranslation();
  const record = useRecordFollowUp(boardCase);
  const [failure, setFailure] = useState<Failure | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(schema),
    defaultValues: { status: '', reason: '', note: '' },
  });
  const status = useWatch({ control, name: 'status' });
  const reasonRequired = reasonRequiredFor(status);

  const showFailure = (error: unknown) => {
    if (!(error instanceof ApiError)) return setFailure('failed');
    if (error.status === 400) {
      const problems = problemsByField(error);
      for (const field of FIELDS) {
        const problem = problems[field];
        if (problem !== undefined) setError(field, { type: 'server', message: problem });
      }
      return setFailure('checkFields');
    }
    if (error.code === 'FOLLOW_UP_REASON_REQUIRED' || error.code === 'FOLLOW_UP_REASON_INVALID') {
      const code: ErrorCode = error.code === 'FOLLOW_UP_REASON_REQUIRED' ? 'reasonRequired' : 'reasonInvalid';
      return setError('reason', { type: 'rule', message: code }, { shouldFocus: true });
    }
    if (error.code === 'FOLLOW_UP_ALREADY_RECORDED') return setFailure('alreadyRecorded');
    if (error.code === 'CASE_NOT_DECIDED' || error.status === 409) return setFailure('notDecided');
    if (error.status === 404) return setFailure('notFound');
    if (error.status === 403) return setFailure('forbidden');
    setFailure('failed');
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await record.mutateAsync(bodyOf(values));
      onRecorded();
    } catch (error) {
      showFailure(error);
    }
  });

  const fieldError = (error: FieldError | undefined) => {
    if (!error) return undefined;
    if (error.type === 'server') {
      return error.message
        ? t('followUp.form.rejectedWithReason', { problem: error.message })
        : t('followUp.form.rejected');
    }
    return error.message ? t(`followUp.form.errors.${error.message as ErrorCode}`) : undefined;
  };

  // Past the point of no return: the form stays for reading, the only way on is to close it.
  const settled = failure === 'alreadyRecorded' || failure === 'notDecided' || failure === 'notFound';

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('followUp.form.explanation')}</Text>
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <Radio.Group
              label={t('followUp.form.status')}
              required
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.status)}
            >
              <Stack gap="xs" mt={6}>
                {FOLLOW_UP_STATUSES.map((s) => (
                  <Radio
                    key={s}
                    value={s}
                    label={t(`enums.followUpStatus.${s}`)}
                    onBlur={field.onBlur}
                    ref={s === FOLLOW_UP_STATUSES[0] ? field.ref : undefined}
                    data-autofocus={s === FOLLOW_UP_STATUSES[0] ? true : undefined}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <NativeSelect
          label={t('followUp.form.reason')}
          description={
            status === ''
              ? t('followUp.form.reasonHintNoStatus')
              : reasonRequired
                ? t('followUp.form.reasonHintRequired')
                : t('followUp.form.reasonHintOptional')
          }
          required={reasonRequired}
          data={[
            {
              value: '',
              label: reasonRequired ? t('followUp.form.chooseReason') : t('followUp.form.noReason'),
            },
            ...FOLLOW_UP_REASONS.map((r) => ({ value: r, label: t(`enums.followUpReason.${r}`) })),
          ]}
          error={fieldError(errors.reason)}
          {...register('reason')}
        />
        <Textarea
          label={t('followUp.form.note')}
          description={t('followUp.form.noteHint')}
          autosize
          minRows={3}
          maxLength={MAX_NOTE}
          error={fieldError(errors.note)}
          {...register('note')}
        />
        {failure && (
          <Alert color="red" role="alert" title={t('followUp.form.failedTitle')}>
            {t(`followUp.form.failure.${failure}`)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
            {settled ? t('followUp.form.close') : t('followUp.form.cancel')}
          </Button>
          {!settled && (
            <Button type="submit" loading={isSubmitting}>
              {t('followUp.form.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
