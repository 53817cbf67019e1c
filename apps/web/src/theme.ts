import {
  createTheme,
  type CSSVariablesResolver,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from '@mantine/core';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

// Mantine's darkest shade of these colours is too light for text on their palest one (WCAG AA 4.5:1).
const DARKER_SHADE_9: Record<string, string> = {
  orange: '#b3400b',
  yellow: '#8f5b00',
  green: '#216e33',
  lime: '#4b6e10',
  teal: '#06704f',
  cyan: '#0b6a7b',
};

const colors = Object.fromEntries(
  Object.entries(DARKER_SHADE_9).map(([name, shade9]) => [
    name,
    [...DEFAULT_THEME.colors[name].slice(0, 9), shade9] as unknown as MantineColorsTuple,
  ]),
);

// One design vocabulary: Mantine's components and these tokens, no ad-hoc colours in the features.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: FONT,
  headings: { fontFamily: FONT },
  colors,
});

/**
 * Mantine's defaults put secondary text (gray 6) and the text of light badges, alerts and subtle
 * buttons (shade 6, on a translucent tint) below AA contrast. Here: dimmed text is gray 7, a field's
 * error is red 9, and the light variants are shade 9 on the colour's solid palest shades, readable on
 * any row or card.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // A field's error (its message, border and typed value) in red 6 is 3.3:1 on white; red 9 is AA.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).flatMap((color) => [
        [`--mantine-color-${color}-light-color`, `var(--mantine-color-${color}-9)`],
        [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
        [`--mantine-color-${color}-light-hover`, `var(--mantine-color-${color}-1)`],
      ]),
    ),
  },
  dark: {},
});
