import {
  DEFAULT_THRESHOLDS,
  type PlanBuilderThresholds,
  resolveThresholds,
  validateThresholds,
} from './thresholds';

describe('plan-builder thresholds', () => {
  it('default to the values of rule set 1.0.0', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      flrMinPercentNormal: 20,
      flrMinPercentAfterChemotherapy: 30,
      flrMinPercentCirrhosis: 40,
      flrChemotherapyMonths: 3,
      ablationCautionDiameterMm: 30,
      ablationContraindicatedDiameterMm: 50,
      ablationMaxLesionCount: 10,
      sbrtMaxLesionCount: 3,
      sbrtContraindicatedDiameterMm: 60,
      sbrtContraindicatedBilirubinMgDl: 3,
      sbrtContraindicatedAlbuminGDl: 2.5,
      taceContraindicatedBilirubinMgDl: 3,
      bevacizumabSurgeryWindowDays: 42,
    });
    expect(validateThresholds(DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('fill unset values with defaults', () => {
    expect(resolveThresholds({ sbrtMaxLesionCount: 5 })).toEqual({
      ...DEFAULT_THRESHOLDS,
      sbrtMaxLesionCount: 5,
    });
    expect(resolveThresholds()).toEqual(DEFAULT_THRESHOLDS);
  });

  it('reject an ablation caution size at or above the contraindicated size', () => {
    expect(validateThresholds(resolveThresholds({ ablationCautionDiameterMm: 50 }))).toEqual([
      'ablationCautionDiameterMm: must be smaller than ablationContraindicatedDiameterMm',
    ]);
    expect(validateThresholds(resolveThresholds({ ablationCautionDiameterMm: 49 }))).toEqual([]);
  });

  it('reject zero, negative and non-numeric values, listing every problem', () => {
    const bad = { ...DEFAULT_THRESHOLDS, sbrtMaxLesionCount: 0, taceContraindicatedBilirubinMgDl: -1 };
    expect(validateThresholds(bad)).toEqual([
      'sbrtMaxLesionCount: must be positive',
      'taceContraindicatedBilirubinMgDl: must be positive',
    ]);
    const fromJson = JSON.parse('{"bevacizumabSurgeryWindowDays": "42"}') as Partial<PlanBuilderThresholds>;
    expect(validateThresholds(resolveThresholds(fromJson))).toEqual([
      'bevacizumabSurgeryWindowDays: must be a finite number',
    ]);
    expect(validateThresholds(resolveThresholds({ sbrtContraindicatedAlbuminGDl: Number.NaN }))).toEqual([
      'sbrtContraindicatedAlbuminGDl: must be a finite number',
    ]);
  });

  it('reject percentages above 100', () => {
    expect(validateThresholds(resolveThresholds({ flrMinPercentCirrhosis: 100 }))).toEqual([]);
    expect(validateThresholds(resolveThresholds({ flrMinPercentCirrhosis: 101 }))).toEqual([
      'flrMinPercentCirrhosis: must be a percentage between 0 and 100',
    ]);
  });

  it('reject fractional counts and days', () => {
    expect(
      validateThresholds(
        resolveThresholds({ ablationMaxLesionCount: 10.5, bevacizumabSurgeryWindowDays: 41.5 }),
      ),
    ).toEqual([
      'ablationMaxLesionCount: must be a whole number',
      'bevacizumabSurgeryWindowDays: must be a whole number',
    ]);
  });

  it('reject FLR minimums after chemotherapy or with cirrhosis below the normal-liver minimum', () => {
    expect(validateThresholds(resolveThresholds({ flrMinPercentNormal: 35 }))).toEqual([
      'flrMinPercentAfterChemotherapy: must not be below flrMinPercentNormal',
    ]);
    expect(validateThresholds(resolveThresholds({ flrMinPercentNormal: 30 }))).toEqual([]);
  });

  it('reject keys that are not thresholds', () => {
    const withTypo = { ...DEFAULT_THRESHOLDS, sbrtMaxLesions: 4 } as PlanBuilderThresholds;
    expect(validateThresholds(withTypo)).toEqual(['sbrtMaxLesions: not a known threshold']);
  });
});
