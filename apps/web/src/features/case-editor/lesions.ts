import type { LesionValues } from './case-form';

/** A new row of the lesion table, in `segment` when the diagram asked for it. */
export function newLesion(segment?: number): LesionValues {
  return { segment: segment === undefined ? '' : String(segment), diameterMm: '' };
}

/** The rows the diagram can place: those with a segment (a size still being typed does not matter). */
export function lesionsForDiagram(rows: readonly LesionValues[]): { segment: number; diameterMm: number }[] {
  return rows.flatMap((row) => {
    const segment = Number(row.segment);
    if (!Number.isInteger(segment) || segment < 1 || segment > 8) return [];
    const diameterMm = Number(row.diameterMm.replace(',', '.'));
    return [{ segment, diameterMm: Number.isFinite(diameterMm) ? diameterMm : 0 }];
  });
}
