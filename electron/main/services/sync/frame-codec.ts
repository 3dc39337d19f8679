import { SyncError } from './sync.errors';

/** Largest frame either side accepts; a bigger length prefix closes the connection. */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

const HEADER_BYTES = 4;

/** Encodes one JSON value as a frame: 4-byte big-endian length, then UTF-8 JSON. */
export function encodeFrame(value: unknown, maxBytes = MAX_FRAME_BYTES): Buffer {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  if (body.length > maxBytes) {
    throw new SyncError('sync.frame_too_large');
  }
  const header = Buffer.allocUnsafe(HEADER_BYTES);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

/**
 * Incremental decoder. Keeps received chunks in a list and joins them once per frame, so a large
 * frame arriving in many small TLS records costs one copy, not one per record. Rejects an
 * oversized length before buffering its body, an empty frame and a body that is not JSON.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private expected: number | null = null;

  constructor(private readonly maxBytes = MAX_FRAME_BYTES) {}

  /** Bytes received but not yet decoded (a torn frame at close is this > 0). */
  get pendingBytes(): number {
    return this.buffered + (this.expected === null ? 0 : HEADER_BYTES);
  }

  /** Feeds bytes; returns the complete frames' values. Throws a {@link SyncError} on a bad frame. */
  push(chunk: Buffer): unknown[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const out: unknown[] = [];
    for (;;) {
      if (this.expected === null) {
        if (this.buffered < HEADER_BYTES) {
          return out;
        }
        const length = this.take(HEADER_BYTES).readUInt32BE(0);
        if (length > this.maxBytes) {
          throw new SyncError('sync.frame_too_large');
        }
        if (length === 0) {
          throw new SyncError('sync.invalid_message', 'Empty frame');
        }
        this.expected = length;
      }
      if (this.buffered < this.expected) {
        return out;
      }
      const body = this.take(this.expected);
      this.expected = null;
      try {
        out.push(JSON.parse(body.toString('utf8')) as unknown);
      } catch {
        throw new SyncError('sync.invalid_message', 'Frame is not JSON');
      }
    }
  }

  private take(length: number): Buffer {
    const all =
      this.chunks.length === 1
        ? (this.chunks[0] as Buffer)
        : Buffer.concat(this.chunks, this.buffered);
    const head = all.subarray(0, length);
    const rest = all.subarray(length);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return head;
  }
}
