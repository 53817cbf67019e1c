import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional } from 'class-validator';

import type { PlanBuilderThresholds } from '@consilium/plan-builder';

const finite = { allowNaN: false, allowInfinity: false };

// PUT replaces the institution's overrides: a threshold left out takes the rule set's default. Types
// are checked here (400); ranges and consistency by the plan builder's validateThresholds (422).
export class UpdatePlanBuilderSettingsDto implements Partial<PlanBuilderThresholds> {
  @ApiPropertyOptional({
    example: 20,
    description: 'RES-FLR: minimum future liver remnant (%) of a normal liver',
  })
  @IsOptional()
  @IsNumber(finite)
  flrMinPercentNormal?: number;

  @ApiPropertyOptional({
    example: 30,
    description: 'RES-FLR: minimum FLR (%) after more than flrChemotherapyMonths of chemotherapy',
  })
  @IsOptional()
  @IsNumber(finite)
  flrMinPercentAfterChemotherapy?: number;

  @ApiPropertyOptional({ example: 40, description: 'RES-FLR: minimum FLR (%) with cirrhosis or fibrosis' })
  @IsOptional()
  @IsNumber(finite)
  flrMinPercentCirrhosis?: number;

  @ApiPropertyOptional({
    example: 3,
    description: 'RES-FLR: months of prior chemotherapy above which the higher FLR minimum applies',
  })
  @IsOptional()
  @IsNumber(finite)
  flrChemotherapyMonths?: number;

  @ApiPropertyOptional({
    example: 30,
    description: 'ABL-SIZE: a lesion larger than this (mm) is a caution for ablation',
  })
  @IsOptional()
  @IsNumber(finite)
  ablationCautionDiameterMm?: number;

  @ApiPropertyOptional({
    example: 50,
    description: 'ABL-SIZE: a lesion larger than this (mm) contraindicates ablation',
  })
  @IsOptional()
  @IsNumber(finite)
  ablationContraindicatedDiameterMm?: number;

  @ApiPropertyOptional({
    example: 10,
    description: 'ABL-COUNT: more lesions than this contraindicates ablation (whole number)',
  })
  @IsOptional()
  @IsNumber(finite)
  ablationMaxLesionCount?: number;

  @ApiPropertyOptional({
    example: 3,
    description: 'SBRT-COUNT: more lesions than this contraindicates SBRT (whole number)',
  })
  @IsOptional()
  @IsNumber(finite)
  sbrtMaxLesionCount?: number;

  @ApiPropertyOptional({
    example: 60,
    description: 'SBRT-SIZE: a largest lesion at or above this (mm) contraindicates SBRT',
  })
  @IsOptional()
  @IsNumber(finite)
  sbrtContraindicatedDiameterMm?: number;

  @ApiPropertyOptional({
    example: 3,
    description: 'SBRT-LIVER: bilirubin at or above this (mg/dL) contraindicates SBRT',
  })
  @IsOptional()
  @IsNumber(finite)
  sbrtContraindicatedBilirubinMgDl?: number;

  @ApiPropertyOptional({
    example: 2.5,
    description: 'SBRT-LIVER: albumin at or below this (g/dL) contraindicates SBRT',
  })
  @IsOptional()
  @IsNumber(finite)
  sbrtContraindicatedAlbuminGDl?: number;

  @ApiPropertyOptional({
    example: 3,
    description: 'TACE-LIVER: bilirubin at or above this (mg/dL) contraindicates TACE',
  })
  @IsOptional()
  @IsNumber(finite)
  taceContraindicatedBilirubinMgDl?: number;

  @ApiPropertyOptional({
    example: 42,
    description:
      'TGT-BEV-SURG: a resection planned within this many days is a caution for bevacizumab (whole number)',
  })
  @IsOptional()
  @IsNumber(finite)
  bevacizumabSurgeryWindowDays?: number;
}
