import { ColorSwatch, Group, Text, useMantineTheme } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { Bar, BarChart, type BarShapeProps, LabelList, Rectangle, XAxis, YAxis } from 'recharts';

// The charts repeat what the summary sentence and the table beside them say, so they are hidden from
// assistive technology (no focusable surface, no hover-only tooltip): each bar carries its value as a
// label, so no figure is told by colour alone.

export interface ColumnDatum {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
}

export interface BarDatum extends ColumnDatum {
  /** A theme colour (`green.9`); the default one otherwise. */
  color?: string;
}

function useChartColours() {
  const theme = useMantineTheme();
  return {
    bar: theme.colors.blue[8],
    text: theme.colors.gray[9],
    axis: theme.colors.gray[7],
    white: theme.white,
    resolve(token: string | undefined): string {
      if (!token) return theme.colors.blue[8];
      const [name, shade] = token.split('.');
      return theme.colors[name]?.[Number(shade)] ?? theme.colors.blue[8];
    },
  };
}

/** Vertical bars over time (one per month). */
export function ColumnChart({ data, height = 260 }: { data: ColumnDatum[]; height?: number }) {
  const colours = useChartColours();
  const reduceMotion = useReducedMotion();
  return (
    <div aria-hidden>
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 24, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis
          dataKey="label"
          stroke={colours.axis}
          tick={{ fill: colours.text, fontSize: 12 }}
          interval="preserveStartEnd"
        />
        <YAxis
          allowDecimals={false}
          width={32}
          stroke={colours.axis}
          tick={{ fill: colours.text, fontSize: 12 }}
        />
        <Bar dataKey="value" fill={colours.bar} isAnimationActive={!reduceMotion}>
          <LabelList dataKey="valueLabel" position="top" fill={colours.text} fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}

/** Horizontal bars, one per category (outcome, reason, discipline), the label on the left. */
export function BarList({ data, labelWidth = 190 }: { data: BarDatum[]; labelWidth?: number }) {
  const colours = useChartColours();
  const reduceMotion = useReducedMotion();
  const coloured = data.map((d) => ({ ...d, fill: colours.resolve(d.color) }));
  return (
    <div aria-hidden>
      <BarChart
        data={coloured}
        layout="vertical"
        responsive
        style={{ width: '100%', height: data.length * 36 + 16 }}
        // Room on the right for the value written after the longest bar.
        margin={{ top: 8, right: 72, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tickLine={false}
          axisLine={false}
          tick={{ fill: colours.text, fontSize: 13 }}
        />
        <Bar
          dataKey="value"
          barSize={22}
          isAnimationActive={!reduceMotion}
          shape={(props: BarShapeProps) => (
            <Rectangle {...props} fill={(props.payload as { fill: string } | undefined)?.fill} />
          )}
        >
          <LabelList dataKey="valueLabel" position="right" fill={colours.text} fontSize={13} />
        </Bar>
      </BarChart>
    </div>
  );
}

export interface StackSegment {
  key: string;
  label: string;
  /** A theme colour dark enough for white text (`teal.9`), or a pale one with `pale`. */
  color: string;
  /** A pale fill (what is missing), drawn with a dark outline and dark text. */
  pale?: boolean;
}

export interface StackedDatum {
  key: string;
  label: string;
  /** A count per segment key. */
  counts: Record<string, number>;
}

// Wide enough for a count of up to three digits inside its segment; narrower ones go unlabelled
// (the table has every count).
const MIN_LABELLED_WIDTH = 28;

/**
 * Horizontal bars split into segments (one bar per service, a segment per status), the counts written
 * inside the segments wide enough for them and a legend naming each colour. White gaps part the
 * segments, so that two dark ones side by side read as two.
 */
export function StackedBarList({
  data,
  segments,
  valueLabel,
  labelWidth = 190,
}: {
  data: StackedDatum[];
  segments: StackSegment[];
  valueLabel: (value: number) => string;
  labelWidth?: number;
}) {
  const colours = useChartColours();
  const reduceMotion = useReducedMotion();
  return (
    <div aria-hidden>
      <BarChart
        data={data}
        layout="vertical"
        responsive
        style={{ width: '100%', height: data.length * 36 + 16 }}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tickLine={false}
          axisLine={false}
          tick={{ fill: colours.text, fontSize: 13 }}
        />
        {segments.map((segment) => (
          <Bar
            key={segment.key}
            dataKey={(d: StackedDatum) => d.counts[segment.key] ?? 0}
            stackId="stack"
            barSize={22}
            fill={colours.resolve(segment.color)}
            stroke={segment.pale ? colours.axis : colours.white}
            strokeWidth={segment.pale ? 1 : 2}
            isAnimationActive={!reduceMotion}
          >
            <LabelList
              position="center"
              fill={segment.pale ? colours.text : colours.white}
              fontSize={12}
              valueAccessor={(entry) => {
                const value = (entry.payload as StackedDatum).counts[segment.key] ?? 0;
                const width = 'width' in entry ? entry.width : 0;
                return value > 0 && width >= MIN_LABELLED_WIDTH ? valueLabel(value) : null;
              }}
            />
          </Bar>
        ))}
      </BarChart>
      <Group gap="md" mt="xs">
        {segments.map((segment) => (
          <Group key={segment.key} gap={6} wrap="nowrap">
            <ColorSwatch
              color={colours.resolve(segment.color)}
              size={14}
              radius="sm"
              withShadow={false}
              style={segment.pale ? { border: `1px solid ${colours.axis}` } : undefined}
            />
            <Text size="sm">{segment.label}</Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
