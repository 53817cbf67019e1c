import { MODALITY_CODES, type ModalityCode } from '@consilium/domain';

// The agents the source document names (EGFR inhibitors, bevacizumab, nivolumab, pembrolizumab), plus
// encorafenib + cetuximab, which rule TGT-BRAF documents as the BRAF V600E combination.
export const TARGETED_THERAPY_AGENTS = [
  'cetuximab',
  'panitumumab',
  'encorafenib_cetuximab',
  'bevacizumab',
] as const;
export type TargetedTherapyAgent = (typeof TARGETED_THERAPY_AGENTS)[number];

export const IMMUNOTHERAPY_AGENTS = ['nivolumab', 'pembrolizumab'] as const;
export type ImmunotherapyAgent = (typeof IMMUNOTHERAPY_AGENTS)[number];

export type AgentCode = TargetedTherapyAgent | ImmunotherapyAgent;

export interface AgentDefinition {
  code: AgentCode;
  name: string;
  agentClass: string;
}

export interface ModalityDefinition {
  code: ModalityCode;
  name: string;
  description: string;
  // Empty for modalities proposed without naming an agent.
  agents: readonly AgentDefinition[];
}

// Names and descriptions keep the wording of the source document (liver-metastases-treatment-options.txt, see
// docs/plan-builder-rules.md#modality-catalogue): proposals may only use the modalities exactly as that
// document describes them.
export const MODALITY_CATALOGUE: readonly ModalityDefinition[] = [
  {
    code: 'surgical_resection',
    name: 'Liver surgery or surgical resection',
    description:
      'Removing the affected areas of the liver with safety margins (including robotic and laparoscopic ' +
      'liver surgery); an option when metastases are limited in number and size and the patient maintains ' +
      'good liver function.',
    agents: [],
  },
  {
    code: 'radiofrequency_ablation',
    name: 'Radiofrequency ablation',
    description:
      'Minimally invasive technique that destroys tumours using heat, carried out with image-guided needles; ' +
      'for patients who are not surgical candidates or to minimise surgical aggression; effective on small ' +
      'lesions.',
    agents: [],
  },
  {
    code: 'cryoablation',
    name: 'Cryoablation',
    description:
      'Minimally invasive technique that destroys tumours using extreme cold, carried out with image-guided ' +
      'needles; for patients who are not surgical candidates or to minimise surgical aggression; effective on ' +
      'small lesions.',
    agents: [],
  },
  {
    code: 'systemic_chemotherapy',
    name: 'Systemic chemotherapy',
    description:
      'One of the fundamental pillars of treatment; acts not only on liver metastases but also on the primary ' +
      'tumour and other possible disseminations.',
    agents: [],
  },
  {
    code: 'tace',
    name: 'Transarterial chemoembolisation (TACE)',
    description:
      'Combines the administration of chemotherapy with embolisation to treat tumours, mainly in the liver ' +
      'and liver metastases: focuses a large dose of chemotherapy directly on a tumour, reducing its blood ' +
      'supply and causing it to shrink.',
    agents: [],
  },
  {
    code: 'targeted_therapy',
    name: 'Targeted therapy',
    description:
      'Blocks specific molecules necessary for tumour cell growth; examples include EGFR inhibitors and ' +
      'antiangiogenics such as bevacizumab.',
    agents: [
      { code: 'cetuximab', name: 'Cetuximab', agentClass: 'EGFR inhibitor' },
      { code: 'panitumumab', name: 'Panitumumab', agentClass: 'EGFR inhibitor' },
      {
        code: 'encorafenib_cetuximab',
        name: 'Encorafenib + cetuximab',
        agentClass: 'BRAF V600E combination (BRAF inhibitor with EGFR inhibitor)',
      },
      { code: 'bevacizumab', name: 'Bevacizumab', agentClass: 'Anti-angiogenic' },
    ],
  },
  {
    code: 'immunotherapy',
    name: 'Immunotherapy',
    description:
      'Stimulates the immune system to recognise and destroy cancer cells; drugs such as nivolumab or ' +
      'pembrolizumab have been shown to be effective in certain types of metastatic cancer.',
    agents: [
      { code: 'nivolumab', name: 'Nivolumab', agentClass: 'Immune checkpoint inhibitor' },
      { code: 'pembrolizumab', name: 'Pembrolizumab', agentClass: 'Immune checkpoint inhibitor' },
    ],
  },
  {
    code: 'sbrt',
    name: 'Stereotactic body radiotherapy (SBRT)',
    description: 'Treats metastases with great precision and minimal damage to healthy tissue.',
    agents: [],
  },
  {
    code: 'clinical_trial',
    name: 'Clinical trial or experimental therapy',
    description:
      'Clinical trials and experimental therapies: cell therapies, therapeutic vaccines and innovative drug ' +
      'combinations.',
    agents: [],
  },
];

export function isDocumentedModality(code: string): code is ModalityCode {
  return (MODALITY_CODES as readonly string[]).includes(code);
}

export function findModality(code: string): ModalityDefinition | undefined {
  return MODALITY_CATALOGUE.find((modality) => modality.code === code);
}

export function findAgent(modality: string, agent: string): AgentDefinition | undefined {
  return findModality(modality)?.agents.find((a) => a.code === agent);
}

export function isDocumentedAgent(modality: string, agent: string): boolean {
  return findAgent(modality, agent) !== undefined;
}
