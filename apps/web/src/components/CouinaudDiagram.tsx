import { Box, List, VisuallyHidden } from '@mantine/core';
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DiagramLesion {
  segment: number;
  diameterMm: number;
}

export interface CouinaudDiagramProps {
  lesions: readonly DiagramLesion[];
  /** What the diagram shows, e.g. "Liver lesions by Couinaud segment": its accessible name. */
  label: string;
  /** With it, every segment is a button that asks to add a lesion there. */
  onAddLesion?: (segment: number) => void;
}

export const ROMAN_SEGMENTS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;

/** The Roman numeral of a Couinaud segment (1–8), as clinicians write it. */
export function romanSegment(segment: number): string {
  return ROMAN_SEGMENTS[segment - 1] ?? String(segment);
}

interface SegmentShape {
  segment: number;
  points: string;
  /** Where the numeral goes. */
  at: readonly [number, number];
  /** Where the lesion count goes: below the numeral unless the segment is too narrow there. */
  badge?: readonly [number, number];
}

// An anterior view, patient's right on the viewer's left: the portal plane (y = 115) splits the
// superior segments (VII, VIII, IVa, II) from the inferior ones (VI, V, IVb, III); the hepatic veins
// and the falciform ligament divide them side to side; the caudate (I) sits at the top by the IVC.
const SHAPES: readonly SegmentShape[] = [
  { segment: 7, points: '30,75 110,40 110,115 23,115', at: [66, 84] },
  { segment: 6, points: '23,115 110,115 110,205 55,190 22,140', at: [68, 152] },
  { segment: 8, points: '110,40 185,30 189,70 192,115 110,115', at: [150, 78] },
  { segment: 5, points: '110,115 192,115 200,182 110,205', at: [152, 152] },
  { segment: 1, points: '185,30 235,32 236,70 189,70', at: [200, 57], badge: [222, 51] },
  { segment: 4, points: '189,70 236,70 235,32 260,36 261,115 262,160 200,182 192,115', at: [228, 112] },
  { segment: 2, points: '260,36 330,55 392,88 261,115', at: [305, 72] },
  { segment: 3, points: '261,115 392,88 340,125 262,160', at: [298, 130], badge: [336, 113] },
];

const HATCH_SPACING = 6;
const PRINT_LIST_CLASS = 'consilium-couinaud-list';

/**
 * A schematic liver with its eight Couinaud segments, showing where the lesions are: a segment with
 * lesions is hatched (legible in black and white) and carries its count. Read-only, it is one image
 * with a hidden list of the segments for screen readers and print; with `onAddLesion` each segment
 * is a keyboard-usable button.
 */
export function CouinaudDiagram({ lesions, label, onAddLesion }: CouinaudDiagramProps) {
  const { t } = useTranslation();
  const hatchId = `${useId()}-hatch`;
  const [focused, setFocused] = useState<number | null>(null);
  const counts = new Map<number, number>();
  for (const lesion of lesions) counts.set(lesion.segment, (counts.get(lesion.segment) ?? 0) + 1);
  const withLesions = SHAPES.map((s) => s.segment)
    .sort((a, b) => a - b)
    .filter((segment) => (counts.get(segment) ?? 0) > 0);
  const interactive = Boolean(onAddLesion);

  const onKeyDown = (segment: number) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onAddLesion?.(segment);
    }
  };

  return (
    <Box maw={460} w="100%">
      {/* On paper the list is shown too: the counts in words beside the drawing. */}
      <style href="consilium-couinaud-print" precedence="default">
        {`@media print { .${PRINT_LIST_CLASS} { position: static !important; width: auto !important; height: auto !important; clip: auto !important; clip-path: none !important; overflow: visible !important; white-space: normal !important; } }`}
      </style>
      <svg
        viewBox="0 0 400 215"
        width="100%"
        role={interactive ? 'group' : 'img'}
        aria-label={label}
        style={{ display: 'block', overflow: 'visible' }}
      >
        <defs>
          <pattern
            id={hatchId}
            patternUnits="userSpaceOnUse"
            width={HATCH_SPACING}
            height={HATCH_SPACING}
            patternTransform="rotate(45)"
          >
            <rect width={HATCH_SPACING} height={HATCH_SPACING} fill="var(--mantine-color-blue-1)" />
            <line
              x1="0"
              y1="0"
              x2="0"
              y2={HATCH_SPACING}
              stroke="var(--mantine-color-blue-9)"
              strokeWidth="2"
            />
          </pattern>
        </defs>
        {SHAPES.map((shape) => {
          const count = counts.get(shape.segment) ?? 0;
          const numeral = romanSegment(shape.segment);
          const isFocused = focused === shape.segment;
          const [badgeX, badgeY] = shape.badge ?? [shape.at[0], shape.at[1] + 17];
          const body = (
            <>
              <polygon
                points={shape.points}
                fill={count > 0 ? `url(#${hatchId})` : 'var(--mantine-color-body)'}
                stroke="var(--mantine-color-text)"
                strokeWidth={isFocused ? 4 : 1.5}
                strokeLinejoin="round"
                strokeDasharray={isFocused ? '6 3' : undefined}
              />
              <text
                x={shape.at[0]}
                y={shape.at[1]}
                textAnchor="middle"
                fontSize="16"
                fontWeight={700}
                fill="var(--mantine-color-text)"
                stroke="var(--mantine-color-body)"
                strokeWidth={count > 0 ? 4 : 0}
                paintOrder="stroke"
              >
                {numeral}
              </text>
              {/* A space between numeral and count, as the name has it ("VII 1", not "VII1"). */}{' '}
              {count > 0 && (
                <g>
                  <circle
                    cx={badgeX}
                    cy={badgeY}
                    r="10"
                    fill="var(--mantine-color-body)"
                    stroke="var(--mantine-color-text)"
                    strokeWidth="1.5"
                  />
                  <text
                    x={badgeX}
                    y={badgeY + 5}
                    textAnchor="middle"
                    fontSize="13"
                    fontWeight={700}
                    fill="var(--mantine-color-text)"
                  >
                    {count}
                  </text>
                </g>
              )}
            </>
          );
          if (!onAddLesion) return <g key={shape.segment}>{body}</g>;
          return (
            <g
              key={shape.segment}
              role="button"
              tabIndex={0}
              aria-label={t('caseEditor.diagram.addLesion', { segment: numeral, count })}
              onClick={() => onAddLesion(shape.segment)}
              onKeyDown={onKeyDown(shape.segment)}
              onFocus={() => setFocused(shape.segment)}
              onBlur={() => setFocused(null)}
              // The focus ring is drawn on the segment itself (thick dashed outline), not the box.
              style={{ cursor: 'pointer', outline: 'none' }}
            >
              {body}
            </g>
          );
        })}
      </svg>
      {!interactive && (
        <VisuallyHidden className={PRINT_LIST_CLASS}>
          {withLesions.length === 0 ? (
            <p>{t('caseEditor.diagram.noLesions')}</p>
          ) : (
            <List>
              {withLesions.map((segment) => (
                <List.Item key={segment}>
                  {t('caseEditor.diagram.segmentSummary', {
                    segment: romanSegment(segment),
                    count: counts.get(segment) ?? 0,
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </VisuallyHidden>
      )}
    </Box>
  );
}
