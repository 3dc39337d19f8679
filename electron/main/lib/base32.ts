/**
 * Base32 encoding over any 32-character alphabet (RFC 4648 for device IDs, Crockford for
 * recovery keys), most significant bits first, without padding characters: leftover bits are
 * filled with zeros into one last character.
 */
export function encodeBase32(bytes: Uint8Array, alphabet: string): string {
  if (alphabet.length !== 32) {
    throw new Error('A base32 alphabet has 32 characters.');
  }
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet.charAt((buffer >>> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) {
    out += alphabet.charAt((buffer << (5 - bits)) & 31);
  }
  return out;
}
