import { createHash } from 'node:crypto';
import type {
  BodyStructure,
  Bundle,
  BundleEntry,
  CodeableConcept,
  Coding,
  Condition,
  Observation,
  Patient,
  Procedure,
  Reference,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';

import type { CaseFacts, LiverLesion, PriorTreatment } from '@consilium/domain';

import type { CaseExportInput } from './model';
import {
  BODY_SITES,
  BRAF_RESULT,
  CHILD_PUGH_CODES,
  type Code,
  COLORECTAL_SIDE,
  CONSILIUM_FHIR_BASE,
  couinaudSegment,
  EXTENSIONS,
  EXTRAHEPATIC_DISEASE_CODES,
  FHIR_CODES,
  LIVER_METASTASIS,
  MCODE_PROFILES,
  MODALITIES,
  MSI_RESULT,
  OBSERVATIONS,
  PRIMARY_CANCER,
  RAS_RESULT,
  RECIST_CODES,
  SERVICE_REQUEST_CODES,
  SYSTEMS,
} from './terminology';

// The FHIR R4 export of a board case (docs/adr/0018-fhir-exchange.md): a `collection` Bundle, one
// entry per resource, aligned with mCODE STU4. A resource claims an mCODE profile in meta.profile
// only where it passes that profile (export-case.spec.ts proves each claim against the committed
// StructureDefinitions). Codes come from terminology.ts only.
//
// How facts without an obvious FHIR home are written, so that the import reads them back exactly:
// - a prior treatment is a Procedure (status completed): code = MODALITIES[modality]; the regimen
//   is usedCode[0].text; the duration is an extension EXTENSIONS.treatmentMonths with valueDecimal
//   (months); the best response is outcome = RECIST_CODES[response]. A null part is left out.
// - the board's question is a ServiceRequest (status active, intent order) coded
//   SERVICE_REQUEST_CODES.tumourBoardReview, the question verbatim in note[0].text, authoredOn the
//   case's creation time, reasonReference the primary (when there is one) and the liver metastases.
// - a lesion is a BodyStructure (location liver, locationQualifier couinaudSegment(segment)) and a
//   tumour size Observation whose focus is that BodyStructure (longest dimension in mm).
// - a pending marker is an Observation with status `registered` and no value[x].
// - BodyStructure claims no profile: @medplum/core cannot match mCODE Tumor's identifier slice (its
//   own Tumor example fails too), and Tumor binds locationQualifier (required) to SNOMED CT qualifiers
//   while the Couinaud segment is a local code.
// Resource ids are name-based (SHA-1, RFC 4122 version 5) UUIDs of `<base>/case/<case id>/<part>`,
// so an export of the same case always carries the same ids and fullUrls (`urn:uuid:<id>`); the
// Patient keeps Consilium's patient id.

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// RFC 4122 appendix C: the namespace for names that are URLs.
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A version 5 (SHA-1, name-based) UUID of `name` in the URL namespace. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(URL_NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const coding = (code: Code): Coding => ({ system: code.system, code: code.code, display: code.display });
export const concept = (...codes: Code[]): CodeableConcept => ({ coding: codes.map(coding) });
const ucum = (value: number, code: string, unit = code) => ({ value, unit, system: SYSTEMS.ucum, code });

/** The id of a resource of a case's export: `part` names its role (`liver-metastases`, …). */
export const caseResourceId = (caseId: string, part: string) =>
  nameUuid(`${CONSILIUM_FHIR_BASE}/case/${caseId}/${part}`);

export function caseBundle(input: CaseExportInput): Bundle {
  const { boardCase, patient } = input;
  const facts: CaseFacts = boardCase.facts;
  const entries: Resource[] = [];
  const idOf = (part: string) => caseResourceId(boardCase.id, part);
  const ref = <T extends Resource>(resource: T): Reference<T> => ({ reference: `urn:uuid:${resource.id}` });

  // The Patient keeps Consilium's own id (a UUID) so that every case of the patient names the same one.
  const patientId = UUID_RE.test(patient.id)
    ? patient.id.toLowerCase()
    : nameUuid(`${CONSILIUM_FHIR_BASE}/patient/${patient.id}`);
  const words = patient.fullName.trim().split(/\s+/);
  const fhirPatient: Patient = {
    resourceType: 'Patient',
    id: patientId,
    meta: { profile: [MCODE_PROFILES.cancerPatient] },
    identifier: [
      { type: concept(FHIR_CODES.medicalRecordNumber), system: input.mrnSystem, value: patient.mrn },
    ],
    name: [
      words.length > 1
        ? { text: patient.fullName, family: words.slice(1).join(' '), given: [words[0]] }
        : { text: patient.fullName, family: words[0] },
    ],
    gender: patient.sex,
    birthDate: patient.birthDate,
  };
  entries.push(fhirPatient);
  const subject = ref(fhirPatient);

  const primary =
    facts.primarySite === null ? null : primaryCondition(facts, idOf('primary-cancer'), subject);
  if (primary) entries.push(primary);

  const metastases: Condition = {
    resourceType: 'Condition',
    id: idOf('liver-metastases'),
    meta: { profile: [MCODE_PROFILES.secondaryCancerCondition] },
    extension: primary ? [{ url: EXTENSIONS.conditionRelated, valueReference: ref(primary) }] : undefined,
    clinicalStatus: concept(FHIR_CODES.conditionActive),
    verificationStatus: concept(FHIR_CODES.conditionConfirmed),
    category: [concept(FHIR_CODES.problemListItem)],
    code: concept(LIVER_METASTASIS.snomed, LIVER_METASTASIS.icd10),
    bodySite: [concept(BODY_SITES.liver)],
    subject,
  };
  entries.push(metastases);

  facts.lesions.forEach((lesion, index) => {
    const tumor = tumorOf(
      lesion,
      index,
      boardCase.id,
      idOf(`lesion/${index}/tumor`),
      subject,
      ref(metastases),
    );
    entries.push(tumor, tumorSizeOf(lesion, idOf(`lesion/${index}/size`), subject, ref(tumor)));
  });

  const observation = (
    part: string,
    code: Code,
    value: Partial<Observation>,
    options: { category?: Code; profile?: string } = {},
  ): Observation => ({
    resourceType: 'Observation',
    id: idOf(part),
    meta: options.profile ? { profile: [options.profile] } : undefined,
    status: 'final',
    category: options.category ? [concept(options.category)] : undefined,
    code: concept(code),
    subject,
    ...value,
  });

  if (facts.ecog !== null) {
    entries.push(
      observation(
        'ecog',
        OBSERVATIONS.ecog,
        { valueInteger: facts.ecog },
        { category: FHIR_CODES.survey, profile: MCODE_PROFILES.ecogPerformanceStatus },
      ),
    );
  }

  // A pending marker has no value[x], which TumorMarkerTest requires (1..1): it claims nothing.
  const marker = <S extends string>(
    part: string,
    code: Code,
    status: S | 'pending' | null,
    results: Record<S, Code>,
  ) => {
    if (status === null) return;
    if (status === 'pending') {
      entries.push({
        ...observation(part, code, {}, { category: FHIR_CODES.laboratory }),
        status: 'registered',
      });
      return;
    }
    entries.push(
      observation(
        part,
        code,
        { valueCodeableConcept: concept(results[status]) },
        { category: FHIR_CODES.laboratory, profile: MCODE_PROFILES.tumorMarkerTest },
      ),
    );
  };
  marker('ras', OBSERVATIONS.kras, facts.ras, RAS_RESULT);
  marker('braf-v600e', OBSERVATIONS.brafV600e, facts.brafV600e, BRAF_RESULT);
  marker('msi', OBSERVATIONS.msi, facts.msi, MSI_RESULT);

  const lab = { category: FHIR_CODES.laboratory };
  const imaging = { category: FHIR_CODES.imaging };
  if (facts.pdl1Percent !== null) {
    entries.push(
      observation('pdl1', OBSERVATIONS.pdl1, { valueQuantity: ucum(facts.pdl1Percent, '%') }, lab),
    );
  }
  if (facts.bilirubinMgDl !== null) {
    entries.push(
      observation(
        'bilirubin',
        OBSERVATIONS.bilirubinMass,
        { valueQuantity: ucum(facts.bilirubinMgDl, 'mg/dL') },
        lab,
      ),
    );
  }
  if (facts.albuminGDl !== null) {
    entries.push(
      observation('albumin', OBSERVATIONS.albumin, { valueQuantity: ucum(facts.albuminGDl, 'g/dL') }, lab),
    );
  }
  if (facts.inr !== null) {
    entries.push(
      observation('inr', OBSERVATIONS.inr, { valueQuantity: ucum(facts.inr, '{INR}', 'INR') }, lab),
    );
  }
  if (facts.bilobar !== null) {
    entries.push(observation('bilobar', OBSERVATIONS.bilobar, { valueBoolean: facts.bilobar }, imaging));
  }
  if (facts.extrahepaticDisease !== null) {
    const value = concept(EXTRAHEPATIC_DISEASE_CODES[facts.extrahepaticDisease]);
    entries.push(
      observation('extrahepatic', OBSERVATIONS.extrahepaticDisease, { valueCodeableConcept: value }, imaging),
    );
  }
  if (facts.futureLiverRemnantPercent !== null) {
    const value = ucum(facts.futureLiverRemnantPercent, '%');
    entries.push(
      observation('future-liver-remnant', OBSERVATIONS.futureLiverRemnant, { valueQuantity: value }, imaging),
    );
  }
  if (facts.childPugh !== null) {
    const value = concept(CHILD_PUGH_CODES[facts.childPugh]);
    entries.push(observation('child-pugh', OBSERVATIONS.childPugh, { valueCodeableConcept: value }));
  }
  if (facts.cirrhosisOrFibrosis !== null) {
    entries.push(
      observation('cirrhosis', OBSERVATIONS.cirrhosisOrFibrosis, { valueBoolean: facts.cirrhosisOrFibrosis }),
    );
  }
  if (facts.latestImagingDate !== null) {
    const value = { valueDateTime: facts.latestImagingDate };
    entries.push(observation('latest-imaging', OBSERVATIONS.latestImaging, value, imaging));
  }
  if (facts.plannedSurgeryDate !== null) {
    entries.push(
      observation('planned-surgery', OBSERVATIONS.plannedSurgery, {
        valueDateTime: facts.plannedSurgeryDate,
      }),
    );
  }
  facts.comorbidities.forEach((comorbidity, index) => {
    entries.push(observation(`comorbidity/${index}`, OBSERVATIONS.comorbidity, { valueString: comorbidity }));
  });

  facts.priorTreatments.forEach((treatment, index) => {
    entries.push(priorTreatmentOf(treatment, idOf(`prior-treatment/${index}`), subject));
  });

  if (facts.questionForBoard !== null) {
    const request: ServiceRequest = {
      resourceType: 'ServiceRequest',
      id: idOf('question'),
      status: 'active',
      intent: 'order',
      code: concept(SERVICE_REQUEST_CODES.tumourBoardReview),
      subject,
      authoredOn: boardCase.createdAt,
      reasonReference: [...(primary ? [ref(primary)] : []), ref(metastases)],
      note: [{ text: facts.questionForBoard }],
    };
    entries.push(request);
  }

  return {
    resourceType: 'Bundle',
    id: idOf('bundle'),
    type: 'collection',
    entry: entries.map((resource): BundleEntry => ({
      fullUrl: `urn:uuid:${resource.id}`,
      resource: withoutUndefined(resource),
    })),
  };
}

function primaryCondition(facts: CaseFacts, id: string, subject: Reference<Patient>): Condition | null {
  if (facts.primarySite === null) return null;
  const cancer = PRIMARY_CANCER[facts.primarySite];
  const codings = [cancer.snomed, cancer.icd10].filter((code): code is Code => code !== null);
  const site =
    facts.primarySite === 'colon' || facts.primarySite === 'rectum' ? BODY_SITES[facts.primarySite] : null;
  return {
    resourceType: 'Condition',
    id,
    meta: { profile: [MCODE_PROFILES.primaryCancerCondition] },
    extension:
      facts.histology === null
        ? undefined
        : [{ url: EXTENSIONS.histologyMorphologyBehavior, valueCodeableConcept: { text: facts.histology } }],
    clinicalStatus: concept(FHIR_CODES.conditionActive),
    verificationStatus: concept(FHIR_CODES.conditionConfirmed),
    category: [concept(FHIR_CODES.problemListItem)],
    code: { ...(codings.length > 0 ? concept(...codings) : {}), text: cancer.text },
    bodySite: site
      ? [
          {
            ...concept(site),
            extension:
              facts.primarySide === null
                ? undefined
                : [
                    {
                      url: EXTENSIONS.lateralityQualifier,
                      valueCodeableConcept: concept(COLORECTAL_SIDE[facts.primarySide]),
                    },
                  ],
          },
        ]
      : undefined,
    subject,
    onsetDateTime: facts.diagnosisDate ?? undefined,
  };
}

function tumorOf(
  lesion: LiverLesion,
  index: number,
  caseId: string,
  id: string,
  patient: Reference<Patient>,
  condition: Reference<Condition>,
): BodyStructure {
  return {
    resourceType: 'BodyStructure',
    id,
    extension: [{ url: EXTENSIONS.relatedCondition, valueReference: condition }],
    // mCODE Tumor wants a business identifier for the tumour: the case and the lesion's position.
    identifier: [
      {
        use: 'usual',
        type: concept(FHIR_CODES.bodyStructureIdentifier),
        system: `${CONSILIUM_FHIR_BASE}/identifier/lesion`,
        value: `${caseId}/${index + 1}`,
      },
    ],
    location: concept(BODY_SITES.liver),
    locationQualifier: [concept(couinaudSegment(lesion.segment))],
    patient,
  };
}

function tumorSizeOf(
  lesion: LiverLesion,
  id: string,
  subject: Reference<Patient>,
  tumor: Reference<BodyStructure>,
): Observation {
  return {
    resourceType: 'Observation',
    id,
    meta: { profile: [MCODE_PROFILES.tumorSize] },
    status: 'final',
    category: [concept(FHIR_CODES.imaging)],
    code: concept(OBSERVATIONS.tumorSize),
    subject,
    focus: [tumor],
    component: [
      { code: concept(OBSERVATIONS.tumorLongestDimension), valueQuantity: ucum(lesion.diameterMm, 'mm') },
    ],
  };
}

function priorTreatmentOf(treatment: PriorTreatment, id: string, subject: Reference<Patient>): Procedure {
  return {
    resourceType: 'Procedure',
    id,
    extension:
      treatment.months === null
        ? undefined
        : [{ url: EXTENSIONS.treatmentMonths, valueDecimal: treatment.months }],
    status: 'completed',
    code: concept(MODALITIES[treatment.modality]),
    subject,
    outcome: treatment.bestResponse === null ? undefined : concept(RECIST_CODES[treatment.bestResponse]),
    usedCode: treatment.regimen === null ? undefined : [{ text: treatment.regimen }],
  };
}

/** A copy without the `undefined` properties the builders leave, which are not valid FHIR JSON. */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
