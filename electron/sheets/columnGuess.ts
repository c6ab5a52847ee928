// Guesses which column plays which enrichment role, from header names first and from what the first
// rows contain second (a column headed "Profile" full of linkedin.com/in/ links is the LinkedIn URL).
// The user confirms or corrects the guess in the mapping dialog, so a miss costs a click, but a wrong
// confident guess costs credits: the scores keep weak evidence below strong evidence.
import type { ColumnMap, ColumnRole } from '@shared/domain';

/** Data rows looked at for content evidence. */
export const GUESS_SAMPLE_ROWS = 200;

/** Header names (normalised: lower case, letters and digits only) that name a role outright. */
const EXACT: Record<ColumnRole, readonly string[]> = {
  linkedinUrl: [
    'linkedin',
    'linkedinurl',
    'linkedinprofile',
    'linkedinprofileurl',
    'linkedinlink',
    'liurl',
    'li',
    'liprofile',
    'personlinkedinurl',
    'contactlinkedinurl',
    'profileurl',
    'linkedinpublicurl',
  ],
  email: [
    'email',
    'emailaddress',
    'mail',
    'workemail',
    'businessemail',
    'emails',
    'contactemail',
    'primaryemail',
    'officeemail',
    'corporateemail',
  ],
  firstName: ['firstname', 'first', 'fname', 'givenname', 'forename', 'prenom', 'vorname', 'nombre'],
  lastName: ['lastname', 'last', 'lname', 'surname', 'familyname', 'nom', 'nachname', 'apellido', 'apellidos'],
  fullName: ['name', 'fullname', 'contactname', 'personname', 'contact', 'prospect', 'prospectname', 'leadname'],
  companyName: [
    'company',
    'companyname',
    'organization',
    'organisation',
    'organizationname',
    'organisationname',
    'account',
    'accountname',
    'employer',
    'business',
    'businessname',
    'firm',
    'currentcompany',
    'firma',
    'empresa',
    'societe',
  ],
  companyDomain: [
    'domain',
    'website',
    'companydomain',
    'companywebsite',
    'web',
    'url',
    'site',
    'websiteurl',
    'companyurl',
    'accountwebsite',
    'accountdomain',
    'organizationdomain',
    'organisationdomain',
    'homepage',
    'domainname',
  ],
};

/** Weaker evidence: a normalised header containing one of these words (checked in this order). */
const CONTAINS: ReadonlyArray<{ role: ColumnRole; words: readonly string[]; unless?: readonly string[] }> = [
  { role: 'linkedinUrl', words: ['linkedin'], unless: ['company', 'organi', 'account'] },
  { role: 'email', words: ['email', 'mail'], unless: ['personal', 'status', 'valid', 'verified', 'opt', 'mailing', 'companyname'] },
  { role: 'companyDomain', words: ['domain', 'website'] },
  { role: 'firstName', words: ['firstname', 'givenname'] },
  { role: 'lastName', words: ['lastname', 'surname', 'familyname'] },
  {
    role: 'companyName',
    words: ['company', 'organization', 'organisation', 'employer', 'account'],
    unless: [
      'id',
      'size',
      'industry',
      'revenue',
      'phone',
      'type',
      'url',
      'linkedin',
      'address',
      'city',
      'country',
      'owner',
      'manager',
      'employees',
      'status',
      'stage',
    ],
  },
  { role: 'fullName', words: ['fullname', 'contactname'] },
];

const SCORE_EXACT = 100;
const SCORE_CONTAINS = 60;
/** Content evidence scores 40–80 by the share of non-empty sampled cells that match. */
const SCORE_CONTENT_BASE = 40;
const CONTENT_MIN_SHARE = 0.6;
const SCORE_MIN = 50;

const LINKEDIN_PERSON = /^(https?:\/\/)?([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[^\s/]+/i;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;
const DOMAIN = /^(https?:\/\/)?(www\.)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?(\/[^\s]*)?$/i;

/** Which content-detectable role a cell's text points to, if any. */
function contentRole(cell: string): ColumnRole | null {
  const value = cell.trim();
  if (value === '') return null;
  if (LINKEDIN_PERSON.test(value)) return 'linkedinUrl';
  if (EMAIL.test(value)) return 'email';
  if (DOMAIN.test(value) && !/linkedin\.com/i.test(value)) return 'companyDomain';
  return null;
}

export const normaliseHeader = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export function headerScore(role: ColumnRole, header: string): number {
  const norm = normaliseHeader(header);
  if (EXACT[role].includes(norm)) return SCORE_EXACT;
  const rule = CONTAINS.find((r) => r.words.some((w) => norm.includes(w)) && !r.unless?.some((u) => norm.includes(u)));
  return rule?.role === role ? SCORE_CONTAINS : 0;
}

/** Per column, the content role most of its sampled non-empty cells match, with a score. */
function contentScores(columnCount: number, rows: readonly (readonly string[])[]): Array<{ role: ColumnRole; score: number } | null> {
  const scores: Array<{ role: ColumnRole; score: number } | null> = [];
  for (let col = 0; col < columnCount; col++) {
    const tally = new Map<ColumnRole, number>();
    let filled = 0;
    for (const row of rows) {
      const cell = row[col] ?? '';
      if (cell.trim() === '') continue;
      filled++;
      const role = contentRole(cell);
      if (role) tally.set(role, (tally.get(role) ?? 0) + 1);
    }
    const [role, hits] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    const share = filled > 0 ? hits / filled : 0;
    scores.push(role && share >= CONTENT_MIN_SHARE ? { role, score: SCORE_CONTENT_BASE + share * 40 } : null);
  }
  return scores;
}

/**
 * The best one-to-one assignment by greedy choice of the strongest (role, column) evidence: a column
 * plays at most one role and a role sits in at most one column. Header and content evidence for the
 * same pair add up, so "Email" full of addresses beats "Email" full of "n/a".
 */
export function guessColumnMap(columns: readonly string[], sampleRows: readonly (readonly string[])[]): ColumnMap {
  const byContent = contentScores(columns.length, sampleRows.slice(0, GUESS_SAMPLE_ROWS));
  const candidates: Array<{ role: ColumnRole; col: number; score: number }> = [];
  columns.forEach((header, col) => {
    for (const role of Object.keys(EXACT) as ColumnRole[]) {
      const evidence = byContent[col];
      // A header naming a role its cells flatly contradict ("Website" full of e-mail addresses,
      // "Contact" full of LinkedIn links) is ignored.
      const contradicted = evidence !== null && evidence.role !== role;
      const score = (contradicted ? 0 : headerScore(role, header)) + (evidence?.role === role ? evidence.score : 0);
      if (score >= SCORE_MIN) candidates.push({ role, col, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);

  const map: ColumnMap = {};
  const used = new Set<number>();
  for (const { role, col } of candidates) {
    if (map[role] !== undefined || used.has(col)) continue;
    map[role] = col;
    used.add(col);
  }
  return map;
}
