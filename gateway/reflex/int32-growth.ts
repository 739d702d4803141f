// Growing the reusable Int32Array buffers the reflex scanners keep between calls.

/** A copy of `array` with room for at least `size` entries (doubling, so growth is amortised). */
export function grownInt32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(array.length * 2, size));
  grown.set(array);
  return grown;
}
