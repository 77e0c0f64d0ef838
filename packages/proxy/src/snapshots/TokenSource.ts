/** Where a read gets its finAPI token, and for which session. */
export interface TokenSource {
  readonly sessionId: string;
  token(): Promise<string>;
}
