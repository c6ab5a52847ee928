// What the Lusha client returns: the vocabulary the rotation engine and the job runner speak.
// The client turns every HTTP answer (any API version, any documented field variant) into these.

export type ApiVersion = 'v3' | 'v2';

/** An identity we can look a person up by, in the order the runner prefers them. */
export type ContactQuery =
  | { linkedinUrl: string }
  | { email: string }
  | { fullName: string; firstName?: string; lastName?: string; companyName?: string; companyDomain?: string };

export interface ContactRequest {
  /** Caller's own id for the contact; echoed back on its result. */
  ref: string;
  query: ContactQuery;
}

export interface Reveal {
  phones: boolean;
  emails: boolean;
}

export interface Phone {
  number: string;
  type: 'direct' | 'mobile' | 'phone' | 'other';
  doNotCall: boolean;
}

export interface Email {
  email: string;
  type: 'work' | 'personal' | 'other';
  confidence: string | null;
}

export interface PersonData {
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  companyName: string | null;
  companyDomain: string | null;
  linkedinUrl: string | null;
  phones: Phone[];
  emails: Email[];
  /** Absent when the answer carried no location. */
  location?: PersonLocation;
}

export interface PersonLocation {
  country: string | null;
  countryIso2: string | null;
  state: string | null;
  city: string | null;
}

export type ContactResult =
  | { ref: string; outcome: 'found'; data: PersonData; charged: boolean }
  | { ref: string; outcome: 'not_found'; charged: false; message: string }
  /** A per-record error that is not the key's fault (GDPR 451, compliance, enrich failed). */
  | { ref: string; outcome: 'error'; charged: false; code: 'compliance' | 'bad_request' | 'enrich_failed'; message: string };

/** Limits learned from the x-* headers of an answer (null = header absent). */
export interface RateHeaders {
  minuteLimit: number | null;
  minuteLeft: number | null;
  hourlyLimit: number | null;
  hourlyLeft: number | null;
  dailyLimit: number | null;
  dailyLeft: number | null;
  /** Retry-After or RateLimit-Reset, in seconds, when present. */
  retryAfterSec: number | null;
}

export type LushaErrorKind =
  | 'invalid_key' // 401
  | 'no_credits' // 402
  | 'forbidden' // 403 (see forbiddenReason)
  | 'rate_burst' // 429 "Too many requests"
  | 'quota_hourly' // 429 hourly
  | 'quota_daily' // 429 daily
  | 'trial_spent' // 429 trial limit
  | 'bad_request' // 400, 412
  | 'compliance' // 451
  | 'not_found' // 404 on a resource (a person we cannot find)
  | 'server' // 5xx, 499
  | 'timeout'
  | 'network'
  | 'malformed'
  | 'cancelled';

export type ForbiddenReason = 'account_inactive' | 'reveal_not_on_plan' | 'v3_not_enabled' | 'other';

export interface LushaError {
  kind: LushaErrorKind;
  httpStatus: number | null;
  /** Lusha's message, with any key masked. */
  message: string;
  forbiddenReason?: ForbiddenReason;
  /** From "Reset in N seconds" or Retry-After. */
  resetSec?: number;
  /** The API version whose endpoint gave this answer (after a V3 → V2 fallback it is 'v2'). */
  apiVersion?: ApiVersion;
}

export type CallOutcome<T> = { ok: true; value: T; headers: RateHeaders } | { ok: false; error: LushaError; headers: RateHeaders };

export interface EnrichResponse {
  results: ContactResult[];
  apiVersion: ApiVersion;
  /** V3: billing.creditsCharged. V2 reports no amount, so there it is the number of charged contacts. */
  creditsCharged: number;
}

export interface UsageBucket {
  used: number | null;
  total: number | null;
  remaining: number | null;
}

export interface UsageWindow {
  limit: number | null;
  used: number | null;
  remaining: number | null;
  resetsAt: string | null;
}

export interface UsageResponse {
  creditsTotal: number | null;
  creditsUsed: number | null;
  creditsRemaining: number | null;
  apiVersion?: ApiVersion;
  /** V2's usage map as sent, bucket by bucket. */
  buckets?: Record<string, UsageBucket>;
  /** V3's rateLimits. */
  rateLimits?: Partial<Record<'minute' | 'hourly' | 'daily', UsageWindow>>;
}

export interface CallTarget {
  apiKey: string;
  baseUrl: string;
  /** Which version to try first for this key; the client falls back V3 → V2 on "V3 not enabled". */
  apiVersion?: ApiVersion;
  signal?: AbortSignal;
  /** Overrides the client's default timeout for this call. */
  timeoutMs?: number;
}
