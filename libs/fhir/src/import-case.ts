import { isResourceType, OperationOutcomeError, validateResource } from '@medplum/core';
import type {
  BodyStructure,
  Bundle,
  CodeableConcept,
  Coding,
  Condition,
  Identifier,
  Observation,
  OperationOutcomeIssue,
  Patient,
  Procedure,
  Reference,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';

import {
  type CaseFacts,
  checkPrimarySide,
  type ColorectalSide,
  FACT_LIMITS,
  FACT_RANGES,
  type LiverLesion,
  type PrimarySite,
  type PriorTreatment,
} from '@consilium/domain';

import { type CaseImport, FhirInputError, type FhirPatientSex, type UnmappedElement } from './model';
import { loadR4 } from './r4';
import {
  BODY_SITES,
  BRAF_RESULT,
  CHILD_PUGH_CODES,
  type Code,
  COLORECTAL_SIDE,
  CONSILIUM_CODE_SYSTEM,
  couinaudSegment,
  EXTENSIONS,
  EXTRAHEPATIC_DISEASE_CODES,
  FHIR_CODES,
  LIVER_METASTASIS,
  MODALITIES,
  MSI_RESULT,
  OBSERVATIONS,
  PRIMARY_CANCER,
  RAS_RESULT,
  RECIST_CODES,
  SERVICE_REQUEST_CODES,
  SYSTEMS,
} from './terminology';
import { convertQuantity, round, type UnitKind } from './units';

// Reads a FHIR R4 Bundle from the hospital's record into the facts of a draft case
// (docs/adr/0018-fhir-exchange.md). Malformed FHIR is refused whole (FhirInputError, a 400 naming
// each element); well-formed FHIR that says something Consilium does not read is imported without
// it and reported in `unmapped`, so the clinician completes the case knowing what was left out.
// Codes are recognised only from terminology.ts, by system and code: nothing is guessed.

// The ranges and lengths a typed-in fact sheet accepts (libs/domain, FACT_RANGES and FACT_LIMITS):
// a value outside them is reported instead of imported, so the draft case always saves.
const LIMITS = FACT_RANGES;
const TEXT_MAX_LENGTH = FACT_LIMITS.textMaxLength;
const QUESTION_MAX_LENGTH = FACT_LIMITS.questionMaxLength;
const MAX_LESIONS = FACT_LIMITS.maxLesions;
const MAX_PRIOR_TREATMENTS = FACT_LIMITS.maxPriorTreatments;
const MAX_COMORBIDITIES = FACT_LIMITS.maxComorbidities;
const MIN_DATE = '1900-01-01';

const BUNDLE_TYPES = ['transaction', 'collection'];
const SEXES: readonly FhirPatientSex[] = ['female', 'male', 'other', 'unknown'];
// An Observation with one of these statuses carries a result; `registered` is a test ordered.
const RESULT_STATUSES = ['final', 'amended', 'corrected', 'preliminary'];
const NOT_GIVEN_PROCEDURE_STATUSES = ['preparation', 'not-done', 'entered-in-error'];

const SYSTEM_NAMES: Record<string, string> = {
  [SYSTEMS.snomed]: 'SNOMED CT',
  [SYSTEMS.loinc]: 'LOINC',
  [SYSTEMS.icd10cm]: 'ICD-10-CM',
  [CONSILIUM_CODE_SYSTEM]: 'Consilium',
};

interface Entry {
  index: number;
  fullUrl: string | undefined;
  resource: Resource;
  /** `Bundle.entry[i].resource` */
  path: string;
  /** `Observation/abc`, or null for a resource without an id (a transaction's new resources). */
  label: string | null;
}

type Problem = FhirInputError['problems'][number];

/** The patient and the facts of a case in a FHIR R4 Bundle (`transaction` or `collection`). */
export function readCaseBundle(bundle: unknown, options: { mrnSystem: string }): CaseImport {
  loadR4(); // before anything: isResourceType knows only the types loaded
  const entries = readEntries(bundle);
  validate(bundle as Bundle, entries);
  const { entry, patient } = readPatient(entries, options.mrnSystem);
  const reader = new FactReader(entries, entry);
  reader.read();
  return { patient, facts: reader.facts, unmapped: reader.unmapped };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const show = (value: unknown) => (value === undefined ? 'none' : JSON.stringify(value));

function readEntries(bundle: unknown): Entry[] {
  if (!isObject(bundle)) throw new FhirInputError([{ element: 'Bundle', problem: 'not a JSON object' }]);
  if (bundle.resourceType !== 'Bundle') {
    throw new FhirInputError([
      { element: 'Bundle.resourceType', problem: `must be "Bundle", found ${show(bundle.resourceType)}` },
    ]);
  }
  const problems: Problem[] = [];
  if (typeof bundle.type !== 'string' || !BUNDLE_TYPES.includes(bundle.type)) {
    problems.push({
      element: 'Bundle.type',
      problem: `must be "transaction" or "collection", found ${show(bundle.type)}`,
    });
  }
  if (!Array.isArray(bundle.entry)) {
    problems.push({
      element: 'Bundle.entry',
      problem: 'must be an array of entries, each with its resource',
    });
    throw new FhirInputError(problems);
  }
  const entries: Entry[] = [];
  const fullUrls = new Map<string, number>();
  bundle.entry.forEach((raw: unknown, index) => {
    const at = `Bundle.entry[${index}]`;
    if (!isObject(raw)) return problems.push({ element: at, problem: 'not a JSON object' });
    if (typeof raw.fullUrl === 'string') {
      // References resolve by fullUrl: two entries with the same one would make them ambiguous.
      const first = fullUrls.get(raw.fullUrl);
      if (first !== undefined) {
        problems.push({ element: `${at}.fullUrl`, problem: `the same as Bundle.entry[${first}].fullUrl` });
      }
      fullUrls.set(raw.fullUrl, index);
    }
    const resource = raw.resource;
    if (!isObject(resource)) {
      return problems.push({
        element: `${at}.resource`,
        problem: 'missing: every entry must carry a resource',
      });
    }
    const type = resource.resourceType;
    if (typeof type !== 'string' || !isResourceType(type)) {
      return problems.push({
        element: `${at}.resource.resourceType`,
        problem: `${show(type)} is not an R4 resource type`,
      });
    }
    const id = typeof resource.id === 'string' ? resource.id : undefined;
    entries.push({
      index,
      fullUrl: typeof raw.fullUrl === 'string' ? raw.fullUrl : undefined,
      resource: resource as unknown as Resource,
      path: `${at}.resource`,
      label: id ? `${type}/${id}` : null,
    });
  });
  if (problems.length > 0) throw new FhirInputError(problems);
  return entries;
}

function validate(bundle: Bundle, entries: Entry[]): void {
  // The envelope (Bundle, entry, fullUrl, request) from the whole bundle; each resource on its own,
  // because medplum checks a resource's invariants (obs-6, ...) only when it is the one validated.
  const problems: Problem[] = errorsOf(bundle)
    .map((issue) => ({ element: issue.expression?.[0] ?? 'Bundle', problem: problemOf(issue) }))
    .filter((p) => !/^Bundle\.entry\[\d+\]\.resource(\.|$)/.test(p.element));
  for (const entry of entries) {
    for (const issue of errorsOf(entry.resource)) {
      problems.push({ element: inEntry(entry, issue.expression?.[0]), problem: problemOf(issue) });
    }
  }
  if (problems.length > 0) throw new FhirInputError(problems);
}

function errorsOf(resource: Resource): OperationOutcomeIssue[] {
  try {
    validateResource(resource);
    return [];
  } catch (err) {
    if (!(err instanceof OperationOutcomeError)) throw err;
    return (err.outcome.issue ?? []).filter(
      (issue) => issue.severity === 'error' || issue.severity === 'fatal',
    );
  }
}

const problemOf = (issue: OperationOutcomeIssue) => issue.details?.text ?? issue.diagnostics ?? issue.code;

/** medplum names an element from its resource (`Patient.birthDate`); we name it from the bundle. */
function inEntry(entry: Entry, expression: string | undefined): string {
  const type = entry.resource.resourceType;
  if (!expression || expression === type) return entry.path;
  if (expression.startsWith(`${type}.`)) return entry.path + expression.slice(type.length);
  return `${entry.path}.${expression}`;
}

function readPatient(entries: Entry[], mrnSystem: string): { entry: Entry; patient: CaseImport['patient'] } {
  const patients = entries.filter((e) => e.resource.resourceType === 'Patient');
  if (patients.length === 0) {
    throw new FhirInputError([
      { element: 'Bundle.entry', problem: 'no Patient: a case bundle carries its patient' },
    ]);
  }
  if (patients.length > 1) {
    throw new FhirInputError(
      patients.slice(1).map((e) => ({
        element: e.path,
        problem: `a second Patient (the first is ${patients[0].path}): a case bundle carries one patient`,
      })),
    );
  }
  const entry = patients[0];
  const resource = entry.resource as Patient;
  const problems: Problem[] = [];

  const identifier = chooseIdentifier(entry, resource.identifier ?? [], mrnSystem, problems);
  const name = resource.name?.[0];
  const fullName = (
    name?.text?.trim() || [...(name?.given ?? []), name?.family].filter(Boolean).join(' ')
  ).trim();
  if (!fullName) {
    problems.push({ element: `${entry.path}.name`, problem: 'missing: the patient has no name' });
  }
  const birthDate = resource.birthDate;
  if (birthDate === undefined) {
    problems.push({
      element: `${entry.path}.birthDate`,
      problem: 'missing: Consilium registers a patient by birth date',
    });
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    problems.push({
      element: `${entry.path}.birthDate`,
      problem: `a full date (YYYY-MM-DD) is needed, found ${birthDate}`,
    });
  }
  const gender = resource.gender ?? 'unknown';
  // The validator does not check codes against their value set, even a required one.
  if (!SEXES.includes(gender)) {
    problems.push({
      element: `${entry.path}.gender`,
      problem: `${show(gender)} is not an R4 administrative gender (${SEXES.join(', ')})`,
    });
  }
  if (problems.length > 0 || !identifier || !birthDate) throw new FhirInputError(problems);
  return { entry, patient: { identifier, fullName, birthDate, sex: gender } };
}

/** The MRN: in the institution's system, else the one typed MR, else the only identifier. */
function chooseIdentifier(
  entry: Entry,
  identifiers: Identifier[],
  mrnSystem: string,
  problems: Problem[],
): { system: string; value: string } | undefined {
  const element = `${entry.path}.identifier`;
  // An `old` identifier (a merged record's former MRN) never identifies the patient today.
  const usable = identifiers
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => id.value?.trim() && id.use !== 'old');
  const isMr = (id: Identifier) => hasCode(id.type, FHIR_CODES.medicalRecordNumber);
  let chosen = usable.filter(({ id }) => id.system === mrnSystem);
  if (chosen.length === 0) chosen = usable.filter(({ id }) => isMr(id));
  if (chosen.length === 0 && usable.length === 1) chosen = usable;
  if (chosen.length === 0) {
    problems.push({
      element,
      problem:
        usable.length === 0
          ? 'missing: the patient is matched by an identifier (its MRN)'
          : `none of the ${usable.length} identifiers has the system ${mrnSystem} or the type MR: which is the MRN is unclear`,
    });
    return undefined;
  }
  const values = new Set(chosen.map(({ id }) => `${id.system}|${id.value?.trim()}`));
  if (values.size > 1) {
    problems.push({ element, problem: `${values.size} identifiers could be the MRN: which one is unclear` });
    return undefined;
  }
  const { id, i } = chosen[0];
  if (!id.system) {
    problems.push({
      element: `${element}[${i}].system`,
      problem: 'missing: the MRN is matched by system and value',
    });
    return undefined;
  }
  return { system: id.system, value: (id.value ?? '').trim() };
}

// --- codes -----------------------------------------------------------------------------------

function hasCode(concept: CodeableConcept | undefined, code: Code): boolean {
  return concept?.coding?.some((c) => c.system === code.system && c.code === code.code) ?? false;
}

/** The keys of `table` whose code the concept carries (several only when its codings disagree). */
function codesIn<K extends string>(concept: CodeableConcept | undefined, table: Record<K, Code>): K[] {
  return (Object.keys(table) as K[]).filter((key) => hasCode(concept, table[key]));
}

function describeCoding(c: Coding): string {
  return `${SYSTEM_NAMES[c.system ?? ''] ?? c.system ?? 'a code without a system,'} ${c.code}`;
}

function unknownCode(concept: CodeableConcept | undefined): string {
  const codings = (concept?.coding ?? []).filter((c) => c.code);
  if (codings.length === 0) {
    return concept?.text ? `not coded ("${concept.text}"): Consilium reads coded elements only` : 'no code';
  }
  const names = codings.map(describeCoding);
  return names.length === 1
    ? `${names[0]} is not a code Consilium reads`
    : `${names.join(', ')}: none is a code Consilium reads`;
}

function primarySiteOf(concept: CodeableConcept | undefined): PrimarySite[] {
  const sites = (Object.keys(PRIMARY_CANCER) as PrimarySite[]).filter((site) => {
    const { snomed, icd10 } = PRIMARY_CANCER[site];
    return (snomed && hasCode(concept, snomed)) || (icd10 && hasCode(concept, icd10));
  });
  // "other" has no code: the export writes its text alone, and only that exact text is read as it.
  if (sites.length === 0 && !concept?.coding?.length && concept?.text === PRIMARY_CANCER.other.text) {
    return ['other'];
  }
  return sites;
}

type DateCheck = { ok: true; date: string } | { ok: false; reason: string };

function dateOf(value: string, notFuture: boolean): DateCheck {
  const date = /^(\d{4}-\d{2}-\d{2})(T|$)/.exec(value)?.[1];
  if (!date) return { ok: false, reason: `${value} is not a full date: Consilium records YYYY-MM-DD` };
  if (date < MIN_DATE) return { ok: false, reason: `${date} is before ${MIN_DATE}` };
  if (notFuture && date > new Date().toISOString().slice(0, 10)) {
    return { ok: false, reason: `${date} is in the future` };
  }
  return { ok: true, date };
}

// --- facts -----------------------------------------------------------------------------------

const MARKER_FACTS = { kras: 'ras', brafV600e: 'brafV600e', msi: 'msi' } as const;

const FACT_LABELS: Partial<Record<keyof CaseFacts, string>> = {
  primarySite: 'primary cancer',
  primarySide: 'side of the primary',
  histology: 'histology',
  diagnosisDate: 'diagnosis date',
  ras: 'RAS result',
  brafV600e: 'BRAF V600E result',
  msi: 'MSI result',
  pdl1Percent: 'PD-L1 value',
  bilobar: 'bilobar finding',
  extrahepaticDisease: 'extrahepatic disease finding',
  bilirubinMgDl: 'bilirubin value',
  albuminGDl: 'albumin value',
  inr: 'INR value',
  childPugh: 'Child-Pugh class',
  cirrhosisOrFibrosis: 'cirrhosis or fibrosis finding',
  futureLiverRemnantPercent: 'future liver remnant',
  ecog: 'ECOG score',
  latestImagingDate: 'latest imaging date',
  plannedSurgeryDate: 'planned surgery date',
  questionForBoard: 'question for the board',
};

class FactReader {
  readonly facts: Partial<CaseFacts> = {};
  readonly unmapped: UnmappedElement[] = [];
  private readonly firstAt = new Map<keyof CaseFacts, string>();
  private readonly lesions: LiverLesion[] = [];
  private readonly comorbidities: string[] = [];
  private readonly treatments: PriorTreatment[] = [];
  private readonly byReference = new Map<string, Entry>();

  constructor(
    private readonly entries: Entry[],
    private readonly patient: Entry,
  ) {
    // A reference is a fullUrl (urn:uuid:… in a transaction) or `Type/id` relative to the server.
    for (const entry of entries) {
      if (entry.fullUrl) this.byReference.set(entry.fullUrl, entry);
      if (entry.label && !this.byReference.has(entry.label)) this.byReference.set(entry.label, entry);
    }
  }

  read(): void {
    const sizes = this.tumourSizesByLesion();
    for (const entry of this.entries) {
      const type = entry.resource.resourceType;
      if (type === 'Patient') continue;
      else if (type === 'Condition') this.readCondition(entry, entry.resource);
      else if (type === 'Observation') this.readObservation(entry, entry.resource);
      else if (type === 'BodyStructure') this.readLesion(entry, entry.resource, sizes.get(entry.index) ?? []);
      else if (type === 'Procedure') this.readTreatment(entry, entry.resource);
      else if (type === 'ServiceRequest') this.readQuestion(entry, entry.resource);
      else this.report(entry.path, entry, `Consilium does not read ${type} resources`);
    }
    if (this.lesions.length > 0) this.facts.lesions = this.lesions;
    if (this.comorbidities.length > 0) this.facts.comorbidities = this.comorbidities;
    if (this.treatments.length > 0) this.facts.priorTreatments = this.treatments;
  }

  private report(element: string, entry: Entry | null, reason: string): void {
    this.unmapped.push({ element, resource: entry?.label ?? null, reason });
  }

  /** Sets a fact once: a second value for it is reported and the first kept. */
  private set<K extends keyof CaseFacts>(key: K, value: CaseFacts[K], element: string, entry: Entry): void {
    const first = this.firstAt.get(key);
    if (first !== undefined) {
      return this.report(
        element,
        entry,
        `a second ${FACT_LABELS[key] ?? key}: the first, at ${first}, is kept`,
      );
    }
    this.firstAt.set(key, element);
    this.facts[key] = value;
  }

  private resolve(reference: Reference | undefined): Entry | undefined {
    const ref = reference?.reference?.replace(/\/_history\/[^/]+$/, '');
    if (!ref) return undefined;
    // A transaction may refer conditionally, `Patient?identifier=system|value`: the entry it names.
    const conditional = /^(\w+)\?identifier=([^&]*)$/.exec(ref);
    if (conditional) {
      const [system, value] = decodeURIComponent(conditional[2]).split('|');
      const matches = this.entries.filter(
        (e) =>
          e.resource.resourceType === conditional[1] &&
          identifiersOf(e.resource).some((id) => id.system === system && id.value === value),
      );
      return matches.length === 1 ? matches[0] : undefined;
    }
    // An absolute URL resolves only as an entry's fullUrl: another server's Patient/1 is not ours.
    return this.byReference.get(ref);
  }

  /** Whether a resource is about the bundle's Patient; one about anybody else is not read. */
  private aboutPatient(entry: Entry, subject: Reference | undefined, field: 'subject' | 'patient'): boolean {
    if (!subject?.reference || this.resolve(subject) === this.patient) return true;
    this.report(
      `${entry.path}.${field}`,
      entry,
      `refers to ${subject.reference}, not the bundle's Patient: not read`,
    );
    return false;
  }

  // The primary cancer gives its site, side, histology and date; the liver metastases are the case
  // itself and give no fact of their own.
  private readCondition(entry: Entry, condition: Condition): void {
    if (!this.aboutPatient(entry, condition.subject, 'subject')) return;
    const verification = condition.verificationStatus?.coding?.find(
      (c) => c.system === SYSTEMS.conditionVerification,
    );
    if (verification?.code === 'refuted' || verification?.code === 'entered-in-error') {
      return this.report(
        `${entry.path}.verificationStatus`,
        entry,
        `${verification.code}: not a diagnosis Consilium reads`,
      );
    }
    if (codesIn(condition.code, LIVER_METASTASIS).length > 0) return;
    const sites = primarySiteOf(condition.code);
    if (sites.length !== 1) {
      const reason =
        sites.length === 0
          ? unknownCode(condition.code)
          : `codes of different primaries (${sites.join(', ')})`;
      return this.report(`${entry.path}.code`, entry, reason);
    }
    const site = sites[0];
    if (this.firstAt.has('primarySite')) {
      const first = this.firstAt.get('primarySite');
      return this.report(
        `${entry.path}.code`,
        entry,
        `a second primary cancer: the first, at ${first}, is kept`,
      );
    }
    this.set('primarySite', site, `${entry.path}.code`, entry);

    condition.extension?.forEach((extension, i) => {
      if (extension.url !== EXTENSIONS.histologyMorphologyBehavior) return;
      const element = `${entry.path}.extension[${i}]`;
      // Histology is free text in Consilium: the sender's text, else the display of its code.
      const text = (
        extension.valueCodeableConcept?.text ?? extension.valueCodeableConcept?.coding?.[0]?.display
      )?.trim();
      if (!text) {
        return this.report(element, entry, 'histology without text or display: Consilium records it as text');
      }
      if (text.length > TEXT_MAX_LENGTH) {
        return this.report(element, entry, `histology longer than ${TEXT_MAX_LENGTH} characters`);
      }
      this.set('histology', text, element, entry);
    });

    condition.bodySite?.forEach((bodySite, b) => {
      bodySite.extension?.forEach((extension, i) => {
        if (extension.url !== EXTENSIONS.lateralityQualifier) return;
        const element = `${entry.path}.bodySite[${b}].extension[${i}]`;
        const sides = codesIn<ColorectalSide>(extension.valueCodeableConcept, COLORECTAL_SIDE);
        if (sides.length !== 1) {
          return this.report(element, entry, unknownCode(extension.valueCodeableConcept));
        }
        const check = checkPrimarySide({ primarySite: site, primarySide: sides[0] });
        if (!check.ok) return this.report(element, entry, check.message);
        this.set('primarySide', sides[0], element, entry);
      });
    });

    if (condition.onsetDateTime !== undefined) {
      const element = `${entry.path}.onsetDateTime`;
      const date = dateOf(condition.onsetDateTime, true);
      if (!date.ok) return this.report(element, entry, `diagnosis date ${date.reason}`);
      this.set('diagnosisDate', date.date, element, entry);
    } else {
      const onset = (['onsetAge', 'onsetPeriod', 'onsetRange', 'onsetString'] as const).find(
        (k) => condition[k],
      );
      if (onset) {
        this.report(`${entry.path}.${onset}`, entry, 'the diagnosis date is read from onsetDateTime only');
      }
    }
  }

  private readObservation(entry: Entry, observation: Observation): void {
    const kinds = codesIn(observation.code, OBSERVATIONS);
    if (kinds.includes('tumorSize')) return; // read with the lesion it measures
    if (!this.aboutPatient(entry, observation.subject, 'subject')) return;
    const kind = kinds.length === 1 ? kinds[0] : undefined;
    if (!kind || kind === 'tumorLongestDimension') {
      const reason =
        kinds.length > 1
          ? `codes of different observations (${kinds.join(', ')})`
          : unknownCode(observation.code);
      return this.report(`${entry.path}.code`, entry, reason);
    }
    if (!this.hasResult(entry, observation, kind)) return;
    const at = (suffix: string) => `${entry.path}.${suffix}`;

    switch (kind) {
      case 'ecog': {
        const value = observation.valueInteger;
        if (value === undefined) {
          return this.report(at('value[x]'), entry, 'the ECOG score is read from valueInteger');
        }
        if (value < 0 || value > 4) {
          return this.report(at('valueInteger'), entry, `ECOG ${value} is outside 0–4`);
        }
        return this.set('ecog', value as CaseFacts['ecog'], at('valueInteger'), entry);
      }
      case 'kras':
        return this.coded(entry, observation, 'ras', RAS_RESULT);
      case 'brafV600e':
        return this.coded(entry, observation, 'brafV600e', BRAF_RESULT);
      case 'msi':
        return this.coded(entry, observation, 'msi', MSI_RESULT);
      case 'extrahepaticDisease':
        return this.coded(entry, observation, 'extrahepaticDisease', EXTRAHEPATIC_DISEASE_CODES);
      case 'childPugh':
        return this.coded(entry, observation, 'childPugh', CHILD_PUGH_CODES);
      case 'pdl1':
        return this.quantity(entry, observation, 'percent', 'pdl1Percent');
      case 'futureLiverRemnant':
        return this.quantity(entry, observation, 'percent', 'futureLiverRemnantPercent');
      case 'bilirubinMass':
      case 'bilirubinMoles':
        // Either code, converted by the unit the value carries.
        return this.quantity(entry, observation, 'bilirubin', 'bilirubinMgDl');
      case 'albumin':
        return this.quantity(entry, observation, 'albumin', 'albuminGDl');
      case 'inr':
        return this.quantity(entry, observation, 'inr', 'inr');
      case 'bilobar':
        return this.boolean(entry, observation, 'bilobar');
      case 'cirrhosisOrFibrosis':
        return this.boolean(entry, observation, 'cirrhosisOrFibrosis');
      case 'latestImaging':
        return this.date(entry, observation, 'latestImagingDate', true);
      case 'plannedSurgery':
        return this.date(entry, observation, 'plannedSurgeryDate', false);
      case 'comorbidity':
        return this.comorbidity(entry, observation);
    }
  }

  /**
   * Whether the Observation carries a result to read. A tumour marker ordered but not back
   * (`registered`, or `preliminary` without a value) is the fact "pending".
   */
  private hasResult(entry: Entry, observation: Observation, kind: keyof typeof OBSERVATIONS): boolean {
    const status = observation.status;
    const hasValue = Object.keys(observation).some((key) => key.startsWith('value'));
    if (status === 'registered' || (status === 'preliminary' && !hasValue)) {
      if (kind === 'kras' || kind === 'brafV600e' || kind === 'msi') {
        this.set(MARKER_FACTS[kind], 'pending', `${entry.path}.status`, entry);
      } else {
        this.report(`${entry.path}.status`, entry, `status ${status} without a result: nothing to read yet`);
      }
      return false;
    }
    if (!RESULT_STATUSES.includes(status)) {
      this.report(`${entry.path}.status`, entry, `status ${status}: not a result Consilium reads`);
      return false;
    }
    if (!hasValue) {
      const absent = observation.dataAbsentReason
        ? ` (data absent: ${describeConcept(observation.dataAbsentReason)})`
        : '';
      this.report(`${entry.path}.value[x]`, entry, `no value${absent}`);
      return false;
    }
    return true;
  }

  private coded<K extends 'ras' | 'brafV600e' | 'msi' | 'extrahepaticDisease' | 'childPugh'>(
    entry: Entry,
    observation: Observation,
    fact: K,
    table: Record<Exclude<NonNullable<CaseFacts[K]>, 'pending'>, Code>,
  ): void {
    const concept = observation.valueCodeableConcept;
    if (!concept) {
      return this.report(
        `${entry.path}.value[x]`,
        entry,
        `the ${FACT_LABELS[fact]} is read from valueCodeableConcept`,
      );
    }
    const element = `${entry.path}.valueCodeableConcept`;
    const values = codesIn(concept, table);
    if (values.length !== 1) {
      return this.report(
        element,
        entry,
        values.length === 0 ? unknownCode(concept) : `codes of different results (${values.join(', ')})`,
      );
    }
    this.set(fact, values[0] as CaseFacts[K], element, entry);
  }

  private quantity(
    entry: Entry,
    observation: Observation,
    unit: UnitKind,
    fact: 'pdl1Percent' | 'futureLiverRemnantPercent' | 'bilirubinMgDl' | 'albuminGDl' | 'inr',
  ): void {
    if (!observation.valueQuantity) {
      return this.report(
        `${entry.path}.value[x]`,
        entry,
        `the ${FACT_LABELS[fact]} is read from valueQuantity`,
      );
    }
    const element = `${entry.path}.valueQuantity`;
    const converted = convertQuantity(unit, observation.valueQuantity);
    if (!converted.ok) return this.report(element, entry, converted.reason);
    const outside = outOfRange(converted.value, LIMITS[fact]);
    if (outside) return this.report(element, entry, `${FACT_LABELS[fact]} ${outside}`);
    this.set(fact, converted.value, element, entry);
  }

  private boolean(entry: Entry, observation: Observation, fact: 'bilobar' | 'cirrhosisOrFibrosis'): void {
    if (observation.valueBoolean === undefined) {
      return this.report(
        `${entry.path}.value[x]`,
        entry,
        `the ${FACT_LABELS[fact]} is read from valueBoolean`,
      );
    }
    this.set(fact, observation.valueBoolean, `${entry.path}.valueBoolean`, entry);
  }

  private date(
    entry: Entry,
    observation: Observation,
    fact: 'latestImagingDate' | 'plannedSurgeryDate',
    notFuture: boolean,
  ): void {
    if (observation.valueDateTime === undefined) {
      return this.report(
        `${entry.path}.value[x]`,
        entry,
        `the ${FACT_LABELS[fact]} is read from valueDateTime`,
      );
    }
    const element = `${entry.path}.valueDateTime`;
    const date = dateOf(observation.valueDateTime, notFuture);
    if (!date.ok) return this.report(element, entry, `${FACT_LABELS[fact]} ${date.reason}`);
    this.set(fact, date.date, element, entry);
  }

  private comorbidity(entry: Entry, observation: Observation): void {
    const element =
      observation.valueString !== undefined ? `${entry.path}.valueString` : `${entry.path}.value[x]`;
    const text = (observation.valueString ?? observation.valueCodeableConcept?.text)?.trim();
    if (!text) {
      return this.report(
        element,
        entry,
        'a comorbidity is read as text (valueString or valueCodeableConcept.text)',
      );
    }
    if (text.length > TEXT_MAX_LENGTH) {
      return this.report(element, entry, `a comorbidity longer than ${TEXT_MAX_LENGTH} characters`);
    }
    if (this.comorbidities.length >= MAX_COMORBIDITIES) {
      return this.report(element, entry, `more than ${MAX_COMORBIDITIES} comorbidities`);
    }
    this.comorbidities.push(text);
  }

  // --- lesions: a BodyStructure placed by its Couinaud segment, sized by the Observations focused on it

  private tumourSizesByLesion(): Map<number, Entry[]> {
    const sizes = new Map<number, Entry[]>();
    for (const entry of this.entries) {
      if (entry.resource.resourceType !== 'Observation') continue;
      const observation = entry.resource;
      if (!hasCode(observation.code, OBSERVATIONS.tumorSize)) continue;
      if (!this.aboutPatient(entry, observation.subject, 'subject')) continue;
      const lesion = (observation.focus ?? [])
        .map((ref) => this.resolve(ref))
        .find((target) => target?.resource.resourceType === 'BodyStructure');
      if (!lesion) {
        this.report(
          `${entry.path}.focus`,
          entry,
          'a tumour size whose focus is no BodyStructure of the bundle: its lesion is unknown',
        );
        continue;
      }
      sizes.set(lesion.index, [...(sizes.get(lesion.index) ?? []), entry]);
    }
    return sizes;
  }

  private readLesion(entry: Entry, body: BodyStructure, sizes: Entry[]): void {
    const dropSizes = () =>
      sizes.forEach((size) =>
        this.report(size.path, size, `the size of a lesion that was not read (${entry.path})`),
      );
    if (!this.aboutPatient(entry, body.patient, 'patient')) return dropSizes();
    if (body.location && !hasCode(body.location, BODY_SITES.liver)) {
      this.report(
        `${entry.path}.location`,
        entry,
        `${unknownCode(body.location)}: Consilium reads liver lesions only`,
      );
      return dropSizes();
    }
    const segments: { segment: number; element: string }[] = [];
    body.locationQualifier?.forEach((qualifier, q) => {
      const element = `${entry.path}.locationQualifier[${q}]`;
      const segment = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => hasCode(qualifier, couinaudSegment(n)));
      if (segment === undefined) this.report(element, entry, unknownCode(qualifier));
      else segments.push({ segment, element });
    });
    if (segments.length === 0) {
      this.report(
        `${entry.path}.locationQualifier`,
        entry,
        'no Couinaud segment: the lesion cannot be placed',
      );
      return dropSizes();
    }
    for (const extra of segments.slice(1)) {
      this.report(
        extra.element,
        entry,
        `a second Couinaud segment for one lesion: segment ${segments[0].segment} is kept`,
      );
    }
    if (sizes.length === 0) {
      return this.report(
        entry.path,
        entry,
        'a lesion without a tumour size Observation (focus): its diameter is unknown',
      );
    }
    for (const extra of sizes.slice(1)) {
      this.report(
        extra.path,
        extra,
        `a second tumour size for the lesion at ${entry.path}: the first, ${sizes[0].path}, is kept`,
      );
    }
    const diameterMm = this.longestDimension(sizes[0], sizes[0].resource as Observation);
    if (diameterMm === undefined) return;
    if (this.lesions.length >= MAX_LESIONS) {
      return this.report(entry.path, entry, `more than ${MAX_LESIONS} lesions`);
    }
    this.lesions.push({ segment: segments[0].segment, diameterMm });
  }

  private longestDimension(entry: Entry, observation: Observation): number | undefined {
    const status = observation.status;
    if (!RESULT_STATUSES.includes(status)) {
      this.report(`${entry.path}.status`, entry, `status ${status}: not a result Consilium reads`);
      return undefined;
    }
    let diameter: number | undefined;
    let found = false;
    observation.component?.forEach((component, c) => {
      const element = `${entry.path}.component[${c}]`;
      if (!hasCode(component.code, OBSERVATIONS.tumorLongestDimension)) {
        return this.report(`${element}.code`, entry, unknownCode(component.code));
      }
      if (found) return this.report(element, entry, 'a second longest dimension: the first is kept');
      found = true;
      if (!component.valueQuantity) {
        return this.report(`${element}.value[x]`, entry, 'the longest dimension is read from valueQuantity');
      }
      const converted = convertQuantity('lesionDiameter', component.valueQuantity);
      if (!converted.ok) return this.report(`${element}.valueQuantity`, entry, converted.reason);
      const outside = outOfRange(converted.value, LIMITS.diameterMm);
      if (outside) return this.report(`${element}.valueQuantity`, entry, `lesion diameter ${outside}`);
      diameter = converted.value;
    });
    if (!found) {
      const { system, code } = OBSERVATIONS.tumorLongestDimension;
      this.report(
        `${entry.path}.component`,
        entry,
        `no longest dimension (${describeCoding({ system, code })})`,
      );
    }
    return diameter;
  }

  // --- prior treatments and the question

  private readTreatment(entry: Entry, procedure: Procedure): void {
    if (!this.aboutPatient(entry, procedure.subject, 'subject')) return;
    const modalities = codesIn(procedure.code, MODALITIES);
    if (modalities.length !== 1) {
      const reason =
        modalities.length === 0
          ? unknownCode(procedure.code)
          : `codes of different modalities (${modalities.join(', ')})`;
      return this.report(`${entry.path}.code`, entry, reason);
    }
    if (NOT_GIVEN_PROCEDURE_STATUSES.includes(procedure.status)) {
      return this.report(
        `${entry.path}.status`,
        entry,
        `status ${procedure.status}: not a treatment the patient had`,
      );
    }

    let regimen: string | null = null;
    procedure.usedCode?.forEach((used, u) => {
      const element = `${entry.path}.usedCode[${u}]`;
      if (u > 0) return this.report(element, entry, 'a second regimen: the regimen is read from usedCode[0]');
      const text = used.text?.trim();
      if (!text) return this.report(element, entry, 'the regimen is read as text (usedCode[0].text)');
      if (text.length > TEXT_MAX_LENGTH) {
        return this.report(element, entry, `a regimen longer than ${TEXT_MAX_LENGTH} characters`);
      }
      regimen = text;
    });

    let months: number | null = null;
    const monthsAt = procedure.extension?.findIndex((e) => e.url === EXTENSIONS.treatmentMonths) ?? -1;
    if (monthsAt >= 0) {
      const element = `${entry.path}.extension[${monthsAt}]`;
      const extension = procedure.extension?.[monthsAt];
      // The export writes valueDecimal (months may be fractional); other senders may write an integer.
      const value = extension?.valueDecimal ?? extension?.valueInteger;
      const outside = value === undefined ? undefined : outOfRange(round(value, 1), LIMITS.months);
      if (value === undefined) {
        this.report(element, entry, 'the months of treatment are read from valueDecimal or valueInteger');
      } else if (outside) {
        this.report(element, entry, `months of treatment ${outside}`);
      } else {
        months = round(value, 1);
      }
    }

    let bestResponse: PriorTreatment['bestResponse'] = null;
    if (procedure.outcome) {
      const responses = codesIn(procedure.outcome, RECIST_CODES);
      if (responses.length === 1) bestResponse = responses[0];
      else this.report(`${entry.path}.outcome`, entry, unknownCode(procedure.outcome));
    }

    if (this.treatments.length >= MAX_PRIOR_TREATMENTS) {
      return this.report(entry.path, entry, `more than ${MAX_PRIOR_TREATMENTS} prior treatments`);
    }
    this.treatments.push({ modality: modalities[0], regimen, months, bestResponse });
  }

  private readQuestion(entry: Entry, request: ServiceRequest): void {
    if (!this.aboutPatient(entry, request.subject, 'subject')) return;
    if (request.status === 'entered-in-error') {
      return this.report(
        `${entry.path}.status`,
        entry,
        'status entered-in-error: not a request Consilium reads',
      );
    }
    // A request coded as anything but a board review (a scan, a lab order) does not carry the question.
    if (request.code?.coding?.length && !hasCode(request.code, SERVICE_REQUEST_CODES.tumourBoardReview)) {
      return this.report(`${entry.path}.code`, entry, unknownCode(request.code));
    }
    const notes = request.note ?? [];
    if (notes.length === 0) {
      return this.report(
        `${entry.path}.note`,
        entry,
        'no note: the question for the board is read from note[0].text',
      );
    }
    notes.slice(1).forEach((_, n) => {
      this.report(`${entry.path}.note[${n + 1}]`, entry, 'a second note: the question is read from note[0]');
    });
    const element = `${entry.path}.note[0]`;
    const text = notes[0].text.trim();
    if (!text) return this.report(element, entry, 'an empty note');
    if (text.length > QUESTION_MAX_LENGTH) {
      return this.report(element, entry, `a question longer than ${QUESTION_MAX_LENGTH} characters`);
    }
    this.set('questionForBoard', text, element, entry);
  }
}

function identifiersOf(resource: Resource): Identifier[] {
  const identifier = (resource as { identifier?: Identifier | Identifier[] }).identifier;
  return Array.isArray(identifier) ? identifier : identifier ? [identifier] : [];
}

function outOfRange(value: number, limits: { min: number; max: number; unit: string }): string | undefined {
  if (value >= limits.min && value <= limits.max) return undefined;
  const unit = limits.unit ? ` ${limits.unit}` : '';
  return `${value}${unit} is outside ${limits.min}–${limits.max}${unit}, the range Consilium accepts`;
}

function describeConcept(concept: CodeableConcept): string {
  return concept.text ?? concept.coding?.map((c) => c.display ?? c.code).join(', ') ?? 'no reason given';
}
