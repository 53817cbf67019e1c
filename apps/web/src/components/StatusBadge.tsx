import { Badge, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a state means to the reader; each feature maps its states onto these, once. */
export type StatusTone =
  'neutral' | 'info' | 'pending' | 'active' | 'success' | 'warning' | 'danger' | 'done';

const COLORS: Record<StatusTone, MantineColor> = {
  neutral: 'gray',
  info: 'blue',
  pending: 'cyan',
  active: 'indigo',
  success: 'teal',
  warning: 'orange',
  danger: 'red',
  done: 'dark',
};

/** The one badge for states, verdicts and quorum everywhere: a tone and a translated label. */
export function StatusBadge({ tone, children }: { tone: StatusTone; children: ReactNode }) {
  return (
    // Never shortened: a table column grows to the whole label rather than cutting it.
    <Badge color={COLORS[tone]} variant="light" radius="sm" tt="none" fw={600} miw="max-content">
      {children}
    </Badge>
  );
}
