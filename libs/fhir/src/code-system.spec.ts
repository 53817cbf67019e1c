import { emptyCaseFacts } from '@consilium/domain';

import { consiliumCodeSystem } from './code-system';
import { caseBundle } from './export-case';
import { recommendationBundle } from './export-recommendation';
import { CONSILIUM_CODE_SYSTEM } from './terminology';
import { validationErrors } from './testing/profiles';

describe('consiliumCodeSystem', () => {
  const codeSystem = consiliumCodeSystem();

  it('is a valid R4 CodeSystem under the canonical URL, each code once', () => {
    expect(validationErrors(codeSystem)).toEqual([]);
    expect(codeSystem.url).toBe(CONSILIUM_CODE_SYSTEM);
    const codes = (codeSystem.concept ?? []).map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codeSystem.count).toBe(codes.length);
  });

  it('holds every local code the exports write', () => {
    const person = {
      id: 'a1a1a1a1-0000-4000-8000-000000000001',
      fullName: 'Dr. Pau Serra',
      discipline: 'Surgery',
    };
    const input = {
      mrnSystem: 'urn:oid:2.16.840.1.113883.19.5',
      patient: {
        id: 'p',
        mrn: 'M-1',
        fullName: 'Ana López',
        birthDate: '1960-01-01',
        sex: 'female' as const,
      },
      boardCase: {
        id: 'c0ffee00-0000-4000-8000-000000000001',
        createdAt: '2026-10-01T09:30:00.000Z',
        facts: {
          ...emptyCaseFacts(),
          primarySite: 'colon' as const,
          msi: 'msi_high' as const,
          brafV600e: 'present' as const,
          pdl1Percent: 10,
          lesions: [{ segment: 4, diameterMm: 12 }],
          bilobar: true,
          extrahepaticDisease: 'limited' as const,
          childPugh: 'B' as const,
          cirrhosisOrFibrosis: true,
          futureLiverRemnantPercent: 40,
          comorbidities: ['asthma'],
          priorTreatments: [
            { modality: 'tace' as const, regimen: null, months: null, bestResponse: 'SD' as const },
          ],
          latestImagingDate: '2026-09-01',
          plannedSurgeryDate: '2026-12-20',
          questionForBoard: 'Ablation?',
        },
      },
    };
    const recommendation = recommendationBundle(input, {
      id: 'r',
      adoptedAt: '2026-11-20T10:15:00.000Z',
      intent: 'palliative',
      rationale: 'r',
      advisory: 'a',
      steps: [
        {
          position: 1,
          modality: 'sbrt',
          agent: null,
          verdict: 'eligible',
          overrideJustification: null,
          targetLesions: [4],
        },
      ],
      chair: person,
      votes: [{ voter: person, vote: 'abstain', comment: null, castAt: '2026-11-20T10:10:00.000Z' }],
      followUp: null,
      letter: {
        signedAt: '2026-11-21T08:00:00.000Z',
        signer: person,
        contentHash: 'ab',
        url: 'https://x/y.pdf',
      },
    });
    const known = new Set((codeSystem.concept ?? []).map((c) => c.code));
    // Every coding anywhere in the bundles (@medplum/core's FHIRPath has no descendants()).
    const used: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const node = value as { system?: unknown; code?: unknown };
        if (node.system === CONSILIUM_CODE_SYSTEM && typeof node.code === 'string') used.push(node.code);
        Object.values(value).forEach(walk);
      }
    };
    walk([caseBundle(input), recommendation]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((code) => !known.has(code))).toEqual([]);
  });
});
