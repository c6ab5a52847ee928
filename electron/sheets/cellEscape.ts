// Formula-injection defence for exported cells (CSV injection): a spreadsheet app evaluates a cell
// that starts with = + - @ as a formula, and a prospect list is data written by strangers.
//
// Such a cell gets a leading apostrophe — except when it starts with + or - and holds nothing but
// digits, spaces and ( ) . , ; / + -. Without letters, '=', '@', '!', '|' or quotes a formula can name
// no function, reference, sheet or DDE command, so Excel can at most do arithmetic with it. That keeps
// phone numbers (+14155550100, +1 (415) 555-0100, and the export's "+1415…; +1415…" lists), negative
// amounts (-12.5) and placeholders ("-") exactly as they were, which is what users open the export for.

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const INERT = /^[+-][0-9 ().,;/+-]*$/;

export function neutraliseFormula(cell: string): string {
  if (cell === '' || !TRIGGERS.has(cell[0])) return cell;
  return INERT.test(cell) ? cell : `'${cell}`;
}
