import { describe, expect, it } from 'vitest';
import { identify, normalizeDomain, normalizeEmail, normalizeLinkedinUrl, SKIP_REASONS } from '../../../electron/jobs/identity';
import type { ColumnMap } from '@shared/domain';

const MAP: ColumnMap = { linkedinUrl: 0, email: 1, fullName: 2, companyName: 3, companyDomain: 4, firstName: 5, lastName: 6 };
const row = (cells: Partial<Record<keyof typeof MAP, string>>) =>
  Object.entries(MAP).reduce<string[]>((out, [role, i]) => ((out[i as number] = cells[role as keyof typeof MAP] ?? ''), out), []);

describe('normalisation', () => {
  it.each([
    ['https://www.linkedin.com/in/John-Doe-123/', 'linkedin.com/in/john-doe-123'],
    ['http://uk.linkedin.com/in/john-doe-123?trk=public_profile', 'linkedin.com/in/john-doe-123'],
    ['linkedin.com/in/john-doe-123#about', 'linkedin.com/in/john-doe-123'],
    ['  WWW.LINKEDIN.COM/in/jos%C3%A9-garc%C3%ADa  ', 'linkedin.com/in/josé-garcía'],
  ])('LinkedIn %s → %s', (raw, normal) => expect(normalizeLinkedinUrl(raw)).toBe(normal));

  it('refuses LinkedIn URLs that are not a person', () => {
    expect(normalizeLinkedinUrl('https://www.linkedin.com/company/acme')).toBeNull();
    expect(normalizeLinkedinUrl('https://example.com/in/john')).toBeNull();
  });

  it('lowercases and trims emails, and refuses what is not one', () => {
    expect(normalizeEmail('  Jane.Doe@Acme.COM ')).toBe('jane.doe@acme.com');
    expect(normalizeEmail('jane at acme')).toBeNull();
  });

  it('reduces a website to its domain', () => {
    expect(normalizeDomain('https://www.Acme.com/about')).toBe('acme.com');
    expect(normalizeDomain('acme')).toBeNull();
  });
});

describe('identify', () => {
  it('prefers the LinkedIn URL, then the email, then name + company', () => {
    const all = { linkedinUrl: 'https://linkedin.com/in/jane', email: 'jane@acme.com', fullName: 'Jane Doe', companyName: 'Acme' };
    expect(identify(row(all), MAP)).toMatchObject({
      ok: true,
      identity: 'linkedin:linkedin.com/in/jane',
      query: { linkedinUrl: 'https://www.linkedin.com/in/jane' },
    });
    expect(identify(row({ ...all, linkedinUrl: 'not a url' }), MAP)).toMatchObject({
      identity: 'email:jane@acme.com',
      query: { email: 'jane@acme.com' },
    });
    expect(identify(row({ fullName: 'Jane Doe', companyName: 'Acme' }), MAP)).toMatchObject({ identity: 'name:jane doe|company:acme' });
  });

  it('folds case, accents and spacing of names and companies into one identity', () => {
    const a = identify(row({ fullName: '  José   GARCÍA ', companyName: 'Café  Müller' }), MAP);
    const b = identify(row({ fullName: 'jose garcia', companyName: 'cafe muller' }), MAP);
    expect(a.ok && b.ok && a.identity === b.identity).toBe(true);
    // The query keeps the name as written: Lusha matches on the real spelling.
    expect(a).toMatchObject({ query: { fullName: 'José GARCÍA', companyName: 'Café Müller' } });
  });

  it('prefers the company domain to its name, and joins first and last names', () => {
    const who = identify(row({ firstName: 'Jane', lastName: 'Doe', companyName: 'Acme Inc', companyDomain: 'www.acme.com' }), MAP);
    expect(who).toMatchObject({
      identity: 'name:jane doe|domain:acme.com',
      query: { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', companyDomain: 'acme.com' },
    });
  });

  it('says why a row cannot be looked up', () => {
    expect(identify(row({}), MAP)).toEqual({ ok: false, reason: SKIP_REASONS.nothing });
    expect(identify(row({ fullName: 'Jane Doe' }), MAP)).toEqual({ ok: false, reason: SKIP_REASONS.noCompany });
    expect(identify(row({ companyName: 'Acme' }), MAP)).toEqual({ ok: false, reason: SKIP_REASONS.noName });
    expect(identify(['Jane', 'Acme'], { companyName: 1 })).toEqual({ ok: false, reason: SKIP_REASONS.unmapped });
  });
});
