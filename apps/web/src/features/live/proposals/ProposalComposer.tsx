import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Radio, Stack, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Controller, type FieldError, FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { PlanEvaluation } from '@consilium/plan-builder';

import { useNotify } from '../../../components/notify';
import { QueryState } from '../../../components/QueryState';
import type { BoardCase } from '../../cases/use-case';
import { usePlanOptions } from '../../plan-options/use-plan-options';
import {
  type ComposerField,
  composerSchema,
  type ComposerValues,
  emptyProposal,
  emptyStep,
  type ErrorCode,
  type Failure,
  MAX_STEPS,
  PLAN_INTENTS,
  proposalOf,
  RATIONALE_MAX,
  refusalOf,
} from './proposal-form';
import { type MoveDirection, StepFields } from './StepFields';
import {
  type CatalogueModality,
  type ProposalDetail,
  useModalities,
  useProposePlan,
} from './use-live-proposals';

export interface ProposalComposerProps {
  /** The in-progress meeting whose agenda holds the case. */
  meetingId: string;
  boardCase: BoardCase;
  /** Called with the stored proposal (with the plan builder's judgement of each step). */
  onProposed?: (proposal: ProposalDetail) => void;
  /** The level of the composer's heading in the page (its steps are fieldsets). */
  headingOrder?: 2 | 3 | 4;
}

type PendingFocus = { button: string; fallback: string } | { field: ComposerField };

/**
 * A clinician's proposal for a case on the agenda: intent, ordered steps from the documented
 * modalities and agents, rationale. Each step shows the plan builder's verdict as it is chosen (the
 * API's evaluation of the case); a contraindicated step asks for its override justification there
 * and then. Steps are added, moved and removed with named buttons, and focus follows the step.
 */
export function ProposalComposer({
  meetingId,
  boardCase,
  onProposed,
  headingOrder = 3,
}: ProposalComposerProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const modalities = useModalities();
  const planOptions = usePlanOptions(boardCase.id);
  const both = {
    isPending: modalities.isPending || planOptions.isPending,
    isError: modalities.isError || planOptions.isError,
    refetch: () => Promise.all([modalities.refetch(), planOptions.refetch()]),
  };
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={headingOrder} size="h4" id={headingId}>
          {t('liveProposals.composer.title')}
        </Title>
        <Text size="sm">{t('liveProposals.composer.intro')}</Text>
        <QueryState query={both}>
          {() =>
            modalities.data && planOptions.data ? (
              <ComposerForm
                meetingId={meetingId}
                boardCase={boardCase}
                catalogue={modalities.data.items}
                evaluation={planOptions.data}
                onProposed={onProposed}
              />
            ) : null
          }
        </QueryState>
      </Stack>
    </section>
  );
}

