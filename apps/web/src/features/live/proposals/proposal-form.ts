import type { TFunction } from 'i18next';
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';

import type { LiverLesion } from '@consilium/domain';
import { judgeStep, judgeSteps, type PlanEvaluation, type StepVerdict } from '@consilium/plan-builder';

import { ApiError } from '../../../api/client';
import type liveProposalsEn from '../../../i18n/live-proposals.en.json';
import type { CatalogueModality, NewProposal, PlanIntent, ProposalStepInput } from './use-live-proposals';

export type ErrorCode = keyof (typeof liveProposalsEn)['composer']['errors'];
export type Failure = keyof (typeof liveProposalsEn)['composer']['failure'];

export const PLAN_INTENTS = [
  'curative',
  'disease_control',
  'palliative',
] as const satisfies readonly PlanIntent[];

// CreateProposalDto's bounds (apps/api/src/modules/proposals/dto/proposal-input.dto.ts): the API
// refuses beyond them with a 400; the form says so on the field first.
export const MAX_STEPS = 10;
export const RATIONALE_MAX = 5000;
export const JUSTIFICATION_MIN = 10;
export const JUSTIFICATION_MAX = 2000;
const DETAIL_MAX = 200;
const TRIAL_MAX = 300;
const TEXT_MAX = 2000;
const DETAIL_FIELDS = ['regimen', 'cycles', 'approach', 'trial', 'text'] as const;

export interface StepValues {
  modality: string;
  /** '' when no agent is named. */
  agent: string;
  regimen: string;
  cycles: string;
  approach: string;
  trial: string;
  text: string;
  /** Couinaud segments, as the checkboxes hold them. */
  targetLesions: string[];
  overrideJustification: string;
  /**
   * The API found the step contraindicated although the verdicts shown did not (the case's facts
   * changed meanwhile): the justification is asked for until the modality or agent changes.
   */
  serverContraindicated: boolean;
}

export interface ComposerValues {
  intent: string;
  rationale: string;
  steps: StepValues[];
}

export const emptyStep = (): StepValues => ({
  modality: '',
  agent: '',
  regimen: '',
  cycles: '',
  approach: '',
  trial: '',
  text: '',
  targetLesions: [],
  overrideJustification: '',
  serverContraindicated: false,
});

export const emptyProposal = (): ComposerValues => ({ intent: '', rationale: '', steps: [emptyStep()] });

/** The plan builder's verdict on a step as chosen, from the API's evaluation of the case (null: none yet). */
export function stepVerdict(evaluation: PlanEvaluation | undefined, step: StepValues): StepVerdict | null {
  if (!evaluation || step.modality === '') return null;
  const judged = judgeStep(evaluation, step.modality, step.agent || null);
  return judged.ok ? judged.step : null;
}

/** Whether the step must carry an override justification: contraindicated, here or by the API's word. */
export function needsJustification(evaluation: PlanEvaluation | undefined, step: StepValues): boolean {
  return step.serverContraindicated || stepVerdict(evaluation, step)?.verdict === 'contraindicated';
}

export const isClinicalTrial = (step: StepValues) => step.modality === 'clinical_trial';

function detailsOf(step: StepValues): ProposalStepInput['details'] {
  const details: NonNullable<ProposalStepInput['details']> = {};
  if (step.regimen.trim()) details.regimen = step.regimen.trim();
  if (step.cycles.trim()) details.cycles = Number(step.cycles.trim());
  if (step.approach.trim()) details.approach = step.approach.trim();
  if (isClinicalTrial(step) && step.trial.trim()) details.trial = step.trial.trim();
  if (step.text.trim()) details.text = step.text.trim();
  return Object.keys(details).length > 0 ? details : undefined;
}

/** One step as the API takes it: blank details left out, the justification only where one is asked. */
export function stepInputOf(
  step: StepValues,
  modality: CatalogueModality | undefined,
  evaluation: PlanEvaluation | undefined,
): ProposalStepInput {
  const agent = step.agent && (modality?.agents.length ?? 0) > 0 ? step.agent : undefined;
  const details = detailsOf(step);
  const justification = step.overrideJustification.trim();
  return {
    modality: step.modality,
    ...(agent ? { agent } : {}),
    ...(details ? { details } : {}),
    targetLesions: step.targetLesions.map(Number).sort((a, b) => a - b),
    ...(justification && needsJustification(evaluation, step)
      ? { overrideJustification: justification }
      : {}),
  };
}

