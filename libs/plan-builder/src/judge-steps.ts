import type { CaseFacts, ModalityCode, Refusal } from '@consilium/domain';

import type { AgentCode } from './catalogue';
import { judgeStep, type PlanEvaluation, type StepVerdict, type UndocumentedStepCode } from './evaluate';
import type { Reason } from './rules/rule';
import type { Verdict } from './verdict';

// Judging a proposal's steps against the evaluation made when it is proposed
// (docs/design.md#proposals, #overrides-for-contraindicated-steps).

export interface StepDetails {
  regimen?: string;
  cycles?: number;
  approach?: string;
  // Registry id or title of the trial: a clinical_trial step names one here or in `text`.
  trial?: string;
  text?: string;
}

export interface ProposedStep {
  // A string: an undocumented modality or agent is a plan rule's refusal, not malformed input.
  modality: string;
  agent?: string | null;
  details?: StepDetails | null;
  // Couinaud segments of the case's lesions the step treats.
  targetLesions?: readonly number[] | null;
  overrideJustification?: string | null;
}

// A step as a proposal stores it: what was proposed and how the plan builder judged it.
export interface JudgedStep {
  position: number;
  modality: ModalityCode;
  agent: AgentCode | null;
  details: StepDetails | null;
  targetLesions: number[];
  overrideJustification: string | null;
  verdict: Verdict;
  // The contraindicating reasons a justification overrides (empty unless contraindicated).
  contraindications: Reason[];
}

export interface ContraindicatedStep {
  position: number;
  modality: ModalityCode;
  agent: AgentCode | null;
  rules: Pick<Reason, 'ruleId' | 'message' | 'source'>[];
}

// Each refusal carries what the API reports in `details`: the step's position (1-based), the
// unknown segments, or every unjustified contraindicated step.
export type StepRefusal =
  | (Refusal<UndocumentedStepCode> & { position: number })
  | (Refusal<'TRIAL_NOT_NAMED'> & { position: number })
  | (Refusal<'UNKNOWN_TARGET_LESION'> & { position: number; segments: number[] })
  | (Refusal<'CONTRAINDICATED_STEP'> & { steps: ContraindicatedStep[] });

export type StepsJudgement = { ok: true; steps: JudgedStep[] } | StepRefusal;

const isBlank = (value: string | null | undefined) => (value ?? '').trim() === '';

/**
 * Steps are checked in order, and each one fully (documented, trial named, target lesions on the
 * case) before the next: the first such problem is the answer. Only when every step passes are the
 * contraindicated steps without a justification refused, all of them at once, so that the proposer
 * sees every override the plan needs.
 */
export function judgeSteps(
  evaluation: PlanEvaluation,
  facts: Pick<CaseFacts, 'lesions'>,
  steps: readonly ProposedStep[],
): StepsJudgement {
  const segments = new Set(facts.lesions.map((lesion) => lesion.segment));
  const judged: { step: JudgedStep; verdict: StepVerdict }[] = [];
  for (const [index, step] of steps.entries()) {
    const position = index + 1;
    const judgement = judgeStep(evaluation, step.modality, step.agent ?? null);
    if (!judgement.ok) {
      return {
        ok: false,
        code: judgement.code,
        message: `step ${position}: ${judgement.message}; only documented modalities may be proposed`,
        position,
      };
    }
    const verdict = judgement.step;
    // TRIAL: "the proposal must name the trial (registry id or title)".
    if (
      verdict.modality === 'clinical_trial' &&
      isBlank(step.details?.trial) &&
      isBlank(step.details?.text)
    ) {
      return {
        ok: false,
        code: 'TRIAL_NOT_NAMED',
        message: `step ${position}: a clinical trial step must name the trial (registry id or title) in details.trial or details.text`,
        position,
      };
    }
    const targetLesions = step.targetLesions ?? [];
    const unknown = targetLesions.filter((segment) => !segments.has(segment));
    if (unknown.length > 0) {
      return {
        ok: false,
        code: 'UNKNOWN_TARGET_LESION',
        message: `step ${position}: the case has no lesion in segment ${unknown.join(', ')}`,
        position,
        segments: unknown,
      };
    }
    judged.push({
      verdict,
      step: {
        position,
        modality: verdict.modality,
        agent: verdict.agent,
        // A plain copy: a request's class instance must not end up in stored JSON.
        details: step.details ? { ...step.details } : null,
        targetLesions: [...targetLesions].sort((a, b) => a - b),
        // A blank justification justifies nothing.
        overrideJustification: isBlank(step.overrideJustification)
          ? null
          : (step.overrideJustification ?? null),
        verdict: verdict.verdict,
        contraindications: verdict.contraindications,
      },
    });
  }

  const unjustified: ContraindicatedStep[] = judged
    .filter(({ step }) => step.verdict === 'contraindicated' && step.overrideJustification === null)
    .map(({ step, verdict }) => ({
      position: step.position,
      modality: step.modality,
      agent: step.agent,
      rules: verdict.contraindications.map(({ ruleId, message, source }) => ({ ruleId, message, source })),
    }));
  if (unjustified.length > 0) {
    return {
      ok: false,
      code: 'CONTRAINDICATED_STEP',
      message:
        unjustified
          .map(
            (s) =>
              `step ${s.position} (${s.modality}${s.agent ? `: ${s.agent}` : ''}) is contraindicated by ` +
              s.rules.map((r) => `${r.ruleId} (${r.message})`).join(', '),
          )
          .join('; ') + '; add an overrideJustification to propose it anyway',
      steps: unjustified,
    };
  }
  return { ok: true, steps: judged.map(({ step }) => step) };
}
