import { describe, expect, it } from 'vitest';
import { MalformedBody, parseUsageV2, parseUsageV3, parseV2Bulk, parseV2Single, parseV3 } from '../../../electron/lusha/parse';
import { fixture } from './fixtures';

describe('V2 single person', () => {
  it('reads the canonical shape', () => {
    const r = parseV2Single(fixture('v2-person-found'), 'r1');
    expect(r).toEqual({
      ref: 'r1',
      outcome: 'found',
      charged: true,
      data: {
        fullName: 'Ada Lovelace',
        firstName: 'Ada',
        lastName: 'Lovelace',
        jobTitle: 'Chief Engineer',
        companyName: 'Analytical Engines',
        companyDomain: 'analytical.test',
        linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
        phones: [
          { number: '+14155550101', type: 'direct', doNotCall: false },
          { number: '+14155550102', type: 'mobile', doNotCall: true },
        ],
        emails: [{ email: 'ada@analytical.test', type: 'work', confidence: 'A+' }],
        location: { country: 'United Kingdom', countryIso2: 'GB', state: 'England', city: 'London' },
      },
    });
  });

  it('reads drifted field names: address/type/confidence, phone type in any case, camelCase location, title as text', () => {
    const r = parseV2Single(fixture('v2-person-found-variants'), 'r2');
    if (r.outcome !== 'found') throw new Error(`expected found, got ${r.outcome}`);
    expect(r.data.emails).toEqual([
      { email: 'grace@navy.test', type: 'work', confidence: 'A' },
      { email: 'grace.h@mail.test', type: 'personal', confidence: '87' },
    ]);
    expect(r.data.phones).toEqual([
      { number: '+12125550111', type: 'mobile', doNotCall: false },
      { number: '+12125550112', type: 'direct', doNotCall: false },
      { number: '+12125550113', type: 'other', doNotCall: false },
    ]);
    expect(r.data.location).toEqual({ country: 'United States', countryIso2: 'US', state: 'Virginia', city: 'Arlington' });
    expect(r.data).toMatchObject({
      fullName: 'Grace Hopper',
      jobTitle: 'Rear Admiral',
      companyName: 'US Navy',
      companyDomain: 'navy.test',
      linkedinUrl: null,
    });
  });

  it('maps EMPTY_DATA (code 3) to not found, uncharged', () => {
    expect(parseV2Single(fixture('v2-person-empty-data'), 'r3')).toEqual({
      ref: 'r3',
      outcome: 'not_found',
      charged: false,
      message: 'Could not find requested data',
    });
  });

  it('rejects a body without a contact as malformed', () => {
    expect(() => parseV2Single({ contacts: {} }, 'x')).toThrow(MalformedBody);
    expect(() => parseV2Single([], 'x')).toThrow(MalformedBody);
  });
});

describe('V2 bulk', () => {
  const { results, creditsCharged } = parseV2Bulk(fixture('v2-bulk'), ['1', '2', '3', '4', '5']);

  it('resolves companies through the top-level map by companyId', () => {
    expect(results[0]).toMatchObject({
      ref: '1',
      outcome: 'found',
      charged: true,
      data: { fullName: 'Alan Turing', companyName: 'Manchester Computing', companyDomain: 'manchester.test' },
    });
    expect(results[0].outcome === 'found' && results[0].data.phones).toEqual([
      { number: '+441615550100', type: 'phone', doNotCall: false },
    ]);
  });

  it('maps EMPTY_DATA to not found and a GDPR per-contact error to compliance', () => {
    expect(results[1]).toMatchObject({ ref: '2', outcome: 'not_found', charged: false });
    expect(results[2]).toEqual({
      ref: '3',
      outcome: 'error',
      charged: false,
      code: 'compliance',
      message: 'This record is blocked under GDPR',
    });
  });

  it('keeps isCreditCharged as sent and counts charged contacts as the V2 credit figure', () => {
    expect(results[3]).toMatchObject({
      ref: '4',
      outcome: 'found',
      charged: false,
      data: { companyName: 'Bletchley Park', firstName: null },
    });
    expect(creditsCharged).toBe(1);
  });

  it('reports a contact missing from the answer as a failure rather than a silent not-found', () => {
    expect(results[4]).toMatchObject({ ref: '5', outcome: 'error', code: 'enrich_failed' });
  });

  it('rejects an answer without a contacts map as malformed', () => {
    expect(() => parseV2Bulk({ contacts: [] }, ['1'])).toThrow(MalformedBody);
  });
});

describe('V3 search-and-enrich', () => {
  const { results, creditsCharged } = parseV3(fixture('v3-search-enrich'), ['a', 'b', 'c', 'd']);

  it('reads a found result with V3 field names', () => {
    expect(results[0]).toEqual({
      ref: 'a',
      outcome: 'found',
      charged: true,
      data: {
        fullName: 'Katherine Johnson',
        firstName: 'Katherine',
        lastName: 'Johnson',
        jobTitle: 'Mathematician',
        companyName: 'NACA',
        companyDomain: 'naca.test',
        linkedinUrl: 'https://www.linkedin.com/in/katherine-johnson',
        phones: [{ number: '+17575550100', type: 'mobile', doNotCall: false }],
        emails: [{ email: 'katherine@naca.test', type: 'work', confidence: 'A+' }],
        location: { country: 'United States', countryIso2: 'US', state: 'Virginia', city: 'Hampton' },
      },
    });
  });

  it('maps NOT_FOUND, COMPLIANCE_RESTRICTED and ENRICH_FAILED', () => {
    expect(results[1]).toEqual({ ref: 'b', outcome: 'not_found', charged: false, message: 'Contact not found' });
    expect(results[2]).toEqual({
      ref: 'c',
      outcome: 'error',
      charged: false,
      code: 'compliance',
      message: 'Restricted for compliance reasons',
    });
    expect(results[3]).toEqual({ ref: 'd', outcome: 'error', charged: false, code: 'enrich_failed', message: 'Enrichment failed' });
  });

  it('takes the credit figure from billing', () => {
    expect(creditsCharged).toBe(6);
  });

  it('rejects an answer without results as malformed', () => {
    expect(() => parseV3({ requestId: 'x' }, ['a'])).toThrow(MalformedBody);
  });
});

describe('account usage', () => {
  it('reads the live V2 credits bucket', () => {
    expect(parseUsageV2(fixture('v2-usage-live'))).toMatchObject({
      creditsTotal: 40,
      creditsUsed: 2,
      creditsRemaining: 38,
      apiVersion: 'v2',
    });
  });

  it('sums other V2 buckets generically, deriving remaining and reading numeric strings', () => {
    const u = parseUsageV2(fixture('v2-usage-buckets'));
    expect(u).toMatchObject({ creditsTotal: 150, creditsUsed: 15, creditsRemaining: 135 });
    expect(u.buckets).toEqual({
      phoneCredits: { used: 10, total: 100, remaining: 90 },
      emailCredits: { used: 5, total: 50, remaining: 45 },
    });
  });

  it('reads V3 credits and rate limits', () => {
    const u = parseUsageV3(fixture('v3-usage'));
    expect(u).toMatchObject({ creditsTotal: 1000, creditsUsed: 250, creditsRemaining: 750, apiVersion: 'v3' });
    expect(u.rateLimits?.hourly).toEqual({ limit: 150, used: 12, remaining: 138, resetsAt: '2025-06-01T13:00:00.000Z' });
    expect(u.rateLimits?.minute?.remaining).toBe(48);
  });

  it('rejects a V2 answer without a usage map as malformed', () => {
    expect(() => parseUsageV2({ credits: {} })).toThrow(MalformedBody);
  });
});
