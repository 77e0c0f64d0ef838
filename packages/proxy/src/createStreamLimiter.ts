/** Counts the event streams each session holds open on this instance; see {@link createStreamLimiter}. */
export interface StreamLimiter {
  /**
   * Counts a stream opening for `sessionId`: a function to call once when it ends, or `undefined`
   * when the session holds the most it may.
   */
  open(sessionId: string): (() => void) | undefined;
}

/**
 * A per-session cap on open event streams (`maxStreamsPerSession`): each one holds a connection
 * and, while callbacks look lost, a poller's share of finAPI's reads, so one browser may hold a
 * few (a flow per tab), not thousands. Counted per instance.
 *
 * @example
 * const release = limiter.open(session.id);
 * if (release === undefined) throw tooManyStreams();
 * stream.onEnd(release);
 */
export function createStreamLimiter(max: number): StreamLimiter {
  const open = new Map<string, number>();
  return {
    open(sessionId) {
      const count = open.get(sessionId) ?? 0;
      if (count >= max) return undefined;
      open.set(sessionId, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(sessionId) ?? 1) - 1;
        if (left > 0) open.set(sessionId, left);
        else open.delete(sessionId);
      };
    },
  };
}
