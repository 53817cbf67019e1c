import { z } from 'zod';

import { FACT_LIMITS, FACT_RANGES, type FactRange, isColorectal } from '@consilium/domain';

import type { Schemas } from '../../api/client';
import {
  ADDRESSEE_API_FIELDS,
  addresseeBody,
  addresseeShape,
  type AddresseeValues,
  addresseeValuesOf,
  namedIfContact,
  namedIfContactIssue,
} from '../letter/addressee-form';

type CaseDto = Schemas['CaseDto'];
export type UpdateCaseBody = Schemas['UpdateCaseDto'];

// The form holds text as typed (an empty input is "not recorded"); the API's values are derived from
// it only when saving, so that a half-typed number is never coerced behind the clinician's back.
export interface LesionValues {
  segment: string;
  diameterMm: string;
}

export interface PriorTreatmentValues {
  modality: string;
  regimen: string;
  months: string;
  bestResponse: string;
}

export type TriState = '' | 'yes' | 'no';

/** The facts as typed, and the treating physician the board's letter is addressed to. */
export interface CaseFormValues extends AddresseeValues {
  primarySite: string;
  primarySide: string;
  histology: string;
  diagnosisDate: string;
  ras: string;
  brafV600e: string;
  msi: string;
  pdl1Percent: string;
  lesions: LesionValues[];
  bilobar: TriState;
  extrahepaticDisease: string;
  bilirubinMgDl: string;
  albuminGDl: string;
  inr: string;
  childPugh: string;
  cirrhosisOrFibrosis: TriState;
  futureLiverRemnantPercent: string;
  ecog: string;
  // Objects, not strings: react-hook-form's field arrays key their rows by object.
  comorbidities: { text: string }[];
  priorTreatments: PriorTreatmentValues[];
  latestImagingDate: string;
  plannedSurgeryDate: string;
  questionForBoard: string;
}

export type FactKey = keyof CaseFormValues;

const text = (value: string | number | null | undefined): string => (value == null ? '' : String(value));
const triState = (value: boolean | null): TriState => (value === null ? '' : value ? 'yes' : 'no');

/** The form's values for a case as the API sent it. */
export function toFormValues(dto: CaseDto): CaseFormValues {
  return {
    primarySite: text(dto.primarySite),
    primarySide: text(dto.primarySide),
    histology: text(dto.histology),
    diagnosisDate: text(dto.diagnosisDate),
    ras: text(dto.ras),
    brafV600e: text(dto.brafV600e),
    msi: text(dto.msi),
    pdl1Percent: text(dto.pdl1Percent),
    lesions: dto.lesions.map((l) => ({ segment: String(l.segment), diameterMm: String(l.diameterMm) })),
    bilobar: triState(dto.bilobar),
    extrahepaticDisease: text(dto.extrahepaticDisease),
    bilirubinMgDl: text(dto.bilirubinMgDl),
    albuminGDl: text(dto.albuminGDl),
    inr: text(dto.inr),
    childPugh: text(dto.childPugh),
    cirrhosisOrFibrosis: triState(dto.cirrhosisOrFibrosis),
    futureLiverRemnantPercent: text(dto.futureLiverRemnantPercent),
    ecog: text(dto.ecog),
    comorbidities: dto.comorbidities.map((c) => ({ text: c })),
    priorTreatments: dto.priorTreatments.map((p) => ({
      modality: p.modality,
      regimen: text(p.regimen),
      months: text(p.months),
      bestResponse: text(p.bestResponse),
    })),
    latestImagingDate: text(dto.latestImagingDate),
    plannedSurgeryDate: text(dto.plannedSurgeryDate),
    questionForBoard: text(dto.questionForBoard),
    ...addresseeValuesOf(dto),
  };
}

