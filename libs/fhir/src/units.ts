import type { Quantity } from '@medplum/fhirtypes';

import { SYSTEMS } from './terminology';

// The units the import converts, stated once. A quantity is read by its UCUM code; without a unit
// system, by its unit text when that text is exactly one of the accepted units. Anything else is not
// converted: the caller reports it as unmapped.

interface UnitTable {
  /** What the quantity measures, for the reason given to the clinician. */
  label: string;
  /** Decimal places the case facts accept (apps/api/src/modules/cases/dto/case-facts.dto.ts). */
  decimals: number;
  /** Accepted UCUM codes and how each converts to the unit of the case facts. */
  units: Record<string, (value: number) => number>;
}

const same = (value: number) => value;

export const UNIT_TABLES = {
  // 1 mg/dL of bilirubin (584.66 g/mol) is 17.1 µmol/L: the factor of the SI conversion table of the
  // AMA Manual of Style (JAMA Network journals, "Conventional Units and SI Units", bilirubin: ×17.1).
  bilirubin: { label: 'bilirubin', decimals: 2, units: { 'mg/dL': same, 'umol/L': (v) => v / 17.1 } },
  // 1 g/dL = 10 g/L (same table, albumin: ×10).
  albumin: { label: 'albumin', decimals: 2, units: { 'g/dL': same, 'g/L': (v) => v / 10 } },
  // A ratio: UCUM writes it as the annotation {INR} or the unity 1; many records send no unit at all.
  inr: { label: 'INR', decimals: 2, units: { '{INR}': same, '1': same, '': same } },
  lesionDiameter: { label: 'a tumour dimension', decimals: 1, units: { mm: same, cm: (v) => v * 10 } },
  percent: { label: 'a percentage', decimals: 2, units: { '%': same } },
} satisfies Record<string, UnitTable>;

export type UnitKind = keyof typeof UNIT_TABLES;

export type Converted = { ok: true; value: number } | { ok: false; reason: string };

/** The quantity in the unit of the case facts, rounded to the places they accept. */
export function convertQuantity(kind: UnitKind, quantity: Quantity): Converted {
  const table: UnitTable = UNIT_TABLES[kind];
  if (typeof quantity.value !== 'number') {
    return { ok: false, reason: `the ${table.label} quantity has no value` };
  }
  const unit = unitOf(quantity);
  const convert = unit === null ? undefined : table.units[unit];
  if (!convert) {
    const accepted = `UCUM ${Object.keys(table.units)
      .filter((u) => u !== '')
      .join(', ')}`;
    const given = quantity.code ?? quantity.unit;
    if (given === undefined) {
      return { ok: false, reason: `${table.label} without a unit (Consilium reads ${accepted})` };
    }
    const system = quantity.system && quantity.system !== SYSTEMS.ucum ? ` (${quantity.system})` : '';
    return {
      ok: false,
      reason: `unit "${given}"${system} is not one Consilium reads for ${table.label} (${accepted})`,
    };
  }
  return { ok: true, value: round(convert(quantity.value), table.decimals) };
}

function unitOf(quantity: Quantity): string | null {
  if (quantity.system === SYSTEMS.ucum) return quantity.code ?? quantity.unit ?? '';
  if (quantity.system !== undefined) return null;
  if (quantity.code !== undefined) return null; // a code without its system could mean anything
  // Unit text only: the micro sign is how µmol/L is printed; UCUM writes u.
  return quantity.unit === undefined ? '' : quantity.unit.replace(/[µμ]/g, 'u');
}

/**
 * Rounds to `decimals` places as the decimal reads (1.005 → 1.01, where 1.005 × 100 is 100.4999… in
 * binary); an integer ÷ 10^n prints with at most n decimals, as the facts' validation requires.
 */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(15))) / factor;
}
