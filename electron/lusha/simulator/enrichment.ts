// What a lookup finds and what it costs. Credits are charged only for found data and only for the
// revealed types; a request whose found data costs more than the account has left is refused whole
// (402, nothing charged) rather than answered in part, so the pool never goes below zero and no
// contact is ever reported "not found" merely because the money ran out.
import type { Account, Rejection } from './accounts';
import type { Directory, Person, SimEmail, SimPhone } from './directory';
import { MESSAGES } from './messages';

export interface Identity {
  linkedinUrl?: string;
  email?: string;
  id?: string;
  firstName?: string;
  lastName?: string;
  companyName?: string;
  companyDomain?: string;
}

export interface Wanted {
  phones: boolean;
  emails: boolean;
}

export type Finding =
  { kind: 'found'; person: Person; phones: SimPhone[]; emails: SimEmail[]; cost: number } | { kind: 'not_found' } | { kind: 'gdpr' };

export function lookup(directory: Directory, id: Identity): Person | undefined {
  if (id.linkedinUrl) return directory.byLinkedinUrl(id.linkedinUrl);
  if (id.email) return directory.byEmail(id.email);
  if (id.id) return directory.byId(id.id);
  if (id.firstName && id.lastName)
    return directory.byName({
      firstName: id.firstName,
      lastName: id.lastName,
      companyName: id.companyName,
      companyDomain: id.companyDomain,
    });
  return undefined;
}

/** A person with none of the wanted data is "not found" for that request, like Lusha's EMPTY_DATA. */
export function evaluate(directory: Directory, id: Identity, wanted: Wanted, account: Account): Finding {
  const person = lookup(directory, id);
  if (!person) return { kind: 'not_found' };
  if (person.gdprBlocked) return { kind: 'gdpr' };
  const phones = wanted.phones ? person.phones : [];
  const emails = wanted.emails ? person.emails : [];
  if (!phones.length && !emails.length) return { kind: 'not_found' };
  const cost = (phones.length ? account.prices.phone : 0) + (emails.length ? account.prices.email : 0);
  return { kind: 'found', person, phones, emails, cost };
}

export const outOfCredits = (account: Account): Rejection =>
  account.spec.trial
    ? { status: 429, message: MESSAGES.trial, reason: 'trial_spent' }
    : { status: 402, message: MESSAGES.noCredits, reason: 'no_credits' };

/** Evaluates a whole request and charges it atomically, or refuses it when credits do not cover it. */
export function enrichAll(directory: Directory, ids: Identity[], wanted: Wanted, account: Account): Finding[] | Rejection {
  if (account.creditsRemaining <= 0) return outOfCredits(account);
  const findings = ids.map((id) => evaluate(directory, id, wanted, account));
  const cost = findings.reduce((sum, f) => sum + (f.kind === 'found' ? f.cost : 0), 0);
  if (cost > account.creditsRemaining) return outOfCredits(account);
  account.charge(cost);
  return findings;
}
