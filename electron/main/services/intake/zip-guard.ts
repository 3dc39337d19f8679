import { inflateRawSync } from 'node:zlib';

import { IntakeError, type IntakeLimits } from '../../../../shared/domain/intake';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

const findEndOfCentralDirectory = (buf: Buffer): number => {
  // The record is 22 bytes plus a comment of at most 65,535 bytes at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i -= 1) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      return i;
    }
  }
  throw new IntakeError('archive_invalid');
};

const DESCRIPTOR_SIGNATURE = 0x08074b50;

// The spreadsheet library unzips as a stream from the local headers, so an entry
// hidden between the listed ones would be inflated unchecked: require the listed
// entries (plus optional data descriptors) to fill the space before the directory.
const assertContiguous = (
  buf: Buffer,
  spans: [number, number, boolean][],
  directoryOffset: number,
): void => {
  spans.sort((a, b) => a[0] - b[0]);
  let expected = 0;
  for (const [start, end, hasDescriptor] of spans) {
    if (start !== expected) {
      throw new IntakeError('archive_invalid');
    }
    expected = end;
    if (hasDescriptor) {
      expected += buf.readUInt32LE(end) === DESCRIPTOR_SIGNATURE ? 16 : 12;
    }
  }
  if (expected !== directoryOffset) {
    throw new IntakeError('archive_invalid');
  }
};

/**
 * Zip bomb guard for .xlsx, run before the spreadsheet library sees the file: walks
 * the central directory, refuses ZIP64, encryption and unusual compression, and
 * inflates each entry with a hard output cap (declared sizes can lie), so the total
 * uncompressed size is bounded by `maxUncompressedBytes` whatever the archive claims;
 * bytes not covered by a listed entry (hidden entries) make the archive invalid.
 * @throws IntakeError `archive_invalid`, `archive_too_large`
 */
export const assertSafeZip = (
  bytes: Uint8Array,
  limits: Pick<IntakeLimits, 'maxUncompressedBytes' | 'maxArchiveEntries'>,
): void => {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 22) {
    throw new IntakeError('archive_invalid');
  }
  const eocd = findEndOfCentralDirectory(buf);
  const entries = buf.readUInt16LE(eocd + 10);
  const directoryOffset = buf.readUInt32LE(eocd + 16);
  if (entries > limits.maxArchiveEntries) {
    throw new IntakeError('archive_too_large', { limit: limits.maxArchiveEntries });
  }
  if (entries === 0xffff || directoryOffset === 0xffffffff) {
    throw new IntakeError('archive_invalid');
  }
  let budget = limits.maxUncompressedBytes;
  let offset = directoryOffset;
  const spans: [start: number, end: number, hasDescriptor: boolean][] = [];
  try {
    for (let i = 0; i < entries; i += 1) {
      if (buf.readUInt32LE(offset) !== CENTRAL_SIGNATURE) {
        throw new IntakeError('archive_invalid');
      }
      const flags = buf.readUInt16LE(offset + 8);
      const method = buf.readUInt16LE(offset + 10);
      const compressedSize = buf.readUInt32LE(offset + 20);
      const declaredSize = buf.readUInt32LE(offset + 24);
      const nameLength = buf.readUInt16LE(offset + 28);
      const extraLength = buf.readUInt16LE(offset + 30);
      const commentLength = buf.readUInt16LE(offset + 32);
      const localOffset = buf.readUInt32LE(offset + 42);
      if ((flags & 0x1) !== 0 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff) {
        throw new IntakeError('archive_invalid');
      }
      if (declaredSize > budget) {
        throw new IntakeError('archive_too_large', { limit: limits.maxUncompressedBytes });
      }
      if (buf.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) {
        throw new IntakeError('archive_invalid');
      }
      const dataStart =
        localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
      const data = buf.subarray(dataStart, dataStart + compressedSize);
      if (data.length !== compressedSize) {
        throw new IntakeError('archive_invalid');
      }
      const actual =
        method === 0
          ? data.length
          : inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      budget -= actual;
      spans.push([localOffset, dataStart + compressedSize, (flags & 0x8) !== 0]);
      offset += 46 + nameLength + extraLength + commentLength;
    }
    assertContiguous(buf, spans, directoryOffset);
  } catch (error) {
    if (error instanceof IntakeError) {
      throw error;
    }
    // RangeError from maxOutputLength is the bomb; anything else (bad offsets, bad deflate data) is a broken archive.
    const tooLarge =
      error instanceof RangeError &&
      (error as RangeError & { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new IntakeError(
      tooLarge ? 'archive_too_large' : 'archive_invalid',
      tooLarge ? { limit: limits.maxUncompressedBytes } : {},
    );
  }
  if (budget < 0) {
    throw new IntakeError('archive_too_large', { limit: limits.maxUncompressedBytes });
  }
};
