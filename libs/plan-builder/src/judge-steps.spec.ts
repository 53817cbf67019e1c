import { evaluatePlanOptions } from './evaluate';
import { judgeSteps, type ProposedStep } from './judge-steps';
import { buildKnownFacts, TODAY } from './testing/build-facts';

// The known case: a left-sided MSS colon primary, BRAF V600E absent, one 24 mm lesion in segment 7,
// two more recorded below in segments 2 and 5. Immunotherapy is contraindicated (IO-MSI), so is
// encorafenib + cetuximab (TGT-BRAF); TACE is a caution (TACE-LINE); chemotherapy is eligible.
const facts = buildKnownFacts({
  lesions: [
    { segment: 7, diameterMm: 24 },
    { segment: 2, diameterMm: 12 },
    { segment: 5, diameterMm: 9 },
  ],
});
const evaluation = evaluatePlanOptions(facts, { today: TODAY });
const judge = (...steps: ProposedStep[]) => judgeSteps(evaluation, facts, steps);

const IO_MSI = {
  ruleId: 'IO-MSI',
  message: 'MSS/pMMR colorectal cancer: checkpoint inhibitors are for MSI-H/dMMR',
  source: 'NICE TA709 (KEYNOTE-177)',
};
const TGT_BRAF = {
  ruleId: 'TGT-BRAF',
  message: 'BRAF V600E absent: the combination is for BRAF V600E-mutant disease',
  source: 'NICE TA668 (BEACON)',
};

