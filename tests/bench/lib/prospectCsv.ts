// Writes a prospect-list CSV of any size (10 columns, values shaped like real exports: names with
// accents, quoted company names with commas, emails, domains, LinkedIn URLs, phone numbers), streamed
// so a million rows never sit in memory. Deterministic: the same size gives the same bytes.
import fs from 'node:fs';
import { once } from 'node:events';

const FIRST = ['Ada', 'Alan', 'Grace', 'Zoë', 'José', 'Renée', 'Linus', 'Margaret', 'Chidi', 'Aiko', 'Priya', 'Søren'];
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Müller', 'Núñez', "O'Brien", 'Torvalds', 'Hamilton', 'Okafor', 'Tanaka'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Tyrell'];
const SUFFIXES = ['Inc.', 'GmbH', 'Ltd', 'S.A.', 'LLC'];
const TITLES = ['VP Sales', 'Head of Growth', 'CTO', 'Account Executive', 'Founder & CEO', 'Marketing Manager'];
const CITIES = ['San Francisco', 'London', 'Berlin', 'São Paulo', 'Tokyo', 'Lagos', 'Tel Aviv'];

export const PROSPECT_HEADER = [
  'First Name',
  'Last Name',
  'Email',
  'Company',
  'Website',
  'LinkedIn URL',
  'Title',
  'Phone',
  'City',
  'Notes',
];

/** A small deterministic generator (mulberry32), so runs compare like for like. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function prospectLine(i: number, rnd: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const first = pick(FIRST);
  const last = pick(LAST);
  const company = pick(COMPANIES);
  const domain = `${company.toLowerCase().replace(/[^a-z]/g, '')}${i % 997}.com`;
  const slug = `${first}-${last}-${i}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
  const phone = `+1415${String(5_000_000 + (i % 4_999_999)).padStart(7, '0')}`;
  const notes = rnd() < 0.1 ? '"Met at the conference, ""hot"" lead"' : '';
  const lastCell = last.includes("'") ? `"${last}"` : last;
  const cells = [first, lastCell, `${slug}@${domain}`, `"${company}, ${pick(SUFFIXES)}"`, domain];
  cells.push(`https://www.linkedin.com/in/${slug}`, pick(TITLES), phone, pick(CITIES), notes);
  return `${cells.join(',')}\n`;
}

/** Writes the header and `rows` data rows to `file`; returns the file's size in bytes. */
export async function writeProspectCsv(file: string, rows: number): Promise<number> {
  const out = fs.createWriteStream(file);
  const rnd = random(42);
  out.write(`${PROSPECT_HEADER.join(',')}\n`);
  const perChunk = 10_000;
  for (let start = 0; start < rows; start += perChunk) {
    let chunk = '';
    for (let i = start; i < Math.min(rows, start + perChunk); i++) chunk += prospectLine(i, rnd);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return fs.statSync(file).size;
}
