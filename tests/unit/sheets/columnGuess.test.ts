import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '@shared/domain';
import { guessColumnMap } from '../../../electron/sheets/columnGuess';

const roleOf = (header: string): ColumnRole | undefined => {
  const map = guessColumnMap([header], []);
  return (Object.keys(map) as ColumnRole[]).find((role) => map[role] === 0);
};

describe('guessColumnMap from header names', () => {
  it.each<[string, ColumnRole]>([
    ['LinkedIn Profile', 'linkedinUrl'],
    ['li_url', 'linkedinUrl'],
    ['LinkedIn URL', 'linkedinUrl'],
    ['Person Linkedin Url', 'linkedinUrl'],
    ['E-mail', 'email'],
    ['Work Email', 'email'],
    ['EMAIL_ADDRESS', 'email'],
    ['First', 'firstName'],
    ['Given name', 'firstName'],
    ['first_name', 'firstName'],
    ['Surname', 'lastName'],
    ['Last Name', 'lastName'],
    ['Name', 'fullName'],
    ['Full Name', 'fullName'],
    ['Company', 'companyName'],
    ['Organization', 'companyName'],
    ['Account Name', 'companyName'],
    ['Company Name for Emails', 'companyName'],
    ['Website', 'companyDomain'],
    ['Domain', 'companyDomain'],
    ['Company Website URL', 'companyDomain'],
  ])('%j is %s', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it.each(['Notes', 'Phone', 'Title', 'Account Owner', 'Company LinkedIn', 'Mailing Address', 'Company Size', 'Last Activity'])(
    '%j plays no role',
    (header) => {
      expect(roleOf(header)).toBeUndefined();
    },
  );

  it('maps a typical export, one role per column', () => {
    const map = guessColumnMap(
      ['First Name', 'Last Name', 'Title', 'Company', 'Email', 'Personal Email', 'Website', 'Person Linkedin Url'],
      [],
    );
    expect(map).toEqual({ firstName: 0, lastName: 1, companyName: 3, email: 4, companyDomain: 6, linkedinUrl: 7 });
  });
});

describe('guessColumnMap from cell contents', () => {
  const rows = [
    ['https://www.linkedin.com/in/ada', 'ada@acme.com', 'acme.com', 'Ada L.'],
    ['linkedin.com/in/alan-t', 'alan@globex.io', 'https://globex.io/', 'Alan T.'],
    ['http://uk.linkedin.com/in/grace', 'grace@initech.co.uk', 'www.initech.co.uk', 'Grace H.'],
    ['', '', '', ''],
  ];

  it('finds LinkedIn URLs, e-mails and domains under unhelpful headers', () => {
    expect(guessColumnMap(['Field 1', 'Field 2', 'Field 3', 'Field 4'], rows)).toEqual({ linkedinUrl: 0, email: 1, companyDomain: 2 });
  });

  it('lets contents overrule a header they contradict', () => {
    expect(guessColumnMap(['Website', 'Contact', 'URL', 'Name'], rows)).toEqual({
      linkedinUrl: 0,
      email: 1,
      companyDomain: 2,
      fullName: 3,
    });
  });

  it('needs most filled cells to match before trusting contents', () => {
    const mixed = [['a@b.co'], ['not an email'], ['still not'], ['nope']];
    expect(guessColumnMap(['Col'], mixed)).toEqual({});
  });

  it('prefers the column whose header and contents agree', () => {
    const map = guessColumnMap(
      ['Email', 'Email 2'],
      [
        ['n/a', 'ada@acme.com'],
        ['n/a', 'alan@globex.io'],
      ],
    );
    expect(map.email).toBe(1);
  });
});
