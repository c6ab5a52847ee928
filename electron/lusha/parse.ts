// Reads Lusha's successful answers into our vocabulary. Lusha's field names drift between versions
// and over time (email|address, emailType|type, phoneType in any case, snake/camel location keys),
// so every reader here accepts each documented spelling. A body whose skeleton is wrong throws
// MalformedBody; the client reports it as `malformed`.
import type { ContactResult, Email, PersonData, PersonLocation, Phone, UsageBucket, UsageResponse, UsageWindow } from './types';

export class MalformedBody extends Error {}

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const asRec = (v: unknown): Rec | undefined => (isRec(v) ? v : undefined);

function requireRec(v: unknown, what: string): Rec {
  if (!isRec(v)) throw new MalformedBody(`${what} is not an object`);
  return v;
}

const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  return typeof v === 'number' ? String(v) : null;
};

const num = (v: unknown): number | null => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/** The first of several spellings of one field that is present. */
const pick = (o: Rec, ...names: string[]): unknown => {
  for (const n of names) if (o[n] !== undefined && o[n] !== null) return o[n];
  return undefined;
};

const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : []);

const PHONE_TYPES = new Set<Phone['type']>(['direct', 'mobile', 'phone']);
const EMAIL_TYPES = new Set<Email['type']>(['work', 'personal']);

function phoneType(v: unknown): Phone['type'] {
  const t = text(v)?.toLowerCase() as Phone['type'] | undefined;
  return t && PHONE_TYPES.has(t) ? t : 'other';
}

function emailType(v: unknown): Email['type'] {
  const t = text(v)?.toLowerCase() as Email['type'] | undefined;
  return t && EMAIL_TYPES.has(t) ? t : 'other';
}

function parsePhones(raw: Rec): Phone[] {
  return list(pick(raw, 'phoneNumbers', 'phones')).flatMap((p) => {
    const number = text(pick(p, 'number', 'internationalNumber', 'localizedNumber'));
    return number ? [{ number, type: phoneType(pick(p, 'phoneType', 'type')), doNotCall: p.doNotCall === true }] : [];
  });
}

function parseEmails(raw: Rec): Email[] {
  return list(pick(raw, 'emailAddresses', 'emails')).flatMap((e) => {
    const email = text(pick(e, 'email', 'address'));
    return email
      ? [{ email, type: emailType(pick(e, 'emailType', 'type')), confidence: text(pick(e, 'emailConfidence', 'confidence')) }]
      : [];
  });
}

function parseLocation(raw: Rec): PersonLocation | undefined {
  const loc = asRec(raw.location);
  if (!loc) return undefined;
  return {
    country: text(loc.country),
    countryIso2: text(pick(loc, 'countryIso2', 'country_iso2', 'countryISO2')),
    state: text(loc.state),
    city: text(loc.city),
  };
}

const stripUrl = (v: string | null) =>
  v
    ?.replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/.*$/, '') ?? null;

/** V2 bulk answers carry the company once in a top-level `companies` map, referenced by `companyId`. */
function companyOf(raw: Rec, companies: Rec | undefined): Rec | undefined {
  const inline = asRec(raw.company);
  if (inline) return inline;
  const id = text(raw.companyId);
  return id !== null ? asRec(companies?.[id]) : undefined;
}

function jobTitleOf(raw: Rec): string | null {
  const jt = raw.jobTitle;
  return isRec(jt) ? text(jt.title) : text(jt);
}

export function parsePerson(raw: Rec, companies?: Rec): PersonData {
  const firstName = text(raw.firstName);
  const lastName = text(raw.lastName);
  const company = companyOf(raw, companies);
  const social = asRec(raw.socialLinks);
  const person: PersonData = {
    fullName: text(raw.fullName) ?? ([firstName, lastName].filter(Boolean).join(' ') || null),
    firstName,
    lastName,
    jobTitle: jobTitleOf(raw),
    companyName: text(company?.name) ?? text(raw.companyName),
    companyDomain: text(pick(company ?? {}, 'fqdn', 'domain')) ?? stripUrl(text(company?.website)) ?? text(raw.companyDomain),
    linkedinUrl: text(pick(social ?? {}, 'linkedin', 'linkedIn', 'linkedinUrl')) ?? text(raw.linkedinUrl),
    phones: parsePhones(raw),
    emails: parseEmails(raw),
  };
  const location = parseLocation(raw);
  if (location) person.location = location;
  return person;
}

/** `isCreditCharged` when sent; V3 does not send it per result, so there revealed data means charged. */
const chargedOf = (raw: Rec, data: PersonData) =>
  typeof raw.isCreditCharged === 'boolean' ? raw.isCreditCharged : data.phones.length + data.emails.length > 0;

const notFound = (ref: string, message: string): ContactResult => ({ ref, outcome: 'not_found', charged: false, message });

