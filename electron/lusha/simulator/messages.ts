// Every sentence the simulator says, in one place. The 429 and 402 wordings are Lusha's own (see
// lusha-api.md); the client's classifier depends on them, so tests import them from here.

export const MESSAGES = {
  invalidKey: 'Invalid API key',
  noCredits: 'Insufficient credits for this operation',
  burst: 'Too many requests. Please wait before making another request.',
  trial: "You've reached your trial limit. Please upgrade your plan to continue.",
  accountInactive: 'Your account is not active. Please contact your account manager.',
  revealNotOnPlan: 'revealPhones and revealEmails are not available on your plan (unified credits required)',
  v3NotEnabled: 'V3 API access is not enabled for your account',
  subscriptionLimit: 'Your subscription limit has been reached',
  keyBlocked: 'Access with this API key has been blocked',
  notFound: 'Resource not found',
  emptyData: 'Could not find requested data',
  gdpr: 'This record is blocked under GDPR',
  badFullName: 'Full name is not valid',
  serverError: 'Internal server error',
  badGateway: 'Bad gateway',
  unavailable: 'Service unavailable',
  requestTimeout: 'Request timed out',
  badRequest: 'Bad request',
} as const;

export const hourlyQuota = (limit: number, resetSec: number) =>
  `Hourly API rate limit exceeded. Limit: ${limit} calls per hour. Reset in ${resetSec} seconds.`;

export const dailyQuota = (limit: number, resetSec: number) =>
  `Daily API rate limit exceeded. Limit: ${limit} calls per day. Reset in ${resetSec} seconds.`;
