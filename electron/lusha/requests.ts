// Builds the request bodies and query strings of each endpoint from our ContactRequest. The versions
// disagree on how a name is sent: V2 bulk wants `fullName` + `companies`, V3 and V2 single want
// first/last name + company name or domain.
import type { ContactQuery, ContactRequest, Reveal } from './types';

type NameQuery = Extract<ContactQuery, { fullName: string }>;

const isName = (q: ContactQuery): q is NameQuery => 'fullName' in q;

/** First/last from the query, splitting fullName at its first space when they are absent. */
export function splitName(q: NameQuery): { firstName: string; lastName: string } {
  if (q.firstName && q.lastName) return { firstName: q.firstName, lastName: q.lastName };
  const [first = '', ...rest] = q.fullName.trim().split(/\s+/);
  return { firstName: q.firstName || first, lastName: q.lastName || rest.join(' ') };
}

function fullNameOf(q: NameQuery): string {
  return q.fullName.trim() || [q.firstName, q.lastName].filter(Boolean).join(' ');
}

function companyFields(q: NameQuery): { companyName?: string; companyDomain?: string } {
  if (q.companyDomain) return { companyDomain: q.companyDomain };
  return q.companyName ? { companyName: q.companyName } : {};
}

function identity(q: ContactQuery): Record<string, string> {
  if ('linkedinUrl' in q) return { linkedinUrl: q.linkedinUrl };
  if ('email' in q) return { email: q.email };
  return { ...splitName(q), ...companyFields(q) };
}

export function v3Body(contacts: ContactRequest[], reveal: Reveal) {
  return {
    contacts: contacts.map((c) => ({ clientReferenceId: c.ref, ...identity(c.query) })),
    reveal: [...(reveal.phones ? ['phones'] : []), ...(reveal.emails ? ['emails'] : [])],
  };
}

function v2BulkContact(c: ContactRequest) {
  const q = c.query;
  if (!isName(q)) return { contactId: c.ref, ...identity(q) };
  const company = q.companyDomain ? { domain: q.companyDomain } : { name: q.companyName ?? '' };
  return { contactId: c.ref, fullName: fullNameOf(q), companies: [{ ...company, isCurrent: true }] };
}

export function v2BulkBody(contacts: ContactRequest[], reveal: Reveal) {
  return {
    contacts: contacts.map(v2BulkContact),
    metadata: { revealPhones: reveal.phones, revealEmails: reveal.emails },
  };
}

export function v2SingleQuery(contact: ContactRequest, reveal: Reveal): URLSearchParams {
  return new URLSearchParams({
    ...identity(contact.query),
    revealPhones: String(reveal.phones),
    revealEmails: String(reveal.emails),
  });
}
