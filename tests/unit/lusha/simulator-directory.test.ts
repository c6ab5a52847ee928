import { describe, expect, it } from 'vitest';
import { createDirectory, DIRECTORY_MIX, IDENTITY_SPACE } from '../../../electron/lusha/simulator/directory';

describe('simulated directory', () => {
  const dir = createDirectory({ seed: 7, size: 100_000 });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(createDirectory({ seed: 7 }).person(123)).toEqual(dir.person(123));
    expect(createDirectory({ seed: 8 }).person(123)).not.toEqual(dir.person(123));
  });

  it('finds every person by LinkedIn URL, work email, name + company name or domain, and id', () => {
    for (const i of [0, 1, 42, 4_242, 99_999]) {
      const p = dir.person(i);
      expect(dir.byLinkedinUrl(p.linkedinUrl)?.index).toBe(i);
      expect(dir.byLinkedinUrl(`${p.linkedinUrl.toUpperCase()}/`)?.index).toBe(i);
      expect(dir.byEmail(p.workEmail.toUpperCase())?.index).toBe(i);
      expect(dir.byName({ firstName: p.firstName, lastName: p.lastName, companyName: p.company.name.toLowerCase() })?.index).toBe(i);
      expect(
        dir.byName({ firstName: p.firstName, lastName: p.lastName, companyDomain: `https://www.${p.company.domain}/about` })?.index,
      ).toBe(i);
      expect(dir.byId(p.id)?.index).toBe(i);
    }
  });

  it('gives distinct identities to distinct people', () => {
    const urls = new Set(Array.from({ length: 5_000 }, (_, i) => dir.person(i).linkedinUrl));
    expect(urls.size).toBe(5_000);
  });

  it('does not find unknown identities', () => {
    const p = dir.person(5);
    expect(dir.byLinkedinUrl('https://www.linkedin.com/in/nobody-here-00000')).toBeUndefined();
    expect(dir.byLinkedinUrl(p.linkedinUrl.replace(p.firstName.toLowerCase(), 'zed'))).toBeUndefined();
    expect(dir.byEmail(`${p.firstName}.${p.lastName}@unknown-company.test`)).toBeUndefined();
    expect(dir.byName({ firstName: 'Zaphod', lastName: p.lastName, companyName: p.company.name })).toBeUndefined();
    expect(dir.byId('42')).toBeUndefined();
  });

  it('knows only the first `size` people of the seeded order: identities beyond it are unknown', () => {
    const small = createDirectory({ seed: 7, size: 10 });
    const nameOf = (i: number) => {
      const p = dir.person(i);
      return { firstName: p.firstName, lastName: p.lastName, companyName: p.company.name };
    };
    for (let i = 0; i < 10; i++) expect(small.byName(nameOf(i))?.index).toBe(i);
    for (let i = 10; i < 30; i++) {
      expect(small.byName(nameOf(i))).toBeUndefined();
      expect(small.byLinkedinUrl(dir.person(i).linkedinUrl)).toBeUndefined();
    }
  });

  it('mixes people with phones, emails, neither, and GDPR blocks roughly as configured', () => {
    const sample = Array.from({ length: 10_000 }, (_, i) => dir.person(i));
    const share = (pred: (p: (typeof sample)[number]) => boolean) => sample.filter(pred).length / sample.length;
    expect(share((p) => p.phones.length > 0)).toBeCloseTo(DIRECTORY_MIX.phones, 1);
    expect(share((p) => p.emails.length > 0)).toBeCloseTo(DIRECTORY_MIX.emails, 1);
    expect(share((p) => !p.phones.length && !p.emails.length)).toBeGreaterThan(0.05);
    expect(share((p) => p.gdprBlocked)).toBeGreaterThan(0.01);
    expect(share((p) => p.gdprBlocked)).toBeLessThan(0.06);
  });

  it('refuses indexes outside the directory', () => {
    expect(() => dir.person(100_000)).toThrow(RangeError);
    expect(() => dir.person(-1)).toThrow(RangeError);
    expect(() => createDirectory({ size: IDENTITY_SPACE + 1 })).toThrow(RangeError);
  });
});
