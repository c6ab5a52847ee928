// Pages the runs UI sends the user to, by their id in src/pages.tsx.
export const SHEETS_PAGE = 'sheets';
export const RUNS_PAGE = 'runs';
/** The API keys page (src/keys), where the user adds keys once every key is out. */
export const KEYS_PAGE = 'keys';
