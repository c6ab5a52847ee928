// The grid's look through AG Grid's Theming API, tuned to the app's dense neutral palette
// (the same values as the CSS variables in styles.css).
import { themeQuartz } from 'ag-grid-community';

export const gridTheme = themeQuartz.withParams({
  accentColor: '#4f46e5',
  backgroundColor: '#ffffff',
  foregroundColor: '#1f2328',
  borderColor: '#e4e6ea',
  chromeBackgroundColor: '#f7f8fa',
  headerTextColor: '#4b5260',
  headerFontWeight: 600,
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  rowHeight: 30,
  headerHeight: 34,
  spacing: 6,
  wrapperBorder: false,
  wrapperBorderRadius: 0,
  rowHoverColor: '#f4f5ff',
  selectedRowBackgroundColor: '#eef0ff',
  oddRowBackgroundColor: '#ffffff',
  columnBorder: true,
  pinnedColumnBorder: true,
  cellHorizontalPadding: 10,
});
