// Lusha's answer bodies, rendered from findings. Where lusha-api.md lists several spellings the
// simulator emits the first one named; V3 uses its own names (emails/phones, type, confidence) and
// camelCase location keys, V2 the original ones and snake_case location keys.
import type { Account } from './accounts';
import type { Person } from './directory';
import type { Company } from './people-data';
import type { Finding } from './enrichment';
import { MESSAGES } from './messages';

type FoundFinding = Extract<Finding, { kind: 'found' }>;

const UPDATED = '2025-01-15T00:00:00.000Z';

export const errorBody = (status: number, message: string) => ({ statusCode: status, message });

const jobTitle = (p: Person) => ({ title: p.title.title, departments: [p.title.department], seniority: p.title.seniority });

const companyV2 = (c: Company) => ({ name: c.name, fqdn: c.domain, website: `https://www.${c.domain}` });

/** V2 `data`; bulk answers reference the company by id and list companies once at the top. */
function v2Data(f: FoundFinding, companyId?: number) {
  const p = f.person;
  return {
    personId: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    fullName: p.fullName,
    emailAddresses: f.emails.map((e) => ({ email: e.email, emailType: e.type, emailConfidence: e.confidence, updateDate: UPDATED })),
    phoneNumbers: f.phones.map((ph) => ({ number: ph.number, phoneType: ph.type, doNotCall: ph.doNotCall, updateDate: UPDATED })),
    jobTitle: jobTitle(p),
    location: { country: p.place.country, country_iso2: p.place.countryIso2, state: p.place.state, city: p.place.city },
    socialLinks: { linkedin: p.linkedinUrl },
    ...(companyId === undefined ? { company: companyV2(p.company) } : { companyId }),
  };
}

const EMPTY_DATA = { code: 3, name: 'EMPTY_DATA', message: MESSAGES.emptyData };
const GDPR_V2 = { code: 451, name: 'GDPR_RESTRICTED', message: MESSAGES.gdpr };

function v2Contact(f: Finding, companyId?: number) {
  if (f.kind === 'found') return { error: null, isCreditCharged: true, data: v2Data(f, companyId) };
  return { error: f.kind === 'gdpr' ? GDPR_V2 : EMPTY_DATA, isCreditCharged: false, data: null };
}

/** V2 single; a GDPR-blocked person is answered with 451 by the caller, never rendered here. */
export const v2SingleBody = (f: Finding) => ({ contact: v2Contact(f) });

export function v2BulkBody(refs: string[], findings: Finding[]) {
  const companyIds = new Map<string, number>();
  const companies: Record<string, ReturnType<typeof companyV2>> = {};
  const contacts = Object.fromEntries(
    refs.map((ref, i) => {
      const f = findings[i];
      if (f.kind !== 'found') return [ref, v2Contact(f)];
      const c = f.person.company;
      const companyId = companyIds.get(c.domain) ?? 1000 + companyIds.size;
      companyIds.set(c.domain, companyId);
      companies[companyId] = companyV2(c);
      return [ref, v2Contact(f, companyId)];
    }),
  );
  return { contacts, companies };
}

function v3Result(ref: string, f: Finding) {
  if (f.kind === 'not_found') return { clientReferenceId: ref, error: { code: 'NOT_FOUND', message: MESSAGES.emptyData } };
  if (f.kind === 'gdpr') return { clientReferenceId: ref, error: { code: 'COMPLIANCE_RESTRICTED', message: MESSAGES.gdpr } };
  const p = f.person;
  return {
    clientReferenceId: ref,
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    fullName: p.fullName,
    jobTitle: jobTitle(p),
    company: { name: p.company.name, domain: p.company.domain },
    emails: f.emails.map((e) => ({ email: e.email, type: e.type, confidence: e.confidence, updateDate: UPDATED })),
    // V3 capitalises phone types; the client compares them case-insensitively.
    phones: f.phones.map((ph) => ({
      number: ph.number,
      type: ph.type[0].toUpperCase() + ph.type.slice(1),
      doNotCall: ph.doNotCall,
      updateDate: UPDATED,
    })),
    location: { country: p.place.country, countryIso2: p.place.countryIso2, state: p.place.state, city: p.place.city },
    socialLinks: { linkedin: p.linkedinUrl },
  };
}

export function v3Body(requestId: string, refs: string[], findings: Finding[]) {
  const found = findings.filter((f): f is FoundFinding => f.kind === 'found');
  return {
    requestId,
    results: refs.map((ref, i) => v3Result(ref, findings[i])),
    billing: { creditsCharged: found.reduce((sum, f) => sum + f.cost, 0), resultsReturned: found.length },
  };
}

const credits = (a: Account) => ({ total: a.spec.credits, used: a.creditsUsed, remaining: a.creditsRemaining });

export const usageV2Body = (a: Account) => ({ usage: { credits: credits(a) } });

export const usageV3Body = (a: Account, now: number) => ({
  credits: credits(a),
  rateLimits: a.windows(now),
  plan: { name: a.spec.plan, trial: a.spec.trial },
  pricing: { phone: a.prices.phone, email: a.prices.email },
});