/** Per-record error codes of V2 (numeric `code` + `name`) and V3 (string `code`). */
function perContactError(ref: string, error: Rec): ContactResult {
  const code = `${text(error.code) ?? ''} ${text(error.name) ?? ''}`.toUpperCase();
  const message = text(error.message) ?? code.trim();
  if (/COMPLIANCE|GDPR|\b451\b/.test(code)) return { ref, outcome: 'error', charged: false, code: 'compliance', message };
  if (/ENRICH_FAILED/.test(code)) return { ref, outcome: 'error', charged: false, code: 'enrich_failed', message };
  // EMPTY_DATA (code 3), NOT_FOUND and anything unknown: the person is not there for us.
  return notFound(ref, message || 'Could not find requested data');
}

/** One V2 contact entry `{error, isCreditCharged, data}` (single person's `contact`, or a bulk map value). */
export function parseV2Contact(ref: string, entry: unknown, companies?: Rec): ContactResult {
  const contact = requireRec(entry, `contact ${ref}`);
  const error = asRec(contact.error);
  if (error) return perContactError(ref, error);
  const raw = asRec(contact.data);
  if (!raw) return notFound(ref, 'Could not find requested data');
  const data = parsePerson(raw, companies);
  return { ref, outcome: 'found', data, charged: chargedOf(contact, data) };
}

export function parseV2Single(body: unknown, ref: string): ContactResult {
  return parseV2Contact(ref, requireRec(body, 'answer').contact, undefined);
}

const missing = (ref: string): ContactResult => ({
  ref,
  outcome: 'error',
  charged: false,
  code: 'enrich_failed',
  message: "Lusha's answer did not include this contact",
});

const chargedCount = (results: ContactResult[]) => results.filter((r) => r.charged).length;

/** Results in the order of `refs`; V2 keys them by our contactId. */
export function parseV2Bulk(body: unknown, refs: string[]): { results: ContactResult[]; creditsCharged: number } {
  const root = requireRec(body, 'answer');
  const contacts = requireRec(root.contacts, 'contacts');
  const companies = asRec(root.companies);
  const results = refs.map((ref) => (contacts[ref] === undefined ? missing(ref) : parseV2Contact(ref, contacts[ref], companies)));
  return { results, creditsCharged: chargedCount(results) };
}

function parseV3Result(ref: string, raw: Rec): ContactResult {
  const error = asRec(raw.error);
  if (error) return perContactError(ref, error);
  const data = parsePerson(raw);
  return { ref, outcome: 'found', data, charged: chargedOf(raw, data) };
}

export function parseV3(body: unknown, refs: string[]): { results: ContactResult[]; creditsCharged: number } {
  const root = requireRec(body, 'answer');
  if (!Array.isArray(root.results)) throw new MalformedBody('results is not a list');
  const byRef = new Map(list(root.results).map((r) => [text(r.clientReferenceId) ?? '', r]));
  const results = refs.map((ref) => {
    const raw = byRef.get(ref);
    return raw ? parseV3Result(ref, raw) : missing(ref);
  });
  const billed = num(asRec(root.billing)?.creditsCharged);
  return { results, creditsCharged: billed ?? chargedCount(results) };
}

function bucket(raw: Rec): UsageBucket {
  const used = num(raw.used);
  const total = num(raw.total);
  const remaining = num(raw.remaining) ?? (total !== null && used !== null ? total - used : null);
  return { used, total, remaining };
}

const sumField = (buckets: UsageBucket[], field: keyof UsageBucket): number | null => {
  const values = buckets.map((b) => b[field]).filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
};

/** V2 `{usage: {<bucket>: {used,total,remaining}}}`: the `credits` bucket when present, else the sum. */
export function parseUsageV2(body: unknown): UsageResponse {
  const usage = requireRec(requireRec(body, 'answer').usage, 'usage');
  const buckets = Object.fromEntries(Object.entries(usage).flatMap(([name, v]) => (isRec(v) ? [[name, bucket(v)]] : [])));
  const all = Object.values(buckets);
  const credits = buckets.credits ?? { used: sumField(all, 'used'), total: sumField(all, 'total'), remaining: sumField(all, 'remaining') };
  return { creditsTotal: credits.total, creditsUsed: credits.used, creditsRemaining: credits.remaining, apiVersion: 'v2', buckets };
}

function usageWindow(raw: Rec): UsageWindow {
  return { limit: num(raw.limit), used: num(raw.used), remaining: num(raw.remaining), resetsAt: text(raw.resetsAt) };
}

export function parseUsageV3(body: unknown): UsageResponse {
  const root = requireRec(body, 'answer');
  const credits = bucket(asRec(root.credits) ?? {});
  const limits = asRec(root.rateLimits) ?? {};
  const rateLimits: UsageResponse['rateLimits'] = {};
  for (const name of ['minute', 'hourly', 'daily'] as const) {
    const w = asRec(limits[name]);
    if (w) rateLimits[name] = usageWindow(w);
  }
  return { creditsTotal: credits.total, creditsUsed: credits.used, creditsRemaining: credits.remaining, apiVersion: 'v3', rateLimits };
}
