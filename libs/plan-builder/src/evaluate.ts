import type { CaseFacts, ModalityCode, Refusal } from '@consilium/domain';

import { type AgentCode, MODALITY_CATALOGUE } from './catalogue';
import { RULES } from './rules';
import { isoDateToDayNumber } from './rules/facts';
import type { Reason } from './rules/rule';
import { type PlanBuilderThresholds, resolveThresholds, validateThresholds } from './thresholds';
import { bestVerdict, type Verdict, worstVerdict } from './verdict';

// Stored with every recommendation; bump it whenever a rule, its wording or a default threshold changes.
export const RULE_SET_VERSION = '1.0.0';

export interface AgentOption {
  agent: AgentCode;
  name: string;
  // The verdict of proposing this agent: its own reasons and the modality-level reasons of its option.
  verdict: Verdict;
  // Agent-level reasons only; the modality-level ones are on the option.
  reasons: Reason[];
}

export interface ModalityOption {
  modality: ModalityCode;
  name: string;
  verdict: Verdict;
  reasons: Reason[];
  agents?: AgentOption[];
}

export interface PlanEvaluation {
  ruleSetVersion: string;
  evaluatedOn: string;
  thresholds: PlanBuilderThresholds;
  options: ModalityOption[];
}

export interface EvaluateOptions {
  // ISO date (YYYY-MM-DD) in the institution's calendar; the library never reads the clock.
  today: string;
  // Missing thresholds take their defaults.
  thresholds?: Partial<PlanBuilderThresholds>;
}

export function evaluatePlanOptions(facts: CaseFacts, options: EvaluateOptions): PlanEvaluation {
  const thresholds = resolveThresholds(options.thresholds);
  const problems = validateThresholds(thresholds);
  if (problems.length > 0) throw new RangeError(`Invalid plan-builder thresholds: ${problems.join('; ')}`);
  if (isoDateToDayNumber(options.today) === null) {
    throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got "${options.today}"`);
  }

  const modalityReasons = new Map<ModalityCode, Reason[]>();
  const agentReasons = new Map<AgentCode, Reason[]>();
  const push = <K>(map: Map<K, Reason[]>, key: K, reasons: Reason[]) =>
    map.set(key, [...(map.get(key) ?? []), ...reasons]);

  for (const rule of RULES) {
    const reasons = rule.evaluate(facts, { thresholds, today: options.today });
    if (rule.agents) rule.agents.forEach((agent) => push(agentReasons, agent, reasons));
    else rule.modalities.forEach((modality) => push(modalityReasons, modality, reasons));
  }

  return {
    ruleSetVersion: RULE_SET_VERSION,
    evaluatedOn: options.today,
    thresholds,
    options: MODALITY_CATALOGUE.map((definition): ModalityOption => {
      const reasons = modalityReasons.get(definition.code) ?? [];
      const modalityVerdict = worstVerdict(reasons.map((r) => r.verdict));
      if (definition.agents.length === 0) {
        return { modality: definition.code, name: definition.name, verdict: modalityVerdict, reasons };
      }
      const agents = definition.agents.map((agent): AgentOption => {
        const own = agentReasons.get(agent.code) ?? [];
        const verdict = worstVerdict([modalityVerdict, ...own.map((r) => r.verdict)]);
        return { agent: agent.code, name: agent.name, verdict, reasons: own };
      });
      // A modality is as available as its best agent: one contraindicated agent (encorafenib + cetuximab
      // without BRAF V600E) must not rule out targeted therapy when cetuximab is eligible. Each agent's
      // verdict already includes the modality-level reasons.
      const verdict = bestVerdict(agents.map((a) => a.verdict));
      return { modality: definition.code, name: definition.name, verdict, reasons, agents };
    }),
  };
}

export type UndocumentedStepCode = 'UNDOCUMENTED_MODALITY' | 'UNDOCUMENTED_AGENT';

export interface StepVerdict {
  modality: ModalityCode;
  agent: AgentCode | null;
  verdict: Verdict;
  reasons: Reason[];
  // Non-empty exactly when the step is contraindicated: a proposal needs an override justification.
  contraindications: Reason[];
}

// An undocumented modality or agent comes from a request, so it is an answer, not an exception.
export type StepJudgement = { ok: true; step: StepVerdict } | Refusal<UndocumentedStepCode>;

const reasonKey = (r: Reason) => `${r.ruleId}\u0000${r.verdict}\u0000${r.message}`;

// Judges one proposed step against a stored evaluation. Without an agent, a modality with agents takes the
// option's verdict, and its reasons include every agent's (deduplicated: EGFR inhibitors share theirs).
export function judgeStep(
  evaluation: PlanEvaluation,
  modality: string,
  agent?: string | null,
): StepJudgement {
  const option = evaluation.options.find((o) => o.modality === modality);
  if (!option)
    return { ok: false, code: 'UNDOCUMENTED_MODALITY', message: `Undocumented modality "${modality}"` };

  let verdict: Verdict;
  let reasons: Reason[];
  let agentCode: AgentCode | null = null;
  if (agent !== undefined && agent !== null) {
    const agentOption = option.agents?.find((a) => a.agent === agent);
    if (!agentOption) {
      return {
        ok: false,
        code: 'UNDOCUMENTED_AGENT',
        message: `Agent "${agent}" is not documented for ${modality}`,
      };
    }
    agentCode = agentOption.agent;
    verdict = agentOption.verdict;
    reasons = [...option.reasons, ...agentOption.reasons];
  } else {
    verdict = option.verdict;
    const seen = new Set<string>();
    reasons = [...option.reasons, ...(option.agents ?? []).flatMap((a) => a.reasons)].filter((r) => {
      const key = reasonKey(r);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  const contraindications =
    verdict === 'contraindicated' ? reasons.filter((r) => r.verdict === 'contraindicated') : [];
  return {
    ok: true,
    step: { modality: option.modality, agent: agentCode, verdict, reasons, contraindications },
  };
}
