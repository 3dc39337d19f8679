import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

import { StoreCorruptError } from './storage-errors';

/** Bumped on any change to header, frame or payload layout; part of every MAC and AAD. */
export const FORMAT_VERSION = 1;
export const FILE_KIND = { journal: 1, snapshot: 2 } as const;
export type FileKind = (typeof FILE_KIND)[keyof typeof FILE_KIND];

const MAGIC = Buffer.from('TNDJ', 'latin1');
export const HEADER_BYTES = 48;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const LENGTH_BYTES = 4;
const SEQ_BYTES = 4;
const PREFIX_BYTES = LENGTH_BYTES + SEQ_BYTES + NONCE_BYTES;
/** Frames above this are implausible; a larger length prefix is treated as damage. */
export const MAX_FRAME_BYTES = 512 * 1024 * 1024;

/** Keys derived from the 32-byte data key, one per purpose so no key serves two roles. */
export type StoreKeys = { enc: Buffer; names: Buffer; check: Buffer };

/** Everything needed to seal or open the frames of one file. */
export type FileContext = {
  kind: FileKind;
  fileId: Buffer;
  generation: number;
  frameKey: Buffer;
};

const hkdf = (key: Uint8Array, salt: Uint8Array, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', key, salt, info, 32));

/** Splits the data key into encryption, file-naming and key-check keys. */
export function deriveStoreKeys(key: Uint8Array): StoreKeys {
  if (key.byteLength !== 32) {
    throw new Error('The store key must be 32 bytes.');
  }
  const none = new Uint8Array(0);
  return {
    enc: hkdf(key, none, 'tandem/store/v1/enc'),
    names: hkdf(key, none, 'tandem/store/v1/names'),
    check: hkdf(key, none, 'tandem/store/v1/check'),
  };
}

/** File stem for a collection: an HMAC, so names leak neither database nor collection. */
export function collectionFileStem(keys: StoreKeys, databaseName: string, collectionName: string, version: number): string {
  return createHmac('sha256', keys.names)
    .update(`${databaseName}\u0000${collectionName}\u0000${String(version)}`)
    .digest('hex')
    .slice(0, 32);
}

const headerMac = (keys: StoreKeys, stem: string, fields: Buffer): Buffer =>
  createHmac('sha256', keys.check).update(stem, 'latin1').update(fields).digest().subarray(0, 16);

/** Creates a context for a brand-new file with a random id (and so a fresh frame key). */
export function newFileContext(keys: StoreKeys, kind: FileKind, generation: number): FileContext {
  const fileId = randomBytes(16);
  return { kind, fileId, generation, frameKey: hkdf(keys.enc, fileId, 'tandem/store/v1/file') };
}

/**
 * Encodes the plaintext header. It carries the file id and generation and a MAC
 * bound to the file's stem, so a header cannot be edited or moved to another collection.
 */
export function encodeHeader(keys: StoreKeys, stem: string, ctx: FileContext): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt16BE(FORMAT_VERSION, 4);
  header.writeUInt8(ctx.kind, 6);
  ctx.fileId.copy(header, 8);
  header.writeUInt32BE(ctx.generation, 24);
  headerMac(keys, stem, header.subarray(0, 32)).copy(header, 32);
  return header;
}

/** Verifies and decodes a header; any damage (including truncation) is `StoreCorruptError`. */
export function decodeHeader(keys: StoreKeys, stem: string, bytes: Buffer, kind: FileKind): FileContext {
  if (bytes.byteLength < HEADER_BYTES) {
    throw new StoreCorruptError('Store file header is truncated.');
  }
  const fields = bytes.subarray(0, 32);
  const mac = bytes.subarray(32, HEADER_BYTES);
  if (!timingSafeEqual(mac, headerMac(keys, stem, fields)) || !fields.subarray(0, 4).equals(MAGIC)) {
    throw new StoreCorruptError('Store file header fails authentication.');
  }
  if (fields.readUInt16BE(4) !== FORMAT_VERSION || fields.readUInt8(6) !== kind) {
    throw new StoreCorruptError('Store file has an unexpected version or kind.');
  }
  const fileId = Buffer.from(fields.subarray(8, 24));
  return { kind, fileId, generation: fields.readUInt32BE(24), frameKey: hkdf(keys.enc, fileId, 'tandem/store/v1/file') };
}

