import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import type { ReadinessItemId } from '@consilium/domain';

// Each section has an id the readiness panel links to (and the page's fragment can name).
export const SECTION_IDS = {
  primaryTumour: 'primary-tumour',
  biomarkers: 'biomarkers',
  liver: 'liver-metastases',
  liverFunction: 'liver-function',
  performance: 'performance-status',
  comorbidities: 'comorbidities',
  priorTreatments: 'prior-treatments',
  dates: 'dates',
  question: 'question-for-board',
  addressee: 'treating-physician',
} as const;
export type SectionKey = keyof typeof SECTION_IDS;

/** The section that holds what a readiness item reads. */
export const READINESS_SECTION: Record<ReadinessItemId, SectionKey> = {
  primary_tumour: 'primaryTumour',
  liver_lesions: 'liver',
  ecog: 'performance',
  liver_function: 'liverFunction',
  imaging: 'dates',
  biomarkers: 'biomarkers',
  question: 'question',
};

/** Moves focus (and the view) to a section: it is announced by its heading. */
export function focusSection(key: SectionKey): void {
  const element = document.getElementById(SECTION_IDS[key]);
  if (!element) return;
  element.scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
}

export function EditorSection({
  section,
  title,
  children,
}: {
  section: SectionKey;
  title: string;
  children: ReactNode;
}) {
  const id = SECTION_IDS[section];
  return (
    <Paper
      component="section"
      id={id}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      withBorder
      p="md"
      style={{ scrollMarginTop: 'calc(var(--app-shell-header-offset, 0rem) + var(--mantine-spacing-md))' }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={`${id}-title`}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
