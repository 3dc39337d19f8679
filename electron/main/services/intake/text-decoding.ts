/** How the bytes of a text file were read. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = { text: string; encoding: TextEncodingName };

// Node's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (Latin-1), so
// the 27 printable Windows-1252 characters there (€, „, “, –, …) are mapped by hand.
const CP1252_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

/** Decodes Windows-1252 (what German Excel writes for "CSV (Trennzeichen-getrennt)"). */
export const decodeWindows1252 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c);

// UTF-16 without a BOM: in mostly-ASCII text every other byte is zero.
const looksLikeUtf16 = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined => {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) {
    return undefined;
  }
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    evenZero += bytes[i] === 0 ? 1 : 0;
    oddZero += bytes[i + 1] === 0 ? 1 : 0;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) {
    return 'utf-16le';
  }
  return evenZero > pairs * 0.6 && oddZero < pairs * 0.1 ? 'utf-16be' : undefined;
};

/**
 * Decodes a text file: UTF-8 with or without BOM, UTF-16 LE/BE (BOM, or the
 * zero-byte pattern), and Windows-1252 when the bytes are not valid UTF-8.
 * Never throws: every byte sequence is valid Windows-1252.
 */
export const decodeText = (bytes: Uint8Array): DecodedText => {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = looksLikeUtf16(bytes);
  if (utf16 !== undefined) {
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  }
  try {
    // ignoreBOM: the BOM case was handled above; fatal: invalid UTF-8 means a legacy code page.
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
};
