// A deterministic directory of people, generated from an index instead of stored. Each identity
// (first name × last name × company) is a digit of a mixed-radix number; a seeded affine permutation
// maps person index ↔ identity, so every lookup (LinkedIn URL, email, name + company, id) is decoded
// arithmetically and verified, and unknown identities are simply the combinations beyond `size`.
import { COMPANIES, FIRST_NAMES, LAST_NAMES, TITLES, type Company, type Place, type Title } from './people-data';
import { seededRng } from '../../app/random';
import { hash32 } from './rng';

export interface SimPhone {
  number: string;
  type: 'direct' | 'mobile' | 'phone';
  doNotCall: boolean;
}

export interface SimEmail {
  email: string;
  type: 'work' | 'personal';
  confidence: 'A+' | 'A' | 'B';
}

export interface Person {
  index: number;
  /** Lusha's own id for the person (V2 `personId`, V3 `id`). */
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
  linkedinUrl: string;
  /** The work address the person can be looked up by, whether or not Lusha reveals it. */
  workEmail: string;
  company: Company;
  title: Title;
  place: Place;
  phones: SimPhone[];
  emails: SimEmail[];
  /** Blocked under GDPR: 451 on the single endpoint, a per-record error in bulk. */
  gdprBlocked: boolean;
}

export interface NameQuery {
  firstName: string;
  lastName: string;
  companyName?: string;
  companyDomain?: string;
}

export interface Directory {
  readonly size: number;
  person(index: number): Person;
  byLinkedinUrl(url: string): Person | undefined;
  byEmail(email: string): Person | undefined;
  byName(q: NameQuery): Person | undefined;
  byId(id: string): Person | undefined;
}

export interface DirectoryOptions {
  seed?: number;
  size?: number;
}

/** Shares of the directory; GDPR-blocked people are drawn independently of what data they have. */
export const DIRECTORY_MIX = { phones: 0.6, emails: 0.7, gdprBlocked: 0.03 } as const;

const F = FIRST_NAMES.length;
const L = LAST_NAMES.length;
const C = COMPANIES.length;
/** Every identity the directory can express; `size` of them exist. */
export const IDENTITY_SPACE = F * L * C;
const ID_OFFSET = 100_000_000;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function modInverse(a: number, m: number): number {
  let [r0, r1, s0, s1] = [a, m, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}

const mod = (a: number, m: number) => ((a % m) + m) % m;
const lower = (s: string) => s.trim().toLowerCase();
const indexOf = (names: readonly string[], name: string) => names.findIndex((n) => n.toLowerCase() === lower(name));
const bareDomain = (d: string) =>
  lower(d)
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');

function companyIndex(name?: string, domain?: string): number {
  if (domain) return COMPANIES.findIndex((c) => c.domain === bareDomain(domain));
  return name ? COMPANIES.findIndex((c) => c.name.toLowerCase() === lower(name)) : -1;
}

export function createDirectory(options: DirectoryOptions = {}): Directory {
  const seed = options.seed ?? 1;
  const size = options.size ?? 100_000;
  if (size < 1 || size > IDENTITY_SPACE) throw new RangeError(`Directory size must be 1..${IDENTITY_SPACE}`);

  let a = hash32(seed, 1) % IDENTITY_SPACE;
  while (gcd(a, IDENTITY_SPACE) !== 1) a = (a + 1) % IDENTITY_SPACE;
  const aInverse = modInverse(a, IDENTITY_SPACE);
  const b = hash32(seed, 2) % IDENTITY_SPACE;
  const slugMask = hash32(seed, 3) & 0xfffff;

  const identityOf = (index: number) => (a * index + b) % IDENTITY_SPACE;
  const indexOfIdentity = (identity: number) => mod(aInverse * (identity - b), IDENTITY_SPACE);
  const slugSuffix = (identity: number) => (identity ^ slugMask).toString(16).padStart(5, '0');

  const existing = (identity: number): Person | undefined => {
    if (!Number.isInteger(identity) || identity < 0 || identity >= IDENTITY_SPACE) return undefined;
    const index = indexOfIdentity(identity);
    return index < size ? person(index) : undefined;
  };

  /** The person with these name/company digits (−1 = no such name), if that identity exists. */
  const find = (f: number, l: number, c: number) => (f < 0 || l < 0 || c < 0 ? undefined : existing(f + F * (l + L * c)));

  function person(index: number): Person {
    if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError(`No person ${index} in a directory of ${size}`);
    const identity = identityOf(index);
    const firstName = FIRST_NAMES[identity % F];
    const lastName = LAST_NAMES[Math.floor(identity / F) % L];
    const company = COMPANIES[Math.floor(identity / (F * L))];
    const rnd = seededRng(hash32(seed, index, 4));
    const local = `${firstName}.${lastName}`.toLowerCase();
    const workEmail = `${local}@${company.domain}`;
    const hasPhones = rnd() < DIRECTORY_MIX.phones;
    const hasEmails = rnd() < DIRECTORY_MIX.emails;
    const gdprBlocked = rnd() < DIRECTORY_MIX.gdprBlocked;
    const place = rnd() < 0.7 ? company.place : COMPANIES[Math.floor(rnd() * C)].place;
    const phoneDigits = () => `${place.areaCode}55501${String(Math.floor(rnd() * 100)).padStart(2, '0')}`;
    const phones: SimPhone[] = hasPhones
      ? [
          { number: `+1${phoneDigits()}`, type: rnd() < 0.5 ? 'direct' : 'mobile', doNotCall: rnd() < 0.1 },
          ...(rnd() < 0.3 ? [{ number: `+1${phoneDigits()}`, type: 'phone' as const, doNotCall: false }] : []),
        ]
      : [];
    const emails: SimEmail[] = hasEmails
      ? [
          { email: workEmail, type: 'work', confidence: rnd() < 0.7 ? 'A+' : 'A' },
          ...(rnd() < 0.25 ? [{ email: `${local}${index % 100}@mail.test`, type: 'personal' as const, confidence: 'B' as const }] : []),
        ]
      : [];
    return {
      index,
      id: String(ID_OFFSET + identity),
      firstName,
      lastName,
      fullName: `${firstName} ${lastName}`,
      linkedinUrl: `https://www.linkedin.com/in/${local.replace('.', '-')}-${slugSuffix(identity)}`,
      workEmail,
      company,
      title: TITLES[Math.floor(rnd() * TITLES.length)],
      place,
      phones,
      emails,
      gdprBlocked,
    };
  }

  return {
    size,
    person,
    byLinkedinUrl(url) {
      const m = /linkedin\.com\/in\/([a-z]+)-([a-z]+)-([0-9a-f]{5})\/?$/i.exec(url.trim());
      if (!m) return undefined;
      const p = existing(parseInt(m[3], 16) ^ slugMask);
      return p && p.linkedinUrl.toLowerCase() === url.trim().toLowerCase().replace(/\/$/, '') ? p : undefined;
    },
    byEmail(email) {
      const m = /^([a-z]+)\.([a-z]+)@(.+)$/i.exec(email.trim());
      return m ? find(indexOf(FIRST_NAMES, m[1]), indexOf(LAST_NAMES, m[2]), companyIndex(undefined, m[3])) : undefined;
    },
    byName(q) {
      return find(indexOf(FIRST_NAMES, q.firstName), indexOf(LAST_NAMES, q.lastName), companyIndex(q.companyName, q.companyDomain));
    },
    byId(id) {
      return existing(Number(id) - ID_OFFSET);
    },
  };
}