/** A number as typed, with a decimal point or comma; `null` when empty, `NaN` when not a number. */
export function parseDecimal(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

const orNull = <T extends string>(value: string): T | null =>
  value.trim() === '' ? null : (value.trim() as T);
const boolOf = (value: TriState): boolean | null => (value === '' ? null : value === 'yes');

/**
 * The API's values for the form's: every fact, with "not recorded" as `null`, and the addressee
 * (its three fields, the kind not chosen `null`).
 */
export function toFacts(values: CaseFormValues): Required<Omit<UpdateCaseBody, 'presentingSpecialistId'>> {
  const primarySite = orNull<NonNullable<CaseDto['primarySite']>>(values.primarySite);
  return {
    primarySite,
    // The side means something only for colon and rectum: the API refuses it for any other site.
    primarySide:
      primarySite && isColorectal(primarySite)
        ? orNull<NonNullable<CaseDto['primarySide']>>(values.primarySide)
        : null,
    histology: orNull(values.histology),
    diagnosisDate: orNull(values.diagnosisDate),
    ras: orNull(values.ras),
    brafV600e: orNull(values.brafV600e),
    msi: orNull(values.msi),
    pdl1Percent: parseDecimal(values.pdl1Percent),
    lesions: values.lesions.map((l) => ({
      segment: Number(l.segment),
      diameterMm: parseDecimal(l.diameterMm) ?? Number.NaN,
    })),
    bilobar: boolOf(values.bilobar),
    extrahepaticDisease: orNull(values.extrahepaticDisease),
    bilirubinMgDl: parseDecimal(values.bilirubinMgDl),
    albuminGDl: parseDecimal(values.albuminGDl),
    inr: parseDecimal(values.inr),
    childPugh: orNull(values.childPugh),
    cirrhosisOrFibrosis: boolOf(values.cirrhosisOrFibrosis),
    futureLiverRemnantPercent: parseDecimal(values.futureLiverRemnantPercent),
    ecog: parseDecimal(values.ecog),
    comorbidities: values.comorbidities.map((c) => c.text.trim()),
    priorTreatments: values.priorTreatments.map((p) => ({
      modality: p.modality as Schemas['PriorTreatmentDto']['modality'],
      regimen: orNull(p.regimen),
      months: parseDecimal(p.months),
      bestResponse: orNull<NonNullable<Schemas['PriorTreatmentDto']['bestResponse']>>(p.bestResponse),
    })),
    latestImagingDate: orNull(values.latestImagingDate),
    plannedSurgeryDate: orNull(values.plannedSurgeryDate),
    questionForBoard: orNull(values.questionForBoard),
    ...addresseeBody(values),
  };
}

/**
 * The PATCH body: only the facts whose API value differs from the saved one (a list is sent whole
 * when any of its rows changed, the addressee's three fields together when any of them changed).
 * Comparing API values, not text, so "1.50" over a saved 1.5 is no change.
 */
export function changedFacts(values: CaseFormValues, saved: CaseFormValues): UpdateCaseBody {
  const next = toFacts(values);
  const before = toFacts(saved);
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) body[key] = next[key];
  }
  if (ADDRESSEE_API_FIELDS.some((key) => key in body)) {
    for (const key of ADDRESSEE_API_FIELDS) body[key] = next[key];
  }
  return body as UpdateCaseBody;
}

// Client checks, matching the API's bounds (UpdateCaseDto). A message is a catalogue key with its
// values (see `fieldMessage`), translated when shown, so a language switch re-words it.
export function fieldMessage(key: string, values: Record<string, string | number> = {}): string {
  return JSON.stringify({ key, values });
}

export function readFieldMessage(
  message: string,
): { key: string; values: Record<string, string | number> } | null {
  try {
    const parsed = JSON.parse(message) as unknown;
    if (parsed && typeof parsed === 'object' && 'key' in parsed && typeof parsed.key === 'string') {
      const values =
        'values' in parsed && parsed.values && typeof parsed.values === 'object' ? parsed.values : {};
      return { key: parsed.key, values: values as Record<string, string | number> };
    }
  } catch {
    // Not one of ours: the server's own text.
  }
  return null;
}

/**
 * The decimal places as typed, trailing zeros aside ("1.50" has one). Counted on the text, not
 * the number: 4.1 × 100 is 409.99999999999994 in binary floating point.
 */
