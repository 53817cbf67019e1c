import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Controller, type FieldError, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { LiverLesion } from '@consilium/domain';
import type { PlanEvaluation } from '@consilium/plan-builder';

import { romanSegment } from '../../../components/CouinaudDiagram';
import { ReasonList } from '../../plan-options/ReasonList';
import { VerdictBadge } from '../../plan-options/VerdictBadge';
import {
  type ComposerValues,
  isClinicalTrial,
  JUSTIFICATION_MAX,
  needsJustification,
  stepVerdict,
} from './proposal-form';
import type { CatalogueModality } from './use-live-proposals';

/** The case's lesions by segment (a step targets segments), each with its lesions' diameters. */
export function lesionsBySegment(lesions: readonly LiverLesion[]): [number, number[]][] {
  const bySegment = new Map<number, number[]>();
  for (const lesion of lesions) {
    bySegment.set(lesion.segment, [...(bySegment.get(lesion.segment) ?? []), lesion.diameterMm]);
  }
  return [...bySegment].sort(([a], [b]) => a - b);
}

export type MoveDirection = 'up' | 'down';

interface StepFieldsProps {
  index: number;
  count: number;
  catalogue: readonly CatalogueModality[];
  evaluation: PlanEvaluation | undefined;
  lesions: readonly LiverLesion[];
  /** Prefix of the ids of the step's move buttons, so focus can follow a moved step. */
  buttonId: (direction: MoveDirection) => string;
  fieldError: (error: FieldError | undefined) => string | undefined;
  onMove: (direction: MoveDirection) => void;
  onRemove: () => void;
}

/**
 * One step of the plan: a documented modality (and agent), its verdict as soon as it is chosen, the
 * override justification when it is contraindicated, the trial's name for a trial, the lesions it
 * targets and the details. Moved and removed with its own named buttons.
 */
