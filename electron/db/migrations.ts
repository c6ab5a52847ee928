// Numbered migrations; PRAGMA user_version records the last one applied. Append, never edit a
// migration that has shipped.
export const migrations: string[] = [
  /* 1 */ `
  CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE sheets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    source_file TEXT,
    columns     TEXT NOT NULL,              -- JSON array of header names
    column_map  TEXT NOT NULL DEFAULT '{}', -- JSON: role -> column index
    row_count   INTEGER NOT NULL DEFAULT 0,
    state       TEXT NOT NULL DEFAULT 'ready' CHECK (state IN ('importing', 'ready')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
  );

  CREATE TABLE rows (
    id       INTEGER PRIMARY KEY,
    sheet_id INTEGER NOT NULL REFERENCES sheets(id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    cells    TEXT NOT NULL                  -- JSON array of strings, one per column
  );
  CREATE UNIQUE INDEX rows_sheet_idx ON rows(sheet_id, idx);

  CREATE TABLE keys (
    id               INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: an id is the ciphertext's associated data
    label            TEXT NOT NULL,
    account          TEXT NOT NULL,
    category         TEXT NOT NULL CHECK (category IN ('phones', 'emails', 'any')),
    role             TEXT NOT NULL DEFAULT 'active' CHECK (role IN ('active', 'standby')),
    status           TEXT NOT NULL DEFAULT 'healthy',
    reason           TEXT,
    until            INTEGER,               -- ms epoch when a timed status ends
    failover_enabled INTEGER NOT NULL DEFAULT 0,
    endpoint         TEXT NOT NULL DEFAULT 'primary' CHECK (endpoint IN ('primary', 'failover')),
    priority         INTEGER NOT NULL DEFAULT 0,
    api_version      TEXT,                  -- 'v3' | 'v2' once learned
    ciphertext       BLOB NOT NULL,
    iv               BLOB NOT NULL,
    tag              BLOB NOT NULL,
    vault_generation TEXT NOT NULL DEFAULT '', -- the vault generation that sealed it; another one = re-enter
    last4            TEXT NOT NULL,
    fingerprint      TEXT NOT NULL UNIQUE,  -- keyed hash, for duplicate detection without plaintext
    calls            INTEGER NOT NULL DEFAULT 0,
    found            INTEGER NOT NULL DEFAULT 0,
    not_found        INTEGER NOT NULL DEFAULT 0,
    errors           INTEGER NOT NULL DEFAULT 0,
    credits          INTEGER NOT NULL DEFAULT 0,
    last_used_at     INTEGER,
    limits           TEXT NOT NULL DEFAULT '{}', -- learned limits (JSON)
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
  );

  CREATE TABLE key_events (
    id          INTEGER PRIMARY KEY,
    key_id      INTEGER NOT NULL REFERENCES keys(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    cause       TEXT NOT NULL,
    http_status INTEGER,
    message     TEXT,
    actor       TEXT NOT NULL CHECK (actor IN ('engine', 'recovery', 'user')),
    run_id      INTEGER
  );
  CREATE INDEX key_events_key ON key_events(key_id, at);

  CREATE TABLE runs (
    id         INTEGER PRIMARY KEY,
    sheet_id   INTEGER REFERENCES sheets(id) ON DELETE SET NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('phones', 'emails')),
    rows_asked INTEGER NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('running', 'paused', 'cancelled', 'done', 'interrupted', 'stopped')),
    found      INTEGER NOT NULL DEFAULT 0,
    not_found  INTEGER NOT NULL DEFAULT 0,
    failed     INTEGER NOT NULL DEFAULT 0,
    skipped    INTEGER NOT NULL DEFAULT 0,
    credits    INTEGER NOT NULL DEFAULT 0,
    calls      INTEGER NOT NULL DEFAULT 0,
    message    TEXT,
    owner      TEXT,                        -- 'host:pid' of the process running it
    started_at INTEGER NOT NULL,
    ended_at   INTEGER
  );

  CREATE TABLE enrichments (
    row_id        INTEGER NOT NULL REFERENCES rows(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('phones', 'emails')),
    state         TEXT NOT NULL CHECK (state IN ('pending', 'in_flight', 'found', 'not_found', 'failed', 'skipped')),
    result        TEXT,                     -- JSON
    error_code    TEXT,
    error_message TEXT,
    key_id        INTEGER REFERENCES keys(id) ON DELETE SET NULL,
    run_id        INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    charged       INTEGER NOT NULL DEFAULT 0,
    attempts      INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (row_id, kind)
  ) WITHOUT ROWID;
  CREATE INDEX enrichments_run ON enrichments(run_id, state);

  CREATE TABLE lookup_cache (
    identity   TEXT NOT NULL,              -- normalised LinkedIn URL, email, or full name + company
    kind       TEXT NOT NULL CHECK (kind IN ('phones', 'emails')),
    outcome    TEXT NOT NULL CHECK (outcome IN ('found', 'not_found')),
    result     TEXT,                       -- JSON
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (identity, kind)
  ) WITHOUT ROWID;

  CREATE TABLE vault (
    name  TEXT PRIMARY KEY,                -- e.g. 'mode', 'salt', 'verifier'
    value BLOB NOT NULL
  );
  `,
];
