import { MODALITY_CODES } from '@consilium/domain';

import {
  findAgent,
  findModality,
  isDocumentedAgent,
  isDocumentedModality,
  MODALITY_CATALOGUE,
} from './catalogue';

describe('modality catalogue', () => {
  it('holds the nine documented modalities in the domain order', () => {
    expect(MODALITY_CATALOGUE.map((m) => m.code)).toEqual([...MODALITY_CODES]);
    for (const modality of MODALITY_CATALOGUE) {
      expect(modality.name).not.toBe('');
      expect(modality.description).not.toBe('');
    }
  });

  it('keeps the source document wording', () => {
    expect(findModality('surgical_resection')?.description).toContain('safety margins');
    expect(findModality('radiofrequency_ablation')?.description).toContain('using heat');
    expect(findModality('cryoablation')?.description).toContain('extreme cold');
    expect(findModality('tace')?.name).toBe('Transarterial chemoembolisation (TACE)');
    expect(findModality('sbrt')?.description).toContain('minimal damage to healthy tissue');
    expect(findModality('clinical_trial')?.description).toContain('therapeutic vaccines');
  });

  it('documents the targeted therapy and immunotherapy agents, and no others', () => {
    expect(findModality('targeted_therapy')?.agents.map((a) => a.code)).toEqual([
      'cetuximab',
      'panitumumab',
      'encorafenib_cetuximab',
      'bevacizumab',
    ]);
    expect(findModality('immunotherapy')?.agents.map((a) => a.code)).toEqual(['nivolumab', 'pembrolizumab']);
    const withAgents = MODALITY_CATALOGUE.filter((m) => m.agents.length > 0).map((m) => m.code);
    expect(withAgents).toEqual(['targeted_therapy', 'immunotherapy']);
    expect(findAgent('targeted_therapy', 'cetuximab')?.agentClass).toBe('EGFR inhibitor');
    expect(findAgent('targeted_therapy', 'bevacizumab')?.agentClass).toBe('Anti-angiogenic');
  });

  it('answers lookups for undocumented modalities and agents', () => {
    expect(findModality('hepatic_arterial_infusion')).toBeUndefined();
    expect(isDocumentedModality('sbrt')).toBe(true);
    expect(isDocumentedModality('SIRT')).toBe(false);
    expect(isDocumentedAgent('targeted_therapy', 'panitumumab')).toBe(true);
    expect(isDocumentedAgent('targeted_therapy', 'regorafenib')).toBe(false);
    expect(isDocumentedAgent('immunotherapy', 'cetuximab')).toBe(false);
    expect(isDocumentedAgent('surgical_resection', 'cetuximab')).toBe(false);
    expect(isDocumentedAgent('unknown', 'nivolumab')).toBe(false);
  });
});