export function proposalOf(
  values: ComposerValues,
  catalogue: readonly CatalogueModality[],
  evaluation: PlanEvaluation | undefined,
): NewProposal {
  return {
    intent: values.intent as PlanIntent,
    rationale: values.rationale.trim(),
    steps: values.steps.map((step) =>
      stepInputOf(
        step,
        catalogue.find((m) => m.code === step.modality),
        evaluation,
      ),
    ),
  };
}

/**
 * The form's checks. Whether a step is documented, names its trial, targets the case's lesions and
 * needs an override is the plan builder's own rule (`judgeSteps`), asked of each step alone with the
 * API's evaluation of the case, so the form and the API cannot disagree; the lengths are the DTO's.
 */
export function composerSchema(
  catalogue: readonly CatalogueModality[],
  evaluation: PlanEvaluation | undefined,
  lesions: readonly LiverLesion[],
) {
  const bounded = (max: number, code: ErrorCode) => z.string().trim().max(max, code);
  const step = z
    .object({
      modality: z.string().min(1, 'modalityRequired' satisfies ErrorCode),
      agent: z.string(),
      regimen: bounded(DETAIL_MAX, 'detailTooLong'),
      cycles: z
        .string()
        .trim()
        .refine(
          (v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100),
          'cyclesInvalid' satisfies ErrorCode,
        ),
      approach: bounded(DETAIL_MAX, 'detailTooLong'),
      trial: bounded(TRIAL_MAX, 'trialTooLong'),
      text: bounded(TEXT_MAX, 'textTooLong'),
      targetLesions: z.array(z.string()),
      overrideJustification: bounded(JUSTIFICATION_MAX, 'justificationTooLong'),
      serverContraindicated: z.boolean(),
    })
    .superRefine((values, ctx) => {
      if (values.modality === '' || !evaluation) return;
      const input = stepInputOf(
        values,
        catalogue.find((m) => m.code === values.modality),
        evaluation,
      );
      const judged = judgeSteps(evaluation, { lesions: [...lesions] }, [input]);
      const needs = needsJustification(evaluation, values);
      const justification = values.overrideJustification.trim();
      if (!judged.ok) {
        const issue = {
          UNDOCUMENTED_MODALITY: ['modality', 'undocumentedModality'],
          UNDOCUMENTED_AGENT: ['agent', 'undocumentedAgent'],
          TRIAL_NOT_NAMED: ['trial', 'trialRequired'],
          UNKNOWN_TARGET_LESION: ['targetLesions', 'unknownLesion'],
          CONTRAINDICATED_STEP: ['overrideJustification', 'justificationRequired'],
        } as const satisfies Record<typeof judged.code, readonly [keyof StepValues, ErrorCode]>;
        const [path, message] = issue[judged.code];
        ctx.addIssue({ code: 'custom', path: [path], message });
      } else if (needs && justification === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['overrideJustification'],
          message: 'justificationRequired' satisfies ErrorCode,
        });
      }
      if (needs && justification !== '' && justification.length < JUSTIFICATION_MIN) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrideJustification'],
          message: 'justificationTooShort' satisfies ErrorCode,
        });
      }
    });
  return z.object({
    intent: z
      .string()
      .refine((v) => (PLAN_INTENTS as readonly string[]).includes(v), 'intentRequired' satisfies ErrorCode),
    rationale: z
      .string()
      .trim()
      .min(1, 'rationaleRequired' satisfies ErrorCode)
      .max(RATIONALE_MAX, 'rationaleTooLong' satisfies ErrorCode),
    steps: z.array(step).min(1).max(MAX_STEPS),
  });
}

export type ComposerField = FieldPath<ComposerValues>;

/** What the API refused, said on the fields it names and, for the rest, above the form. */
export interface Refusal {
  fields: { name: ComposerField; text: string }[];
  failure: Failure | null;
  /** 0-based steps the API found contraindicated without a justification. */
  contraindicated: number[];
}

const STEP_FIELDS = ['modality', 'agent', 'targetLesions', 'overrideJustification'] as const;

/** `steps[0].details.trial` (the API's field path) as the form's `steps.0.trial`. */
export function formFieldOf(apiField: string): ComposerField | null {
  if (apiField === 'intent' || apiField === 'rationale') return apiField;
  const step = /^steps\[(\d+)\]\.(?:details\.)?([A-Za-z]+)/.exec(apiField);
  if (!step) return null;
  const [, index, field] = step;
  const known = [...STEP_FIELDS, ...DETAIL_FIELDS] as readonly string[];
  return known.includes(field) ? (`steps.${Number(index)}.${field}` as ComposerField) : null;
}

