// Writes resources/sample-prospects.csv, the sandbox's sample sheet, from the directory the sandbox's
// simulator serves (same seed), so most rows are people the sandbox keys can find. The rest show the
// other outcomes: people the directory does not know, and rows with too little to look anyone up.
// Deterministic: running it again gives the same bytes.   npx tsx scripts/make-sample-csv.ts
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { seededRng, type Rng } from '../electron/app/random';
import { SANDBOX_SEED } from '../electron/app/sandboxProfile';
import { createDirectory, type Directory } from '../electron/lusha/simulator/directory';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, TITLES } from '../electron/lusha/simulator/people-data';

const OUT = path.join(import.meta.dirname, '..', 'resources', 'sample-prospects.csv');
const HEADER = ['First Name', 'Last Name', 'Company', 'Website', 'Title', 'Email', 'LinkedIn URL'] as const;
const KNOWN = 277;
const UNKNOWN = 15;

type Row = Record<(typeof HEADER)[number], string>;

interface Prospect {
  first: string;
  last: string;
  company: { name: string; domain: string };
  title: string;
  linkedinUrl: string;
}

const pick = <T>(rnd: Rng, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** How much of a prospect a row carries, as prospect lists do: some only a profile link, some only an email. */
const SHAPES: ReadonlyArray<{ share: number; row(p: Prospect, rnd: Rng): Partial<Row> }> = [
  { share: 0.3, row: (p) => ({ 'LinkedIn URL': p.linkedinUrl }) },
  { share: 0.25, row: (p) => ({ Email: workEmail(p) }) },
  { share: 0.25, row: (p, rnd) => ({ Company: p.company.name, Website: rnd() < 0.5 ? website(p, rnd) : '' }) },
  {
    share: 0.2,
    row: (p, rnd) => ({ Company: p.company.name, Website: website(p, rnd), Email: workEmail(p), 'LinkedIn URL': p.linkedinUrl }),
  },
];

const workEmail = (p: Prospect) => `${p.first}.${p.last}@${p.company.domain}`.toLowerCase();
const website = (p: Prospect, rnd: Rng) => (rnd() < 0.3 ? `https://www.${p.company.domain}` : p.company.domain);

function toRow(p: Prospect, rnd: Rng): Row {
  let draw = rnd();
  const shape = SHAPES.find((s) => (draw -= s.share) < 0) ?? SHAPES[SHAPES.length - 1];
  return { ...emptyRow(), 'First Name': p.first, 'Last Name': p.last, Title: p.title, ...shape.row(p, rnd) };
}

const emptyRow = (): Row => Object.fromEntries(HEADER.map((h) => [h, ''])) as Row;

function knownProspects(directory: Directory, rnd: Rng): Prospect[] {
  const indices = new Set<number>();
  while (indices.size < KNOWN) indices.add(Math.floor(rnd() * directory.size));
  return [...indices].map((i) => {
    const person = directory.person(i);
    return {
      first: person.firstName,
      last: person.lastName,
      company: person.company,
      title: person.title.title,
      linkedinUrl: person.linkedinUrl,
    };
  });
}

/** Plausible people the directory does not hold: name and company combinations beyond its size. */
function unknownProspects(directory: Directory, rnd: Rng): Prospect[] {
  const found: Prospect[] = [];
  while (found.length < UNKNOWN) {
    const [first, last, company] = [pick(rnd, FIRST_NAMES), pick(rnd, LAST_NAMES), pick(rnd, COMPANIES)];
    const slug = Math.floor(rnd() * 0xfffff)
      .toString(16)
      .padStart(5, '0');
    const linkedinUrl = `https://www.linkedin.com/in/${first}-${last}-${slug}`.toLowerCase();
    if (directory.byName({ firstName: first, lastName: last, companyName: company.name }) || directory.byLinkedinUrl(linkedinUrl)) continue;
    found.push({ first, last, company, title: pick(rnd, TITLES).title, linkedinUrl });
  }
  return found;
}

/** Rows a run skips for want of identifiers: no LinkedIn URL, no email, and a name without a company or a company without a name. */
function lackingRows(rnd: Rng): Row[] {
  const company = () => pick(rnd, COMPANIES);
  const first = () => pick(rnd, FIRST_NAMES);
  const last = () => pick(rnd, LAST_NAMES);
  const title = () => pick(rnd, TITLES).title;
  const partial: Partial<Row>[] = [
    { 'First Name': first(), Title: title() },
    { Company: company().name, Website: company().domain },
    { 'First Name': first(), 'Last Name': last() },
    { Title: title() },
    { Title: title(), Website: company().domain },
    { 'First Name': first(), 'Last Name': last(), Title: title() },
    { Company: company().name },
    { 'Last Name': last(), Title: title() },
  ];
  return partial.map((p) => ({ ...emptyRow(), ...p }));
}

function shuffle<T>(items: T[], rnd: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function main(): void {
  const directory = createDirectory({ seed: SANDBOX_SEED });
  const rnd = seededRng(SANDBOX_SEED * 7919);
  const people = [...knownProspects(directory, rnd), ...unknownProspects(directory, rnd)];
  const rows = shuffle([...people.map((p) => toRow(p, rnd)), ...lackingRows(rnd)], rnd);
  fs.writeFileSync(OUT, `${Papa.unparse(rows, { columns: [...HEADER], newline: '\n' })}\n`);
  console.log(`Wrote ${rows.length} rows to ${path.relative(process.cwd(), OUT)}`);
}

main();
