import { useMantineTheme } from '@mantine/core';
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
