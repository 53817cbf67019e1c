import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { MODALITY_CODES, type ModalityCode } from '@consilium/domain';
import {
  type AgentCode,
  IMMUNOTHERAPY_AGENTS,
  type ModalityDefinition,
  type PlanEvaluation,
  RULE_IDS,
  type RuleId,
  TARGETED_THERAPY_AGENTS,
  type Verdict,
  VERDICTS,
} from '@consilium/plan-builder';

import { PlanBuilderThresholdsDto } from './plan-builder-settings.dto';

export const AGENT_CODES: readonly AgentCode[] = [...TARGETED_THERAPY_AGENTS, ...IMMUNOTHERAPY_AGENTS];

export class AgentDefinitionDto {
  @ApiProperty({ enum: AGENT_CODES }) code!: AgentCode;
  @ApiProperty({ example: 'Cetuximab' }) name!: string;
  @ApiProperty({ example: 'EGFR inhibitor' }) agentClass!: string;
}

export class ModalityDto {
  @ApiProperty({ enum: MODALITY_CODES }) code!: ModalityCode;
  @ApiProperty({ example: 'Targeted therapy' }) name!: string;
  @ApiProperty({ description: 'As the source document describes it' }) description!: string;
  @ApiProperty({ type: AgentDefinitionDto, isArray: true, description: 'Empty when no agent is named' })
  agents!: AgentDefinitionDto[];
}

export class ModalityCatalogueDto {
  @ApiProperty({ example: '1.0.0' }) ruleSetVersion!: string;
  @ApiProperty({ type: ModalityDto, isArray: true }) items!: ModalityDto[];
}

export class ReasonDto {
  @ApiProperty({ enum: RULE_IDS, example: 'TGT-EGFR-RAS' }) ruleId!: RuleId;
  @ApiProperty({ enum: VERDICTS }) verdict!: Verdict;
  @ApiProperty({ example: 'RAS mutant: EGFR inhibitors are for RAS wild-type disease' }) message!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The case facts the rule read',
    example: { ras: 'mutant' },
  })
  facts!: Record<string, unknown>;
  @ApiProperty({ example: 'NICE TA439; ESMO 2023' }) source!: string;
}

export class AgentOptionDto {
  @ApiProperty({ enum: AGENT_CODES }) agent!: AgentCode;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: VERDICTS, description: "Includes the modality's own reasons" }) verdict!: Verdict;
  @ApiProperty({ type: ReasonDto, isArray: true, description: 'Agent-level reasons only' })
  reasons!: ReasonDto[];
}

export class ModalityOptionDto {
  @ApiProperty({ enum: MODALITY_CODES }) modality!: ModalityCode;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: VERDICTS }) verdict!: Verdict;
  @ApiProperty({ type: ReasonDto, isArray: true }) reasons!: ReasonDto[];
  @ApiPropertyOptional({ type: AgentOptionDto, isArray: true }) agents?: AgentOptionDto[];
}

/** A plan-builder evaluation as a proposal stores it (without the case, which the proposal names). */
export class PlanEvaluationDto {
  @ApiProperty({ example: '1.0.0' }) ruleSetVersion!: string;
  @ApiProperty({ format: 'date', description: "Today in the institution's time zone" }) evaluatedOn!: string;
  @ApiProperty({ type: PlanBuilderThresholdsDto }) thresholds!: PlanBuilderThresholdsDto;
  @ApiProperty({ type: ModalityOptionDto, isArray: true, description: 'Every documented modality' })
  options!: ModalityOptionDto[];
}

export class PlanOptionsDto extends PlanEvaluationDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
}

export function toModalityCatalogueDto(
  catalogue: readonly ModalityDefinition[],
  ruleSetVersion: string,
): ModalityCatalogueDto {
  return {
    ruleSetVersion,
    items: catalogue.map((m) => ({
      code: m.code,
      name: m.name,
      description: m.description,
      agents: m.agents.map((a) => ({ code: a.code, name: a.name, agentClass: a.agentClass })),
    })),
  };
}

export function toPlanOptionsDto(caseId: string, evaluation: PlanEvaluation): PlanOptionsDto {
  return { caseId, ...evaluation };
}