describe('judgeSteps: a proposal of documented steps', () => {
  it('stores each step with its position, verdict and sorted target lesions', () => {
    const result = judge(
      { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFOX', cycles: 6 } },
      { modality: 'surgical_resection', agent: null, targetLesions: [7, 2], details: { approach: 'open' } },
      { modality: 'targeted_therapy', agent: 'bevacizumab' },
    );
    expect(result).toEqual({
      ok: true,
      steps: [
        {
          position: 1,
          modality: 'systemic_chemotherapy',
          agent: null,
          details: { regimen: 'FOLFOX', cycles: 6 },
          targetLesions: [],
          overrideJustification: null,
          verdict: 'eligible',
          contraindications: [],
        },
        {
          position: 2,
          modality: 'surgical_resection',
          agent: null,
          details: { approach: 'open' },
          targetLesions: [2, 7],
          overrideJustification: null,
          verdict: 'eligible',
          contraindications: [],
        },
        {
          position: 3,
          modality: 'targeted_therapy',
          agent: 'bevacizumab',
          details: null,
          targetLesions: [],
          overrideJustification: null,
          verdict: 'caution',
          contraindications: [],
        },
      ],
    });
  });

  it('copies details and target lesions, leaving the request as it was', () => {
    class DetailsInput {
      constructor(public regimen: string) {}
    }
    const details = new DetailsInput('FOLFIRI');
    const targetLesions = [7, 2];
    const result = judge({ modality: 'sbrt', details, targetLesions });
    if (!result.ok) throw new Error(result.message);
    expect(result.steps[0].details).toEqual({ regimen: 'FOLFIRI' });
    expect(Object.getPrototypeOf(result.steps[0].details)).toBe(Object.prototype);
    expect(targetLesions).toEqual([7, 2]);
  });

  it('lets a caution step through without a justification', () => {
    const result = judge({ modality: 'tace' });
    expect(result).toMatchObject({ ok: true, steps: [{ verdict: 'caution', overrideJustification: null }] });
  });

  it('keeps a justification given for a step that needs none', () => {
    const result = judge({ modality: 'tace', overrideJustification: 'salvage after discussion' });
    expect(result).toMatchObject({
      ok: true,
      steps: [{ overrideJustification: 'salvage after discussion' }],
    });
  });
});

describe('judgeSteps: undocumented modalities and agents', () => {
  it('refuses an undocumented modality, naming the step', () => {
    expect(judge({ modality: 'systemic_chemotherapy' }, { modality: 'sirt' })).toEqual({
      ok: false,
      code: 'UNDOCUMENTED_MODALITY',
      message: 'step 2: Undocumented modality "sirt"; only documented modalities may be proposed',
      position: 2,
    });
  });

  it.each([
    ['targeted_therapy', 'regorafenib'],
    ['immunotherapy', 'cetuximab'],
    ['surgical_resection', 'cetuximab'],
  ])('refuses %s with agent %s', (modality, agent) => {
    expect(judge({ modality, agent })).toEqual({
      ok: false,
      code: 'UNDOCUMENTED_AGENT',
      message: `step 1: Agent "${agent}" is not documented for ${modality}; only documented modalities may be proposed`,
      position: 1,
    });
  });
});

describe('judgeSteps: TRIAL, a clinical trial step must name the trial', () => {
  it('refuses a trial step without a registry id or title', () => {
    for (const details of [undefined, null, {}, { regimen: 'experimental' }, { trial: '  ', text: '' }]) {
      expect(judge({ modality: 'systemic_chemotherapy' }, { modality: 'clinical_trial', details })).toEqual({
        ok: false,
        code: 'TRIAL_NOT_NAMED',
        message:
          'step 2: a clinical trial step must name the trial (registry id or title) in details.trial or details.text',
        position: 2,
      });
    }
  });

  it('accepts the trial named in details.trial or in details.text', () => {
    expect(judge({ modality: 'clinical_trial', details: { trial: 'NCT01234567' } })).toMatchObject({
      ok: true,
      steps: [{ modality: 'clinical_trial', verdict: 'eligible', details: { trial: 'NCT01234567' } }],
    });
    expect(judge({ modality: 'clinical_trial', details: { text: 'COLLISION-2' } }).ok).toBe(true);
  });
});

describe('judgeSteps: target lesions must be lesions of the case', () => {
  it('refuses segments without a recorded lesion, in the order given', () => {
    expect(judge({ modality: 'radiofrequency_ablation', targetLesions: [4, 7, 1] })).toEqual({
      ok: false,
      code: 'UNKNOWN_TARGET_LESION',
      message: 'step 1: the case has no lesion in segment 4, 1',
      position: 1,
      segments: [4, 1],
    });
  });

  it('refuses every target segment of a case without recorded lesions; no target is fine', () => {
    const noLesions = buildKnownFacts({ lesions: [] });
    const bare = evaluatePlanOptions(noLesions, { today: TODAY });
    expect(judgeSteps(bare, noLesions, [{ modality: 'sbrt', targetLesions: [7] }])).toMatchObject({
      code: 'UNKNOWN_TARGET_LESION',
      segments: [7],
    });
    expect(judgeSteps(bare, noLesions, [{ modality: 'systemic_chemotherapy', targetLesions: [] }]).ok).toBe(
      true,
    );
  });
});

describe('judgeSteps: a contraindicated step needs an override justification', () => {
  it('refuses every unjustified contraindicated step at once, with the rules that contraindicate it', () => {
    const result = judge(
      { modality: 'immunotherapy' },
      { modality: 'systemic_chemotherapy' },
      { modality: 'targeted_therapy', agent: 'encorafenib_cetuximab' },
    );
    expect(result).toEqual({
      ok: false,
      code: 'CONTRAINDICATED_STEP',
      message:
        `step 1 (immunotherapy) is contraindicated by IO-MSI (${IO_MSI.message}); ` +
        `step 3 (targeted_therapy: encorafenib_cetuximab) is contraindicated by TGT-BRAF (${TGT_BRAF.message}); ` +
        'add an overrideJustification to propose it anyway',
      steps: [
        { position: 1, modality: 'immunotherapy', agent: null, rules: [IO_MSI] },
        { position: 3, modality: 'targeted_therapy', agent: 'encorafenib_cetuximab', rules: [TGT_BRAF] },
      ],
    });
  });

  it('accepts it with a justification, stored with the contraindications it overrides', () => {
    const result = judge({
      modality: 'immunotherapy',
      agent: 'pembrolizumab',
      overrideJustification: 'POLE-mutant tumour, hypermutated despite MSS',
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.steps[0]).toMatchObject({
      verdict: 'contraindicated',
      overrideJustification: 'POLE-mutant tumour, hypermutated despite MSS',
    });
    expect(result.steps[0].contraindications).toEqual([
      expect.objectContaining({ ...IO_MSI, facts: expect.any(Object) }),
    ]);
  });

  it('does not count a blank justification', () => {
    expect(judge({ modality: 'immunotherapy', overrideJustification: '   ' })).toMatchObject({
      ok: false,
      code: 'CONTRAINDICATED_STEP',
      steps: [{ position: 1 }],
    });
  });
});

describe('judgeSteps: which refusal wins', () => {
  it('answers the first step with a problem', () => {
    expect(
      judge({ modality: 'sbrt', targetLesions: [3] }, { modality: 'sirt' }, { modality: 'clinical_trial' }),
    ).toMatchObject({ code: 'UNKNOWN_TARGET_LESION', position: 1 });
  });

  it('within a step: undocumented, then the trial name, then the target lesions', () => {
    expect(judge({ modality: 'clinical_trial', agent: 'nivolumab', targetLesions: [3] })).toMatchObject({
      code: 'UNDOCUMENTED_AGENT',
    });
    expect(judge({ modality: 'clinical_trial', targetLesions: [3] })).toMatchObject({
      code: 'TRIAL_NOT_NAMED',
    });
  });

  it('reports a later step’s problem before an earlier unjustified contraindication', () => {
    expect(judge({ modality: 'immunotherapy' }, { modality: 'clinical_trial' })).toMatchObject({
      code: 'TRIAL_NOT_NAMED',
      position: 2,
    });
  });
});
