// The engine's vocabulary: what a key is at run time and what a change of its status records.
import type { KeyActor as Actor, KeyBasics, KeyCategory, KeyCounters, KeyRole, KeyStatus } from '@shared/domain';
import type { ApiVersion } from '../lusha/types';
import type { AccountBucket } from './buckets';

export type Endpoint = 'primary' | 'failover';
export type { KeyCategory, KeyRole, KeyStatus, KeyActor as Actor } from '@shared/domain';

/** DESIGN §4: a key takes traffic only in these. */
export const isUsable = (s: KeyStatus) => s === 'healthy' || s === 'failover';
/** Benched until a time: the sweep (or a probe, for unavailable) brings these back. */
export const isTimed = (s: KeyStatus) => s === 'cooling' || s === 'quota' || s === 'unavailable';
/** Out until the user acts (reset, new credits, enable). The engine never moves a key out of these. */
export const isOut = (s: KeyStatus) => s === 'invalid' || s === 'exhausted' || s === 'blocked' || s === 'disabled';

/** `any` keys serve both kinds; an `any` request (both reveals) needs an `any` key. */
export const serves = (key: KeyCategory, wanted: KeyCategory) => key === 'any' || key === wanted;

/** The status a key returns to when it is back in service: it stays on the endpoint it reached. */
export const inServiceStatus = (endpoint: Endpoint): KeyStatus => (endpoint === 'failover' ? 'failover' : 'healthy');

export type Counters = KeyCounters;

export interface LearnedLimits {
  minute?: number;
  hourly?: number;
  daily?: number;
}

/** One row of the `keys` table, as the engine reads it. */
export interface KeyRecord extends KeyBasics {
  until: number | null;
  apiVersion: ApiVersion | null;
  lastUsedAt: number | null;
  limits: LearnedLimits;
}

/** A key in memory: its record plus what only exists while the app runs. */
export interface KeyState extends KeyRecord {
  bucket: AccountBucket;
  inFlight: number;
  /** Times of recent transient failures (the circuit's window). */
  failures: number[];
  probing: boolean;
}

/** A decided change to one key, before it is recorded. */
export interface KeyChange {
  keyId: number;
  account: string;
  from: KeyStatus;
  to: KeyStatus;
  until: number | null;
  endpoint: Endpoint;
  role: KeyRole;
  cause: string;
  httpStatus: number | null;
  message: string | null;
}

/** The reason shown next to a key's status: none while it serves. */
export const reasonOf = (change: KeyChange): string | null => (isUsable(change.to) ? null : (change.message ?? change.cause));

/** A recorded change: a row of `key_events` and the health panel's event. */
export interface KeyChangeEvent extends KeyChange {
  at: number;
  actor: Actor;
  runId: number | null;
}
