import { describe, expect, it } from 'vitest';
import { splitName, v2BulkBody, v2SingleQuery, v3Body } from '../../../electron/lusha/requests';
import type { ContactRequest } from '../../../electron/lusha/types';

const contacts: ContactRequest[] = [
  { ref: '1', query: { linkedinUrl: 'https://www.linkedin.com/in/x' } },
  { ref: '2', query: { email: 'a@b.test' } },
  { ref: '3', query: { fullName: 'Mary Ann  de Vries', companyName: 'Contoso' } },
  { ref: '4', query: { fullName: 'ignored', firstName: 'Jo', lastName: 'Lee', companyDomain: 'lee.test', companyName: 'Lee Inc' } },
];

describe('request bodies', () => {
  it('splits a full name at its first space when first/last are absent', () => {
    expect(splitName({ fullName: ' Mary Ann  de Vries ' })).toEqual({ firstName: 'Mary', lastName: 'Ann de Vries' });
    expect(splitName({ fullName: 'Cher' })).toEqual({ firstName: 'Cher', lastName: '' });
    expect(splitName({ fullName: 'X Y', firstName: 'Jo', lastName: 'Lee' })).toEqual({ firstName: 'Jo', lastName: 'Lee' });
  });

  it('V3 takes clientReferenceId, first/last and companyName or companyDomain, and a reveal list', () => {
    expect(v3Body(contacts, { phones: true, emails: false })).toEqual({
      contacts: [
        { clientReferenceId: '1', linkedinUrl: 'https://www.linkedin.com/in/x' },
        { clientReferenceId: '2', email: 'a@b.test' },
        { clientReferenceId: '3', firstName: 'Mary', lastName: 'Ann de Vries', companyName: 'Contoso' },
        { clientReferenceId: '4', firstName: 'Jo', lastName: 'Lee', companyDomain: 'lee.test' },
      ],
      reveal: ['phones'],
    });
  });

  it('V2 bulk takes contactId, fullName + current company, and explicit reveal flags', () => {
    expect(v2BulkBody(contacts, { phones: false, emails: true })).toEqual({
      contacts: [
        { contactId: '1', linkedinUrl: 'https://www.linkedin.com/in/x' },
        { contactId: '2', email: 'a@b.test' },
        { contactId: '3', fullName: 'Mary Ann  de Vries', companies: [{ name: 'Contoso', isCurrent: true }] },
        { contactId: '4', fullName: 'ignored', companies: [{ domain: 'lee.test', isCurrent: true }] },
      ],
      metadata: { revealPhones: false, revealEmails: true },
    });
  });

  it('V2 single sends the identity and both reveal flags as query parameters', () => {
    expect(Object.fromEntries(v2SingleQuery(contacts[2], { phones: true, emails: true }))).toEqual({
      firstName: 'Mary',
      lastName: 'Ann de Vries',
      companyName: 'Contoso',
      revealPhones: 'true',
      revealEmails: 'true',
    });
  });
});
