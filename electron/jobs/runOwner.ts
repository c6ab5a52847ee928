// Which process a run belongs to. The app and the command line may open one profile at the same
// time; at start-up each may only take over runs whose owner has died, never a live one's.
import fs from 'node:fs';
import os from 'node:os';

export const currentOwner = (): string => `${os.hostname()}:${process.pid}`;

/**
 * True when the owning process is still running on this machine. Our own pid counts as gone: a
 * profile reopened in the same process (a mode switch, a test's restart) closed its runs with it.
 * An owner on another machine cannot be checked and counts as gone, as before owners existed.
 */
export function ownerAlive(owner: string | null): boolean {
  if (!owner) return false;
  const at = owner.lastIndexOf(':');
  const host = owner.slice(0, at);
  const pid = Number(owner.slice(at + 1));
  if (host !== os.hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A killed process lingers as a zombie until reaped, and signal 0 still reaches it (Linux only). */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}
