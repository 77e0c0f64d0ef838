/**
 * A Map that forgets its oldest entries past `limit`, so a demo that runs for weeks keeps a
 * bounded memory whatever the number of visitors. Reading an entry with `touch` keeps it young.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    while (this.size > this.limit) {
      const oldest = this.keys().next();
      if (oldest.done) break;
      super.delete(oldest.value);
    }
    return this;
  }

  /** The entry, now the youngest. */
  touch(key: K): V | undefined {
    const value = super.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }
}
