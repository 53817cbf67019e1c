import { ApiProperty } from '@nestjs/swagger';

import {
  DEFAULT_THRESHOLDS,
  type PlanBuilderThresholds,
  resolveThresholds,
  RULE_SET_VERSION,
} from '@consilium/plan-builder';

import type { PlanBuilderSettings } from '../plan-builder-settings.entity';

export class PlanBuilderThresholdsDto implements PlanBuilderThresholds {
  @ApiProperty({ example: 20 }) flrMinPercentNormal!: number;
  @ApiProperty({ example: 30 }) flrMinPercentAfterChemotherapy!: number;
  @ApiProperty({ example: 40 }) flrMinPercentCirrhosis!: number;
  @ApiProperty({ example: 3 }) flrChemotherapyMonths!: number;
  @ApiProperty({ example: 30 }) ablationCautionDiameterMm!: number;
  @ApiProperty({ example: 50 }) ablationContraindicatedDiameterMm!: number;
  @ApiProperty({ example: 10 }) ablationMaxLesionCount!: number;
  @ApiProperty({ example: 3 }) sbrtMaxLesionCount!: number;
  @ApiProperty({ example: 60 }) sbrtContraindicatedDiameterMm!: number;
  @ApiProperty({ example: 3 }) sbrtContraindicatedBilirubinMgDl!: number;
  @ApiProperty({ example: 2.5 }) sbrtContraindicatedAlbuminGDl!: number;
  @ApiProperty({ example: 3 }) taceContraindicatedBilirubinMgDl!: number;
  @ApiProperty({ example: 42 }) bevacizumabSurgeryWindowDays!: number;
}

export class PlanBuilderSettingsDto {
  @ApiProperty({ example: '1.0.0' }) ruleSetVersion!: string;
  @ApiProperty({
    type: PlanBuilderThresholdsDto,
    description: 'The thresholds in force (overrides over defaults)',
  })
  thresholds!: PlanBuilderThresholdsDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: "The institution's overrides only; a missing key takes the default",
    example: { ablationCautionDiameterMm: 25 },
  })
  overrides!: Partial<PlanBuilderThresholds>;
  @ApiProperty({ type: PlanBuilderThresholdsDto, description: "The rule set's defaults" })
  defaults!: PlanBuilderThresholdsDto;
  @ApiProperty() updatedAt!: Date;
}

/** The stored overrides, with the thresholds they put in force and the defaults they override. */
export function toPlanBuilderSettingsDto(row: PlanBuilderSettings): PlanBuilderSettingsDto {
  return {
    ruleSetVersion: RULE_SET_VERSION,
    thresholds: resolveThresholds(row.thresholds),
    overrides: row.thresholds,
    defaults: { ...DEFAULT_THRESHOLDS },
    updatedAt: row.updatedAt,
  };
}