function ComposerForm({
  meetingId,
  boardCase,
  catalogue,
  evaluation,
  onProposed,
}: {
  meetingId: string;
  boardCase: BoardCase;
  catalogue: readonly CatalogueModality[];
  evaluation: PlanEvaluation;
  onProposed?: (proposal: ProposalDetail) => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const idPrefix = useId();
  const propose = useProposePlan(boardCase.id, meetingId);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const schema = useMemo(
    () => composerSchema(catalogue, evaluation, boardCase.lesions),
    [catalogue, evaluation, boardCase.lesions],
  );
  const form = useForm<ComposerValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyProposal(),
  });
  const {
    control,
    register,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const steps = useFieldArray({ control, name: 'steps' });
  const buttonId = (fieldId: string, direction: MoveDirection) => `${idPrefix}-${fieldId}-${direction}`;

  // After a step moves, is added or removed, focus goes where the reader's attention is: the moved
  // step's button (the other one once it reaches an end), or the field of the new or next step. Kept
  // in a ref and applied after the render that shows the change.
  const pendingFocus = useRef<PendingFocus | null>(null);
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    if ('field' in pending) {
      setFocus(pending.field);
      return;
    }
    const target = [pending.button, pending.fallback]
      .map((id) => document.getElementById(id))
      .find((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && !el.disabled);
    target?.focus();
  });

  const move = (index: number, direction: MoveDirection) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= steps.fields.length) return;
    const id = steps.fields[index].id;
    steps.move(index, to);
    setAnnouncement(t('liveProposals.composer.moved', { from: index + 1, to: to + 1 }));
    pendingFocus.current = {
      button: buttonId(id, direction),
      fallback: buttonId(id, direction === 'up' ? 'down' : 'up'),
    };
  };

  const remove = (index: number) => {
    if (steps.fields.length <= 1) return;
    steps.remove(index);
    setAnnouncement(t('liveProposals.composer.removed', { number: index + 1 }));
    const next = Math.min(index, steps.fields.length - 2);
    pendingFocus.current = { field: `steps.${next}.modality` };
  };

  const add = () => {
    if (steps.fields.length >= MAX_STEPS) return;
    steps.append(emptyStep(), { shouldFocus: false });
    setAnnouncement(t('liveProposals.composer.added', { number: steps.fields.length + 1 }));
    pendingFocus.current = { field: `steps.${steps.fields.length}.modality` };
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const proposal = await propose.mutateAsync(proposalOf(values, catalogue, evaluation));
      reset(emptyProposal());
      setAnnouncement('');
      notify(t('liveProposals.composer.proposed'));
      onProposed?.(proposal);
    } catch (error) {
      const refusal = refusalOf(error, t, values.steps.length);
      for (const index of refusal.contraindicated) setValue(`steps.${index}.serverContraindicated`, true);
      refusal.fields.forEach(({ name, text }, i) =>
        setError(name, { type: 'server', message: text }, { shouldFocus: i === 0 }),
      );
      setFailure(refusal.failure);
    }
  });

  // Client-side problems are codes under composer.errors; the API's are already in words.
  const fieldError = (error: FieldError | undefined) => {
    if (!error?.message) return undefined;
    return error.type === 'server'
      ? error.message
      : t(`liveProposals.composer.errors.${error.message as ErrorCode}`);
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" role="alert" title={t('liveProposals.composer.failedTitle')}>
              {t(`liveProposals.composer.failure.${failure}`)}
            </Alert>
          )}
          <Controller
            control={control}
            name="intent"
            render={({ field }) => (
              <Radio.Group
                label={t('liveProposals.composer.intent')}
                required
                value={field.value}
                onChange={field.onChange}
                error={fieldError(errors.intent)}
              >
                <Group gap="lg" mt={6}>
                  {PLAN_INTENTS.map((intent, i) => (
                    <Radio
                      key={intent}
                      value={intent}
                      label={t(`enums.intent.${intent}`)}
                      onBlur={field.onBlur}
                      ref={i === 0 ? field.ref : undefined}
                    />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />

          <Stack gap="sm" role="list" aria-label={t('liveProposals.composer.steps')}>
            {steps.fields.map((field, index) => (
              <div role="listitem" key={field.id}>
                <StepFields
                  index={index}
                  count={steps.fields.length}
                  catalogue={catalogue}
                  evaluation={evaluation}
                  lesions={boardCase.lesions}
                  buttonId={(direction) => buttonId(field.id, direction)}
                  fieldError={fieldError}
                  onMove={(direction) => move(index, direction)}
                  onRemove={() => remove(index)}
                />
              </div>
            ))}
          </Stack>
          <VisuallyHidden role="status" aria-live="polite">
            {announcement}
          </VisuallyHidden>
          <Group>
            <Button variant="default" onClick={add} disabled={steps.fields.length >= MAX_STEPS}>
              {t('liveProposals.composer.addStep')}
            </Button>
            {steps.fields.length >= MAX_STEPS && (
              <Text size="sm">{t('liveProposals.composer.maxSteps', { count: MAX_STEPS })}</Text>
            )}
          </Group>

          <Textarea
            label={t('liveProposals.composer.rationale')}
            description={t('liveProposals.composer.rationaleHint')}
            required
            autosize
            minRows={3}
            maxLength={RATIONALE_MAX}
            error={fieldError(errors.rationale)}
            {...register('rationale')}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('liveProposals.composer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