export function decimalPlaces(typed: string): number {
  const fraction = /[.,](\d*)$/.exec(typed.trim())?.[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/** A typed number within the fact's range (libs/domain FACT_RANGES), with at most its decimals. */
function decimalField(range: FactRange, unit = range.unit) {
  const { min, max, decimals: places } = range;
  return z.string().superRefine((value, ctx) => {
    const n = parseDecimal(value);
    if (n === null) return;
    if (Number.isNaN(n)) {
      ctx.addIssue({ code: 'custom', message: fieldMessage('caseEditor.validation.notANumber') });
    } else if (n < min || n > max) {
      ctx.addIssue({
        code: 'custom',
        message: fieldMessage('caseEditor.validation.range', { min, max, unit }),
      });
    } else if (decimalPlaces(value) > places) {
      ctx.addIssue({
        code: 'custom',
        message: fieldMessage('caseEditor.validation.decimals', { count: places }),
      });
    }
  });
}

function requiredDecimalField(range: FactRange) {
  return decimalField(range).refine((value) => value.trim() !== '', {
    message: fieldMessage('caseEditor.validation.required'),
  });
}

/** Today's calendar date where the browser is, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function dateField({ notFuture }: { notFuture: boolean }) {
  return z.string().superRefine((value, ctx) => {
    if (value === '') return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '1900-01-01') {
      ctx.addIssue({ code: 'custom', message: fieldMessage('caseEditor.validation.date') });
    } else if (notFuture && value > localToday()) {
      ctx.addIssue({ code: 'custom', message: fieldMessage('caseEditor.validation.future') });
    }
  });
}

const textField = (max: number) =>
  z.string().max(max, { message: fieldMessage('caseEditor.validation.tooLong', { max }) });

export const QUESTION_MAX_LENGTH = FACT_LIMITS.questionMaxLength;
export const TEXT_MAX_LENGTH = FACT_LIMITS.textMaxLength;

export const caseFormSchema = z
  .object({
    primarySite: z.string(),
    primarySide: z.string(),
    histology: textField(TEXT_MAX_LENGTH),
    diagnosisDate: dateField({ notFuture: true }),
    ras: z.string(),
    brafV600e: z.string(),
    msi: z.string(),
    pdl1Percent: decimalField(FACT_RANGES.pdl1Percent),
    lesions: z
      .array(
        z.object({
          segment: z.string().min(1, { message: fieldMessage('caseEditor.validation.segmentRequired') }),
          diameterMm: requiredDecimalField(FACT_RANGES.diameterMm),
        }),
      )
      .max(FACT_LIMITS.maxLesions),
    bilobar: z.enum(['', 'yes', 'no']),
    extrahepaticDisease: z.string(),
    bilirubinMgDl: decimalField(FACT_RANGES.bilirubinMgDl),
    albuminGDl: decimalField(FACT_RANGES.albuminGDl),
    inr: decimalField(FACT_RANGES.inr),
    childPugh: z.string(),
    cirrhosisOrFibrosis: z.enum(['', 'yes', 'no']),
    futureLiverRemnantPercent: decimalField(FACT_RANGES.futureLiverRemnantPercent),
    ecog: z.string(),
    comorbidities: z
      .array(
        z.object({
          text: textField(TEXT_MAX_LENGTH).refine((value) => value.trim() !== '', {
            message: fieldMessage('caseEditor.validation.comorbidityEmpty'),
          }),
        }),
      )
      .max(FACT_LIMITS.maxComorbidities),
    priorTreatments: z
      .array(
        z.object({
          modality: z.string().min(1, { message: fieldMessage('caseEditor.validation.modalityRequired') }),
          regimen: textField(TEXT_MAX_LENGTH),
          // The unit is a word: the field's label says it, in the reader's language.
          months: decimalField(FACT_RANGES.months, ''),
          bestResponse: z.string(),
        }),
      )
      .max(FACT_LIMITS.maxPriorTreatments),
    latestImagingDate: dateField({ notFuture: true }),
    plannedSurgeryDate: dateField({ notFuture: false }),
    questionForBoard: textField(QUESTION_MAX_LENGTH),
    ...addresseeShape,
  })
  .refine(namedIfContact, namedIfContactIssue) satisfies z.ZodType<CaseFormValues>;

const ROW_FIELDS: Record<string, readonly string[] | null> = {
  lesions: ['segment', 'diameterMm'],
  priorTreatments: ['modality', 'regimen', 'months', 'bestResponse'],
  comorbidities: null,
};

/**
 * The form field a server problem belongs to (`lesions.0.diameterMm` → the same path,
 * `comorbidities.2` → `comorbidities.2.text`), or `null` when the form has no such field.
 * The PATCH sends lists whole and in the form's order, so the server's indices are the rows'.
 */
export function formFieldOf(serverField: string, values: CaseFormValues): string | null {
  const [head, index, sub, ...rest] = serverField.split('.');
  if (!head || rest.length > 0 || !(head in values)) return null;
  if (!(head in ROW_FIELDS)) return index === undefined ? head : null;
  if (index === undefined || !/^\d+$/.test(index)) return null;
  const rows = values[head as 'lesions' | 'priorTreatments' | 'comorbidities'];
  if (Number(index) >= rows.length) return null;
  const fields = ROW_FIELDS[head];
  if (fields === null) return sub === undefined ? `${head}.${index}.text` : null;
  return sub !== undefined && fields.includes(sub) ? `${head}.${index}.${sub}` : null;
}

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** The `details` of a 400 VALIDATION_FAILED, or none. */
export function fieldProblemsOf(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) =>
    d && typeof d === 'object' && 'field' in d && typeof d.field === 'string'
      ? [
          {
            field: d.field,
            problems:
              'problems' in d && Array.isArray(d.problems)
                ? d.problems.filter((p) => typeof p === 'string')
                : [],
          },
        ]
      : [],
  );
}
