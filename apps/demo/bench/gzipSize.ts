import { gzipSync } from 'node:zlib';

/**
 * Bytes after gzip at level 9, as size-limit and most CDNs count them.
 *
 * @example
 * gzipSize(new TextEncoder().encode('hello')) // 25
 */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}
