// The grid's look through AG Grid's Theming API. Its colours are the app's tokens (styles/tokens.css) by
// reference: AG Grid writes each parameter into a CSS variable of the grid, where var(--…) resolves against
// :root, so a theme that overrides the tokens restyles the grid with the rest of the app.
import { themeQuartz } from 'ag-grid-community';

export const gridTheme = themeQuartz.withParams({
  accentColor: 'var(--color-accent)',
  backgroundColor: 'var(--color-surface)',
  foregroundColor: 'var(--color-text)',
  borderColor: 'var(--color-border)',
  chromeBackgroundColor: 'var(--color-surface-subtle)',
  headerTextColor: 'var(--color-text-secondary)',
  headerFontWeight: 600,
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  rowHeight: 30,
  headerHeight: 34,
  spacing: 6,
  wrapperBorder: false,
  wrapperBorderRadius: 0,
  rowHoverColor: 'var(--color-accent-faint)',
  selectedRowBackgroundColor: 'var(--color-accent-soft)',
  oddRowBackgroundColor: 'var(--color-surface)',
  columnBorder: true,
  pinnedColumnBorder: true,
  cellHorizontalPadding: 10,
});
