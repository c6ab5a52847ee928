// Reads the simulator's incoming requests the way Lusha validates them: 400 for a malformed request,
// 412 for a bulk full name that is not a full name. Each endpoint spells identities differently
// (V2 bulk: fullName + companies; V3: firstName/lastName + companyName/companyDomain).
import type { Rejection } from './accounts';
import type { Identity, Wanted } from './enrichment';
import { MESSAGES } from './messages';

export interface EnrichRequest {
  items: { ref: string; identity: Identity }[];
  wanted: Wanted;
  /** True when the request asks for reveal explicitly (plans without unified credits refuse that). */
  revealRequested: boolean;
}

export const MAX_CONTACTS = 100;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

const badRequest = (detail: string): Rejection => ({
  status: 400,
  message: `${MESSAGES.badRequest}: ${detail}`,
  reason: 'bad_request_400',
});
const badFullName: Rejection = { status: 412, message: MESSAGES.badFullName, reason: 'bad_request_412' };

const hasIdentity = (id: Identity) =>
  Boolean(id.linkedinUrl || id.email || id.id || (id.firstName && id.lastName && (id.companyName || id.companyDomain)));

/** Absent flags reveal everything (Lusha: "every returned data point may be charged"). */
function wantedOf(phones: boolean | undefined, emails: boolean | undefined): Pick<EnrichRequest, 'wanted' | 'revealRequested'> {
  if (phones === undefined && emails === undefined) return { wanted: { phones: true, emails: true }, revealRequested: false };
  return { wanted: { phones: phones === true, emails: emails === true }, revealRequested: phones === true || emails === true };
}

function contactList(body: unknown): Rec[] | Rejection {
  if (!isRec(body) || !Array.isArray(body.contacts)) return badRequest('contacts must be a list');
  if (body.contacts.length < 1 || body.contacts.length > MAX_CONTACTS) return badRequest(`contacts must hold 1..${MAX_CONTACTS} items`);
  if (!body.contacts.every(isRec)) return badRequest('each contact must be an object');
  return body.contacts;
}

function itemsOf(contacts: Rec[], refField: string, identityOf: (c: Rec) => Identity | Rejection): EnrichRequest['items'] | Rejection {
  const items: EnrichRequest['items'] = [];
  const seen = new Set<string>();
  for (const c of contacts) {
    const ref = str(c[refField]);
    if (!ref || seen.has(ref)) return badRequest(`each contact needs a unique ${refField}`);
    seen.add(ref);
    const identity = identityOf(c);
    if ('status' in identity) return identity;
    if (!hasIdentity(identity)) return badRequest(`contact ${ref} has no identifier`);
    items.push({ ref, identity });
  }
  return items;
}

const flag = (v: unknown) => (v === undefined || v === null ? undefined : v === true || v === 'true');

export function parseV2Single(query: URLSearchParams): EnrichRequest | Rejection {
  const get = (name: string) => query.get(name) ?? undefined;
  const identity: Identity = {
    linkedinUrl: get('linkedinUrl'),
    email: get('email'),
    id: get('personId'),
    firstName: get('firstName'),
    lastName: get('lastName'),
    companyName: get('companyName'),
    companyDomain: get('companyDomain'),
  };
  if (!hasIdentity(identity)) return badRequest('linkedinUrl, email, personId or firstName + lastName + company is required');
  return { items: [{ ref: 'single', identity }], ...wantedOf(flag(get('revealPhones')), flag(get('revealEmails'))) };
}

function v2BulkIdentity(c: Rec): Identity | Rejection {
  const fullName = str(c.fullName);
  if (!fullName) return { linkedinUrl: str(c.linkedinUrl), email: str(c.email), id: str(c.personId) };
  const [firstName, ...rest] = fullName.split(/\s+/);
  if (!rest.length) return badFullName;
  const company = Array.isArray(c.companies) ? c.companies.find(isRec) : undefined;
  return { firstName, lastName: rest.join(' '), companyName: str(company?.name), companyDomain: str(company?.domain) };
}

export function parseV2Bulk(body: unknown): EnrichRequest | Rejection {
  const contacts = contactList(body);
  if ('status' in contacts) return contacts;
  const items = itemsOf(contacts, 'contactId', v2BulkIdentity);
  if ('status' in items) return items;
  const metadata = isRec(body) && isRec(body.metadata) ? body.metadata : {};
  return { items, ...wantedOf(flag(metadata.revealPhones), flag(metadata.revealEmails)) };
}

const v3Identity = (c: Rec): Identity => ({
  linkedinUrl: str(c.linkedinUrl),
  email: str(c.email),
  id: str(c.id),
  firstName: str(c.firstName),
  lastName: str(c.lastName),
  companyName: str(c.companyName),
  companyDomain: str(c.companyDomain),
});

export function parseV3(body: unknown): EnrichRequest | Rejection {
  const contacts = contactList(body);
  if ('status' in contacts) return contacts;
  const items = itemsOf(contacts, 'clientReferenceId', v3Identity);
  if ('status' in items) return items;
  const reveal = isRec(body) ? body.reveal : undefined;
  if (reveal !== undefined && !Array.isArray(reveal)) return badRequest('reveal must be a list');
  return { items, ...(reveal ? wantedOf(reveal.includes('phones'), reveal.includes('emails')) : wantedOf(undefined, undefined)) };
}
