// The import's row writer, on a thread of its own (see rowWriter.ts): its own connection to the
// profile's SQLite file runs the batch inserts, so the main thread keeps parsing meanwhile and WAL
// checkpoints stall this thread instead of the app's event loop.
//
// Plain CommonJS on purpose: vitest and tsx transform TypeScript only on the main thread, so a worker
// must be JavaScript Node can run as is; the Electron build copies this file beside main.cjs.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
// Resolved from this file, like the main thread's import: the same node_modules copy in every setting.
const Database = require('better-sqlite3');

/** @type {{ file: string, nativeBinding?: string, insertSql: string }} */
const { file, nativeBinding, insertSql } = workerData;

// The main connection created the file, its schema and WAL mode; the rest is per connection, as in openDatabase.
const db = new Database(file, nativeBinding ? { fileMustExist: true, nativeBinding } : { fileMustExist: true });
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
const insert = db.prepare(insertSql);

/** Closing the port lets the thread end once the connection is closed. */
function close() {
  db.close();
  parentPort.close();
}

// Batches arrive in order; each is acknowledged once committed. After a failure the rest are not
// attempted: the main thread reports the first error and removes the partial sheet.
parentPort.on('message', (message) => {
  if (message === 'close') return close();
  try {
    insert.run(message.sheetId, message.firstIdx, message.rowsJson);
    parentPort.postMessage({ written: true });
  } catch (error) {
    parentPort.postMessage({ failed: error instanceof Error ? error.message : String(error) });
    close();
  }
});
