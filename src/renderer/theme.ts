import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep ink-blue brand colour: calm enough for data-dense screens, strong enough for actions.
const brand: MantineColorsTuple = [
  '#eef3ff',
  '#dce4f5',
  '#b6c6e9',
  '#8da7dd',
  '#6b8cd3',
  '#557bcd',
  '#4972cb',
  '#3a61b4',
  '#3056a2',
  '#224a90',
];

// CJK faces after the Latin ones so that Chinese text never falls back to a serif font.
const fontFamily = [
  'Inter',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Liberation Sans"',
  'Arial',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 7, dark: 5 },
  colors: { brand },
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { radius: 'sm', variant: 'light' } },
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } },
  },
});
