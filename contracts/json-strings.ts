// Pure helpers over JSON values shared by the gateway (redacting a task's context) and memory (redacting what it stores).

/** The value with `fn` applied to every string inside it (object keys are left alone). */
export function mapJsonStrings<T>(value: T, fn: (text: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapJsonStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapJsonStrings(v, fn);
    return out as T;
  }
  return value;
}

/** How deeply arrays and objects nest (a scalar is 0). Iterative, so hostile input cannot overflow the stack. */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    if (!node || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Array.isArray(node) ? node : Object.values(node)) pending.push([child, depth + 1]);
  }
  return deepest;
}
