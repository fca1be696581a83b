import { tokens } from '@fluentui/react-components';

const color = (main: string, subtle: string) => ({ default: main, subtle });

/** Text colours on a background: Fluent's own, so the card follows the tab's light, dark or high-contrast theme. */
const foregroundColors = {
  default: color(tokens.colorNeutralForeground1, tokens.colorNeutralForeground3),
  dark: color(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
  light: color(tokens.colorNeutralForegroundInverted, tokens.colorNeutralForegroundInverted),
  accent: color(tokens.colorBrandForeground1, tokens.colorBrandForeground2),
  good: color(tokens.colorPaletteGreenForeground1, tokens.colorPaletteGreenForeground2),
  warning: color(tokens.colorPaletteDarkOrangeForeground1, tokens.colorPaletteDarkOrangeForeground2),
  attention: color(tokens.colorPaletteRedForeground1, tokens.colorPaletteRedForeground2),
};

const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors });

/**
 * A host config close to Teams' own (its sizes, spacing and Segoe UI), written with Fluent's theme
 * tokens: adaptivecards passes colours through as CSS, so var(--…) values follow the tab's theme.
 */
export const cardHostConfig = {
  fontFamily: tokens.fontFamilyBase,
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: tokens.colorNeutralStroke2 },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: style(tokens.colorNeutralBackground1),
    emphasis: style(tokens.colorNeutralBackground3),
    accent: style(tokens.colorBrandBackground2),
    good: style(tokens.colorPaletteGreenBackground1),
    attention: style(tokens.colorPaletteRedBackground1),
    warning: style(tokens.colorPaletteDarkOrangeBackground1),
  },
  actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline', inlineTopMargin: 16 } },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
  textBlock: { headingLevel: 4 },
};
