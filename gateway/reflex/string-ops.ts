// String methods for the reflex layer's hot loops, called through saved references.
//
// Why: once any module in the process subclasses String — ioredis 6 does (`class VerbatimString
// extends String`), and the gateway loads ioredis — V8 stops inlining `s.charCodeAt(i)`,
// `s.startsWith(…)`, `s.slice(…)` and `s.indexOf(…)` for every string in the process, and each call
// becomes 2–6× slower (measured on Node 20: a charCodeAt loop over 4 KB goes from 4 µs to 25 µs).
// Calling the same built-ins through a saved reference keeps the fast path, with or without the
// subclass. Regex methods, `toLowerCase` and `s[i]` are not affected.
const { charCodeAt, startsWith, slice, indexOf } = String.prototype;

/** `s.charCodeAt(i)` */
export const codeAt = (s: string, i: number): number => charCodeAt.call(s, i);
/** `s.startsWith(search, at)` */
export const startsWithAt = (s: string, search: string, at: number): boolean => startsWith.call(s, search, at);
/** `s.slice(start, end)` */
export const sliceOf = (s: string, start: number, end?: number): string => slice.call(s, start, end);
/** `s.indexOf(search, from)` */
export const indexIn = (s: string, search: string, from?: number): number => indexOf.call(s, search, from);

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Scratch kept between calls up to this many bytes; longer texts get a one-off buffer. */
const KEEP_BYTES = 1 << 18;

/**
 * A reader that returns the UTF-16 code units of a text as a Uint16Array (one native copy), for
 * loops over every character: typed-array reads beat a call per character. The array is the
 * reader's scratch, overwritten by its next call — use it before calling the reader again.
 */
export function createCodeUnitReader(): (text: string) => Uint16Array {
  let bytes = Buffer.alloc(8192);
  return (text) => {
    const need = text.length * 2;
    let target = bytes;
    if (need > bytes.length) {
      target = Buffer.alloc(need);
      if (need <= KEEP_BYTES) bytes = target;
    }
    const units = new Uint16Array(target.buffer, target.byteOffset, text.length);
    if (LITTLE_ENDIAN) target.write(text, 0, 'utf16le');
    else for (let i = 0; i < text.length; i++) units[i] = charCodeAt.call(text, i);
    return units;
  };
}
