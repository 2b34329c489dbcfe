/**
 * Standard base64 (RFC 4648, with padding) between bytes and text. Written here because
 * the sim has neither the DOM's btoa/atob nor Node's Buffer; decoding reports bad input
 * as a message instead of throwing.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='

/** Character code → 6-bit value, or -1 for a character outside the alphabet. */
const DECODE_TABLE = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Encodes bytes[0, length) as base64 text. */
export function encodeBase64(bytes: Uint8Array, length = bytes.length): string {
  const parts: string[] = [];
  // Build in chunks so that long streams never make one giant intermediate array.
  const CHUNK = 3 * 4096;
  const chars: string[] = [];
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(length, start + CHUNK);
    chars.length = 0;
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      chars.push(
        ALPHABET[n >>> 18]!,
        ALPHABET[(n >>> 12) & 63]!,
        ALPHABET[(n >>> 6) & 63]!,
        ALPHABET[n & 63]!,
      );
    }
    const rest = end - i;
    if (rest === 1) {
      const n = bytes[i]! << 16;
      chars.push(ALPHABET[n >>> 18]!, ALPHABET[(n >>> 12) & 63]!, '==');
    } else if (rest === 2) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
      chars.push(ALPHABET[n >>> 18]!, ALPHABET[(n >>> 12) & 63]!, ALPHABET[(n >>> 6) & 63]!, '=');
    }
    parts.push(chars.join(''));
  }
  return parts.join('');
}

export type Base64Result =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly error: string };

/** Decodes padded base64 text; any malformation comes back as a readable error. */
export function decodeBase64(text: string): Base64Result {
  if (text.length % 4 !== 0) {
    return {
      ok: false,
      error: `base64 text is truncated (its length ${text.length} is not a multiple of 4)`,
    };
  }
  let padding = 0;
  if (text.length > 0 && text.charCodeAt(text.length - 1) === PAD) padding++;
  if (text.length > 1 && text.charCodeAt(text.length - 2) === PAD) padding++;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const code = text.charCodeAt(i + k);
      if (code === PAD && last && k >= 4 - padding) {
        n <<= 6;
        continue;
      }
      const value = code < 128 ? DECODE_TABLE[code]! : -1;
      if (value < 0) {
        const shown = code === PAD ? "'=' before the end" : JSON.stringify(text[i + k]);
        return { ok: false, error: `base64 text has an invalid character ${shown} at ${i + k}` };
      }
      n = (n << 6) | value;
    }
    bytes[out++] = n >>> 16;
    if (out < bytes.length) bytes[out++] = (n >>> 8) & 0xff;
    if (out < bytes.length) bytes[out++] = n & 0xff;
  }
  return { ok: true, bytes };
}
