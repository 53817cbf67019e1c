import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type DateRange, isPlainDate, type RangeProblem } from './metrics-range';

interface MetricsFiltersProps {
  range: DateRange;
  boardType: string | null;
  /** Every board type in use (the API's `boardTypes`). */
  boardTypes: string[];
  problem: RangeProblem | null;
  /** Whether the range is the default one (no "last 12 months" button then). */
  isDefaultRange: boolean;
  onRangeChange: (range: DateRange) => void;
  onBoardTypeChange: (boardType: string | null) => void;
  onResetRange: () => void;
}

/** The range (both days included) and the board type the figures are for. */
export function MetricsFilters({
  range,
  boardType,
  boardTypes,
  problem,
  isDefaultRange,
  onRangeChange,
  onBoardTypeChange,
  onResetRange,
}: MetricsFiltersProps) {
  const { t } = useTranslation();
  // The chosen type stays listed even if no board of it is left in use.
  const types = boardType && !boardTypes.includes(boardType) ? [boardType, ...boardTypes] : boardTypes;
  return (
    <Group align="flex-start" wrap="wrap">
      <DateField
        label={t('metrics.filters.from')}
        value={range.from}
        onCommit={(from) => onRangeChange({ ...range, from })}
      />
      <DateField
        label={t('metrics.filters.to')}
        description={t('metrics.filters.toHint')}
        value={range.to}
        onCommit={(to) => onRangeChange({ ...range, to })}
        error={problem ? t(`metrics.filters.${problem}`) : null}
      />
      <NativeSelect
        label={t('metrics.filters.boardType')}
        value={boardType ?? ''}
        onChange={(event) => onBoardTypeChange(event.currentTarget.value || null)}
        data={[
          { value: '', label: t('metrics.filters.allBoards') },
          ...types.map((type) => ({ value: type, label: type })),
        ]}
        w={260}
      />
      {!isDefaultRange && (
        <Button variant="default" onClick={onResetRange} mt={25}>
          {t('metrics.filters.lastTwelveMonths')}
        </Button>
      )}
    </Group>
  );
}

interface DateFieldProps {
  label: string;
  description?: string;
  value: string;
  error?: string | null;
  onCommit: (value: string) => void;
}

/**
 * A native date input that hands on only whole dates: while a day is half typed (the input's value is
 * empty then) the figures stay as they are, and the field keeps what the reader typed.
 */
function DateField({ label, description, value, error, onCommit }: DateFieldProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // The committed value changed elsewhere (the reset button, the browser's back button).
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      value={draft}
      error={error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setDraft(next);
        if (isPlainDate(next)) onCommit(next);
      }}
      w={190}
    />
  );
}