function detailsObject(error: ApiError): Record<string, unknown> {
  const details = error.body?.details;
  return details && typeof details === 'object' && !Array.isArray(details)
    ? (details as Record<string, unknown>)
    : {};
}

/** Reads a refused proposal: 400 field problems, the plan builder's 422s on steps, the rest in words. */
export function refusalOf(error: unknown, t: TFunction, stepCount: number): Refusal {
  const refusal: Refusal = { fields: [], failure: null, contraindicated: [] };
  if (!(error instanceof ApiError)) return { ...refusal, failure: 'failed' };
  const at = (position: unknown): number | null =>
    typeof position === 'number' && position >= 1 && position <= stepCount ? position - 1 : null;
  const stepField = (index: number | null, field: string, text: string) => {
    if (index === null) return;
    refusal.fields.push({ name: `steps.${index}.${field}` as ComposerField, text });
  };
  switch (error.code) {
    case 'VALIDATION_FAILED': {
      const details = Array.isArray(error.body?.details) ? (error.body.details as unknown[]) : [];
      for (const detail of details) {
        if (!detail || typeof detail !== 'object' || !('field' in detail)) continue;
        const name = formFieldOf(String(detail.field));
        const problems =
          'problems' in detail && Array.isArray(detail.problems) ? detail.problems.map(String) : [];
        if (name) {
          refusal.fields.push({
            name,
            text: t('liveProposals.composer.rejectedWithReason', { problem: problems.join('; ') }),
          });
        }
      }
      return { ...refusal, failure: refusal.fields.length > 0 ? 'checkFields' : 'failed' };
    }
    case 'UNDOCUMENTED_MODALITY':
      stepField(
        at(detailsObject(error).position),
        'modality',
        t('liveProposals.composer.errors.undocumentedModality'),
      );
      return { ...refusal, failure: 'checkSteps' };
    case 'UNDOCUMENTED_AGENT':
      stepField(
        at(detailsObject(error).position),
        'agent',
        t('liveProposals.composer.errors.undocumentedAgent'),
      );
      return { ...refusal, failure: 'checkSteps' };
    case 'TRIAL_NOT_NAMED':
      stepField(at(detailsObject(error).position), 'trial', t('liveProposals.composer.errors.trialRequired'));
      return { ...refusal, failure: 'checkSteps' };
    case 'UNKNOWN_TARGET_LESION': {
      const details = detailsObject(error);
      const segments = Array.isArray(details.segments) ? details.segments.map(String).join(', ') : '';
      stepField(
        at(details.position),
        'targetLesions',
        t('liveProposals.composer.errors.unknownLesionIn', { segments }),
      );
      return { ...refusal, failure: 'checkSteps' };
    }
    case 'CONTRAINDICATED_STEP': {
      const steps = Array.isArray(error.body?.details) ? (error.body.details as unknown[]) : [];
      for (const step of steps) {
        if (!step || typeof step !== 'object' || !('position' in step)) continue;
        const index = at(step.position);
        if (index === null) continue;
        const rules =
          'rules' in step && Array.isArray(step.rules)
            ? step.rules
                .map((r: unknown) => (r && typeof r === 'object' && 'ruleId' in r ? String(r.ruleId) : null))
                .filter((r): r is string => r !== null)
                .join(', ')
            : '';
        refusal.contraindicated.push(index);
        stepField(
          index,
          'overrideJustification',
          t('liveProposals.composer.errors.contraindicatedBy', { rules }),
        );
      }
      return { ...refusal, failure: 'checkSteps' };
    }
    case 'NOT_PRESENT':
      return { ...refusal, failure: 'notPresent' };
    case 'NO_SPECIALIST_PROFILE':
      return { ...refusal, failure: 'noProfile' };
    case 'MEETING_NOT_OPEN':
      return { ...refusal, failure: 'meetingNotOpen' };
    case 'CASE_NOT_ON_AGENDA':
      return { ...refusal, failure: 'notOnAgenda' };
  }
  if (error.status === 403) return { ...refusal, failure: 'forbidden' };
  if (error.status === 404) return { ...refusal, failure: 'notFound' };
  if (error.status === 409) return { ...refusal, failure: 'conflict' };
  return { ...refusal, failure: 'failed' };
}