const frameAad = (ctx: FileContext, seq: number): Buffer => {
  const aad = Buffer.alloc(27);
  ctx.fileId.copy(aad, 0);
  aad.writeUInt16BE(FORMAT_VERSION, 16);
  aad.writeUInt8(ctx.kind, 18);
  aad.writeBigUInt64BE(BigInt(seq), 19);
  return aad;
};

/**
 * Seals one frame: length, sequence number, random nonce, AES-256-GCM
 * ciphertext and tag. The sequence number is also in the AAD; it is readable
 * so recovery can recognise an authentic frame at any offset.
 */
export function encodeFrame(ctx: FileContext, seq: number, plaintext: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', ctx.frameKey, nonce);
  cipher.setAAD(frameAad(ctx, seq));
  const frame = Buffer.allocUnsafe(PREFIX_BYTES + plaintext.byteLength + TAG_BYTES);
  frame.writeUInt32BE(plaintext.byteLength + TAG_BYTES, 0);
  frame.writeUInt32BE(seq, LENGTH_BYTES);
  nonce.copy(frame, LENGTH_BYTES + SEQ_BYTES);
  let offset = PREFIX_BYTES;
  offset += cipher.update(plaintext).copy(frame, offset);
  offset += cipher.final().copy(frame, offset);
  cipher.getAuthTag().copy(frame, offset);
  return frame;
}

/**
 * Opens the frame at `pos`; `seq` is the sequence number it must carry, or
 * `null` to accept the one it claims. `null` when incomplete or not authentic.
 */
export function decodeFrameAt(ctx: FileContext, bytes: Buffer, pos: number, seq: number | null): { plaintext: Buffer; end: number } | null {
  if (pos + PREFIX_BYTES + TAG_BYTES > bytes.byteLength) {
    return null;
  }
  const sealedLength = bytes.readUInt32BE(pos);
  const claimedSeq = bytes.readUInt32BE(pos + LENGTH_BYTES);
  const end = pos + PREFIX_BYTES + sealedLength;
  if (sealedLength < TAG_BYTES || sealedLength > MAX_FRAME_BYTES || end > bytes.byteLength || (seq !== null && claimedSeq !== seq)) {
    return null;
  }
  const nonce = bytes.subarray(pos + LENGTH_BYTES + SEQ_BYTES, pos + PREFIX_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', ctx.frameKey, nonce);
  decipher.setAAD(frameAad(ctx, claimedSeq));
  decipher.setAuthTag(bytes.subarray(end - TAG_BYTES, end));
  try {
    const body = bytes.subarray(pos + PREFIX_BYTES, end - TAG_BYTES);
    const plaintext = Buffer.concat([decipher.update(body), decipher.final()]);
    return { plaintext, end };
  } catch {
    return null;
  }
}

/**
 * Reads consecutive frames from `start`. A frame that fails is a torn tail only
 * if no authentic frame follows it anywhere; otherwise the file was damaged
 * after it was written and we refuse to guess.
 */
export function readFrames(ctx: FileContext, bytes: Buffer, start: number): { payloads: Buffer[]; validEnd: number } {
  const payloads: Buffer[] = [];
  let pos = start;
  let seq = 0;
  while (pos < bytes.byteLength) {
    const frame = decodeFrameAt(ctx, bytes, pos, seq);
    if (frame === null) {
      // Any authentic frame of this file after the failure, whatever its number, means damage.
      if (authenticFrameAfter(ctx, bytes, pos)) {
        throw new StoreCorruptError(`Store frame ${String(seq)} is damaged but later frames are intact.`);
      }
      return { payloads, validEnd: pos };
    }
    payloads.push(frame.plaintext);
    pos = frame.end;
    seq += 1;
  }
  return { payloads, validEnd: pos };
}

function authenticFrameAfter(ctx: FileContext, bytes: Buffer, from: number): boolean {
  const last = bytes.byteLength - (PREFIX_BYTES + TAG_BYTES);
  for (let pos = from; pos <= last; pos += 1) {
    const length = bytes.readUInt32BE(pos);
    // Cheap filter first: most offsets of random or zeroed bytes cannot hold a frame.
    if (length < TAG_BYTES || pos + PREFIX_BYTES + length > bytes.byteLength) {
      continue;
    }
    if (decodeFrameAt(ctx, bytes, pos, null) !== null) {
      return true;
    }
  }
  return false;
}
