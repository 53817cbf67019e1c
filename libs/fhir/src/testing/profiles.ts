import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OperationOutcomeError, validateResource } from '@medplum/core';
import type { Resource, StructureDefinition } from '@medplum/fhirtypes';

import { loadR4 } from '../r4';

// The mCODE 4.0.0 StructureDefinitions committed under libs/fhir/profiles (extracted by
// libs/fhir/scripts/extract-mcode.mjs, see SOURCE.md there), for tests: the library itself never
// validates against them at run time.

const PROFILES_DIR = join(__dirname, '..', '..', 'profiles', 'mcode-4.0.0');

let byUrl: Map<string, StructureDefinition> | undefined;

function profiles(): Map<string, StructureDefinition> {
  if (!byUrl) {
    byUrl = new Map();
    for (const file of readdirSync(PROFILES_DIR).filter((name) => name.endsWith('.json'))) {
      const sd = JSON.parse(readFileSync(join(PROFILES_DIR, file), 'utf8')) as StructureDefinition;
      if (sd.resourceType === 'StructureDefinition' && sd.url) byUrl.set(sd.url, sd);
    }
  }
  return byUrl;
}

/** The committed mCODE StructureDefinition with this canonical URL; throws for one we do not have. */
export function mcodeProfile(url: string): StructureDefinition {
  const sd = profiles().get(url);
  if (!sd) throw new Error(`No committed StructureDefinition for ${url} in ${PROFILES_DIR}`);
  return sd;
}

/** Every canonical URL committed, e.g. to check that each claimed profile is one we can test. */
export function mcodeProfileUrls(): string[] {
  return [...profiles().keys()];
}

/**
 * The errors of `resource` against base R4 and against every profile in its meta.profile, as
 * `[base R4|<profile url>] <FHIRPath>: <problem>`; empty when it is valid. Warnings are not errors.
 */
export function validationErrors(resource: Resource): string[] {
  loadR4();
  const errors = errorsOf('base R4', () => validateResource(resource));
  for (const url of resource.meta?.profile ?? []) {
    const profile = mcodeProfile(url);
    errors.push(...errorsOf(url, () => validateResource(resource, { profile })));
  }
  return errors;
}

function errorsOf(against: string, validate: () => unknown): string[] {
  try {
    validate();
    return [];
  } catch (err) {
    if (!(err instanceof OperationOutcomeError)) throw err;
    return (err.outcome.issue ?? [])
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map(
        (issue) =>
          `[${against}] ${(issue.expression ?? []).join(', ')}: ${issue.details?.text ?? issue.code}`,
      );
  }
}
