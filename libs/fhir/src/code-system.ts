import type { CodeSystem } from '@medplum/fhirtypes';

import { CONSILIUM_CODE_SYSTEM, CONSILIUM_CODE_SYSTEM_VERSION, consiliumCodes } from './terminology';

/**
 * The project's own CodeSystem as a FHIR resource: every local code the exchange writes or reads,
 * with its display, under its canonical URL (served by `GET /api/fhir/CodeSystem/consilium`).
 */
export function consiliumCodeSystem(): CodeSystem {
  const concepts = consiliumCodes();
  return {
    resourceType: 'CodeSystem',
    id: 'consilium',
    url: CONSILIUM_CODE_SYSTEM,
    version: CONSILIUM_CODE_SYSTEM_VERSION,
    name: 'Consilium',
    title: "Consilium's codes for tumour-board facts without a standard code",
    status: 'active',
    experimental: false,
    publisher: 'Consilium',
    description:
      'Facts of liver-metastasis tumour boards that SNOMED CT, LOINC and ICD-10 do not code (or not ' +
      'verifiably): extrahepatic disease, future liver remnant, Child-Pugh class, Couinaud segments, ' +
      "treatment modalities, plan intents, plan-builder verdicts, votes and the board's documents.",
    caseSensitive: true,
    content: 'complete',
    count: concepts.length,
    concept: concepts.map((c) => ({ code: c.code, display: c.display })),
  };
}
