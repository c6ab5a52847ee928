// Who a row is, as far as Lusha is concerned. One person may appear in many rows and sheets, written
// differently each time; the identity string is the normalised form they all share, so a run asks for
// each person once and the lookup cache can answer for them across sheets and runs.
import type { ColumnMap, ColumnRole } from '@shared/domain';
import type { ContactQuery } from '../lusha/types';

export type Identified = { ok: true; identity: string; query: ContactQuery } | { ok: false; reason: string };

export const SKIP_REASONS = {
  nothing: 'no LinkedIn URL, email or name + company',
  noCompany: 'name but no company name or domain',
  noName: 'company but no name',
  unmapped: 'no column is mapped to a LinkedIn URL, email or name + company',
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LINKEDIN_PROFILE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/in\/([^/?#\s]+)/i;

/** Lowercase, diacritics folded, inner whitespace collapsed: "  José  GARCÍA " → "jose garcia". */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The profile slug of a LinkedIn person URL, decoded and lowercased; null for anything else. */
function linkedinSlug(raw: string): string | null {
  const match = LINKEDIN_PROFILE.exec(raw.trim());
  if (!match) return null;
  let slug = match[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A stray % is part of the slug as typed; keep it.
  }
  return slug.toLowerCase();
}

/** "https://www.LinkedIn.com/in/John-Doe/?trk=x" → "linkedin.com/in/john-doe". */
export function normalizeLinkedinUrl(raw: string): string | null {
  const slug = linkedinSlug(raw);
  return slug ? `linkedin.com/in/${slug}` : null;
}

export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return EMAIL.test(email) ? email : null;
}

/** "https://www.Acme.com/about" → "acme.com". */
export function normalizeDomain(raw: string): string | null {
  const host = raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/?#\s]/)[0];
  return host.includes('.') ? host : null;
}

type Cells = (role: ColumnRole) => string;

function cellsOf(cells: readonly string[], map: ColumnMap): Cells {
  return (role) => {
    const index = map[role];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
}

function byLinkedin(cell: Cells): Identified | null {
  const url = normalizeLinkedinUrl(cell('linkedinUrl'));
  return url ? { ok: true, identity: `linkedin:${url}`, query: { linkedinUrl: `https://www.${url}` } } : null;
}

function byEmail(cell: Cells): Identified | null {
  const email = normalizeEmail(cell('email'));
  return email ? { ok: true, identity: `email:${email}`, query: { email } } : null;
}

function byName(cell: Cells): Identified {
  const first = cell('firstName');
  const last = cell('lastName');
  const fullName = (cell('fullName') || `${first} ${last}`).replace(/\s+/g, ' ').trim();
  const companyName = cell('companyName').replace(/\s+/g, ' ');
  const companyDomain = normalizeDomain(cell('companyDomain'));
  const hasCompany = companyName !== '' || companyDomain !== null;
  if (fullName === '') return { ok: false, reason: hasCompany ? SKIP_REASONS.noName : SKIP_REASONS.nothing };
  if (!hasCompany) return { ok: false, reason: SKIP_REASONS.noCompany };
  // The domain identifies a company better than its name, which people spell many ways.
  const company = companyDomain ? `domain:${companyDomain}` : `company:${foldText(companyName)}`;
  const query: ContactQuery = {
    fullName,
    ...(first && last ? { firstName: first, lastName: last } : {}),
    ...(companyDomain ? { companyDomain } : { companyName }),
  };
  return { ok: true, identity: `name:${foldText(fullName)}|${company}`, query };
}

const IDENTIFYING_ROLES: ColumnRole[] = ['linkedinUrl', 'email', 'fullName', 'firstName', 'lastName'];

/** True when the map could identify anyone at all; false means every row would be skipped. */
export const mapCanIdentify = (map: ColumnMap) => IDENTIFYING_ROLES.some((role) => map[role] !== undefined);

/** The row's identity, preferring LinkedIn URL, then email, then full name + company. */
export function identify(cells: readonly string[], map: ColumnMap): Identified {
  if (!mapCanIdentify(map)) return { ok: false, reason: SKIP_REASONS.unmapped };
  const cell = cellsOf(cells, map);
  return byLinkedin(cell) ?? byEmail(cell) ?? byName(cell);
}
