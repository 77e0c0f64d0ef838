import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_EVENT_STREAMS } from '../options.ts';

/**
 * This process's limit of open file descriptors (`ulimit -n`), or `undefined` where it cannot
 * be learned. Linux says it in `/proc/self/limits` (after Node has raised the soft limit to the
 * hard one, as it does at start); elsewhere a shell started from this process inherits it.
 */
export function descriptorLimit(): number | undefined {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('Max open files'));
    const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
    if (soft !== undefined) return soft === 'unlimited' ? Infinity : Number(soft) || undefined;
  } catch {
    // Not Linux.
  }
  try {
    const out = execFileSync('/bin/sh', ['-c', 'ulimit -n'], { encoding: 'utf8', timeout: 2000 });
    return out.trim() === 'unlimited' ? Infinity : Number(out) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The default cap on open event streams for a process allowed `limit` descriptors: three
 * quarters of them, less 64 for the process itself (its listening socket, stdio, finAPI
 * connections), so that past the cap there are still descriptors to accept new connections and
 * answer them, if only with a 503. Never more than the fixed default; `limit` unknown, that one.
 *
 * @example
 * maxEventStreamsFor(400); // 236
 * maxEventStreamsFor(1_048_576); // 10000
 */
export function maxEventStreamsFor(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_MAX_EVENT_STREAMS;
  return Math.max(1, Math.min(DEFAULT_MAX_EVENT_STREAMS, Math.floor(limit * 0.75) - 64));
}
