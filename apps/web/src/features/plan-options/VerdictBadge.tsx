import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { StatusBadge, type StatusTone } from '../../components/StatusBadge';
import type { Verdict } from './use-plan-options';

const TONES: Record<Verdict, StatusTone> = {
  eligible: 'success',
  caution: 'warning',
  contraindicated: 'danger',
};

// A shape per verdict, so the badge reads without colour (and in black and white on paper).
function VerdictIcon({ verdict }: { verdict: Verdict }) {
  const common = {
    width: 14,
    height: 14,
    viewBox: '0 0 16 16',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
    'aria-hidden': true,
    focusable: false,
  };
  if (verdict === 'eligible') {
    return (
      <svg {...common}>
        <path d="M3 8.5l3 3 7-7" />
      </svg>
    );
  }
  if (verdict === 'caution') {
    return (
      <svg {...common}>
        <path d="M8 2l6.5 12h-13z" />
        <path d="M8 6.5v3.5M8 12.2v.1" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="6.2" />
      <path d="M3.6 12.4l8.8-8.8" />
    </svg>
  );
}

/** The plan builder's verdict: a tone, a shape and the word, never colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={TONES[verdict]}>
      <Group gap={4} wrap="nowrap" component="span">
        <VerdictIcon verdict={verdict} />
        {t(`enums.verdict.${verdict}`)}
      </Group>
    </StatusBadge>
  );
}
