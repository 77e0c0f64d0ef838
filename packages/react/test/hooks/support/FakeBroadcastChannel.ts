/**
 * An in-memory BroadcastChannel: a message reaches every other open channel of the same name,
 * on a microtask, as a structured clone (as between tabs).
 */
export class FakeBroadcastChannel {
  static open = new Set<FakeBroadcastChannel>();
  onmessage: ((event: MessageEvent) => void) | null = null;

  constructor(readonly name: string) {
    FakeBroadcastChannel.open.add(this);
  }

  postMessage(data: unknown): void {
    const copy: unknown = structuredClone(data);
    for (const channel of FakeBroadcastChannel.open) {
      if (channel === this || channel.name !== this.name) continue;
      queueMicrotask(() => channel.onmessage?.(new MessageEvent('message', { data: copy })));
    }
  }

  close(): void {
    FakeBroadcastChannel.open.delete(this);
  }

  static reset(): void {
    FakeBroadcastChannel.open.clear();
  }
}
