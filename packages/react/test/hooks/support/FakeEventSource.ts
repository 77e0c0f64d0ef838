/**
 * A stand-in for the browser's EventSource that tests drive: jsdom has none. Installed on
 * globalThis with vi.stubGlobal('EventSource', FakeEventSource).
 */
export class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];

  readonly url: string;
  readonly withCredentials = false;
  readyState = FakeEventSource.CONNECTING;

  constructor(url: string | URL) {
    super();
    this.url = String(url);
    FakeEventSource.instances.push(this);
  }

  /** The sources not yet closed. */
  static get live(): FakeEventSource[] {
    return FakeEventSource.instances.filter((s) => s.readyState !== FakeEventSource.CLOSED);
  }

  static reset(): void {
    FakeEventSource.instances = [];
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }

  /** The server accepted the stream. */
  open(): void {
    this.readyState = FakeEventSource.OPEN;
    this.dispatchEvent(new Event('open'));
  }

  /** An unnamed message event; objects are sent as JSON, strings as they are. */
  send(data: unknown): void {
    if (this.readyState === FakeEventSource.CLOSED) throw new Error('the stream is closed');
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    this.dispatchEvent(new MessageEvent('message', { data: text }));
  }

  /** The connection broke (or the server refused it). */
  fail(): void {
    this.dispatchEvent(new Event('error'));
  }

  /**
   * As a browser's EventSource after an open stream ended or dropped: `error` with readyState
   * CONNECTING, as it reconnects by itself. `open()` then stands for the reconnection getting
   * through.
   */
  drop(): void {
    this.readyState = FakeEventSource.CONNECTING;
    this.dispatchEvent(new Event('error'));
  }

  /** As a browser's EventSource after a refused stream (an HTTP error): `error`, then CLOSED. */
  refuse(): void {
    this.readyState = FakeEventSource.CLOSED;
    this.dispatchEvent(new Event('error'));
  }
}