export function StepFields({
  index,
  count,
  catalogue,
  evaluation,
  lesions,
  buttonId,
  fieldError,
  onMove,
  onRemove,
}: StepFieldsProps) {
  const { t } = useTranslation();
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = useFormContext<ComposerValues>();
  const step = useWatch({ control, name: `steps.${index}` });
  const stepErrors = errors.steps?.[index];
  const number = index + 1;
  const modality = catalogue.find((m) => m.code === step.modality);
  const agents = modality?.agents ?? [];
  const verdict = stepVerdict(evaluation, step);
  const needsOverride = needsJustification(evaluation, step);
  const flagged = verdict ? verdict.reasons.filter((r) => r.verdict !== 'eligible') : [];
  const modalityName = modality ? t(`enums.modality.${modality.code}`) : '';
  const agent = agents.find((a) => a.code === step.agent);
  const stepName = agent ? `${modalityName}, ${t(`enums.agent.${agent.code}`)}` : modalityName;

  // A new choice is a new step for the plan builder: what the API said of the old one no longer holds.
  const choiceChanged = () => setValue(`steps.${index}.serverContraindicated`, false);

  return (
    <Fieldset legend={t('liveProposals.composer.step', { number })} variant="filled">
      <Stack gap="sm">
        <Group gap="xs" justify="flex-end">
          <Button
            id={buttonId('up')}
            size="compact-sm"
            variant="default"
            disabled={index === 0}
            aria-label={t('liveProposals.composer.moveUpStep', { number })}
            onClick={() => onMove('up')}
          >
            {t('liveProposals.composer.moveUp')}
          </Button>
          <Button
            id={buttonId('down')}
            size="compact-sm"
            variant="default"
            disabled={index === count - 1}
            aria-label={t('liveProposals.composer.moveDownStep', { number })}
            onClick={() => onMove('down')}
          >
            {t('liveProposals.composer.moveDown')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            disabled={count === 1}
            aria-label={t('liveProposals.composer.removeStep', { number })}
            onClick={onRemove}
          >
            {t('liveProposals.composer.remove')}
          </Button>
        </Group>

        <SimpleGrid cols={{ base: 1, sm: agents.length > 0 ? 2 : 1 }}>
          <NativeSelect
            label={t('liveProposals.composer.modality')}
            required
            data={[
              { value: '', label: t('liveProposals.composer.chooseModality'), disabled: true },
              ...catalogue.map((m) => ({ value: m.code, label: t(`enums.modality.${m.code}`) })),
            ]}
            error={fieldError(stepErrors?.modality)}
            {...register(`steps.${index}.modality`, {
              onChange: () => {
                setValue(`steps.${index}.agent`, '');
                choiceChanged();
              },
            })}
          />
          {agents.length > 0 && (
            <NativeSelect
              label={t('liveProposals.composer.agent')}
              description={t('liveProposals.composer.agentHint')}
              data={[
                { value: '', label: t('liveProposals.composer.noAgent') },
                ...agents.map((a) => ({ value: a.code, label: t(`enums.agent.${a.code}`) })),
              ]}
              error={fieldError(stepErrors?.agent)}
              {...register(`steps.${index}.agent`, { onChange: choiceChanged })}
            />
          )}
        </SimpleGrid>

        {/* Announced as it changes: the verdict is what the proposer needs before going on. */}
        <div aria-live="polite" aria-atomic="true">
          {step.modality !== '' && (
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600} component="span">
                {t('liveProposals.composer.verdictOf', { step: stepName })}
              </Text>{' '}
              {verdict ? (
                <VerdictBadge verdict={verdict.verdict} />
              ) : (
                <Text size="sm" component="span">
                  {t('liveProposals.composer.verdictUnknown')}
                </Text>
              )}
            </Group>
          )}
        </div>
        {verdict && evaluation && flagged.length > 0 && (
          <ReasonList
            reasons={flagged}
            thresholds={evaluation.thresholds}
            label={t('liveProposals.composer.reasonsOf', { number })}
          />
        )}

        {needsOverride && (
          <Textarea
            label={t('liveProposals.composer.justification')}
            description={t('liveProposals.composer.justificationHint')}
            required
            autosize
            minRows={3}
            maxLength={JUSTIFICATION_MAX}
            error={fieldError(stepErrors?.overrideJustification)}
            {...register(`steps.${index}.overrideJustification`)}
          />
        )}

        {isClinicalTrial(step) && (
          <TextInput
            label={t('liveProposals.composer.trial')}
            description={t('liveProposals.composer.trialHint')}
            required
            autoComplete="off"
            error={fieldError(stepErrors?.trial)}
            {...register(`steps.${index}.trial`)}
          />
        )}

        <Controller
          control={control}
          name={`steps.${index}.targetLesions`}
          render={({ field }) =>
            lesions.length === 0 ? (
              <Text size="sm">{t('liveProposals.composer.noLesions')}</Text>
            ) : (
              <Checkbox.Group
                label={t('liveProposals.composer.targetLesions')}
                description={t('liveProposals.composer.targetLesionsHint')}
                value={field.value}
                onChange={field.onChange}
                error={fieldError(stepErrors?.targetLesions as FieldError | undefined)}
              >
                <Group gap="md" mt={6}>
                  {lesionsBySegment(lesions).map(([segment, diameters], i) => (
                    <Checkbox
                      key={segment}
                      value={String(segment)}
                      ref={i === 0 ? field.ref : undefined}
                      onBlur={field.onBlur}
                      label={t('liveProposals.composer.lesion', {
                        segment: romanSegment(segment),
                        diameters: diameters
                          .map((d) => t('liveProposals.composer.millimetres', { value: d }))
                          .join(', '),
                      })}
                    />
                  ))}
                </Group>
              </Checkbox.Group>
            )
          }
        />

        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('liveProposals.composer.regimen')}
            autoComplete="off"
            error={fieldError(stepErrors?.regimen)}
            {...register(`steps.${index}.regimen`)}
          />
          <TextInput
            label={t('liveProposals.composer.cycles')}
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            error={fieldError(stepErrors?.cycles)}
            {...register(`steps.${index}.cycles`)}
          />
          <TextInput
            label={t('liveProposals.composer.approach')}
            autoComplete="off"
            error={fieldError(stepErrors?.approach)}
            {...register(`steps.${index}.approach`)}
          />
        </SimpleGrid>
        <Textarea
          label={t('liveProposals.composer.text')}
          autosize
          minRows={2}
          error={fieldError(stepErrors?.text)}
          {...register(`steps.${index}.text`)}
        />
      </Stack>
    </Fieldset>
  );
}
