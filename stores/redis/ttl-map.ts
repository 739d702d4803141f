// An in-process key/value map whose entries expire: the fallback when Redis is absent or down.

export interface TtlMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V, ttlMs: number): void;
  delete(key: string): void;
  deleteWhere(predicate: (key: string) => boolean): void;
  readonly size: number;
}

export function createTtlMap<V>(maxEntries = 10_000, now: () => number = Date.now): TtlMap<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value, ttlMs) {
      entries.delete(key);
      // Evict the oldest insertion when full: Map iterates in insertion order.
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
    deleteWhere(predicate) {
      for (const key of [...entries.keys()]) if (predicate(key)) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
