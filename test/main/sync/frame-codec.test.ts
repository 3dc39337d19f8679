import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { encodeFrame, FrameDecoder } from '../../../electron/main/services/sync/frame-codec';

const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

describe('frame codec', () => {
  it('decodes any sequence of frames however the bytes are split', () => {
    fc.assert(
      fc.property(
        fc.array(json, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(64), { maxLength: 20 }),
        (values, cuts) => {
          const bytes = Buffer.concat(values.map((v) => encodeFrame(v)));
          const points = [...new Set(cuts.map((c) => c % bytes.length))].sort((a, b) => a - b);
          const decoder = new FrameDecoder();
          const out: unknown[] = [];
          let last = 0;
          for (const point of [...points, bytes.length]) {
            out.push(...decoder.push(bytes.subarray(last, point)));
            last = point;
          }
          expect(out).toEqual(values);
          expect(decoder.pendingBytes).toBe(0);
        },
      ),
    );
  });

  it('rejects an oversized length before buffering the body', () => {
    const header = Buffer.alloc(4);
    header.writeUInt32BE(1025, 0);
    expect(() => new FrameDecoder(1024).push(header)).toThrow(
      expect.objectContaining({ code: 'sync.frame_too_large' }),
    );
    expect(() => encodeFrame('x'.repeat(2000), 1024)).toThrow(
      expect.objectContaining({ code: 'sync.frame_too_large' }),
    );
  });

  it('rejects empty and non-JSON frames', () => {
    expect(() => new FrameDecoder().push(Buffer.alloc(4))).toThrow(
      expect.objectContaining({ code: 'sync.invalid_message' }),
    );
    const garbage = Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.from('{{{')]);
    expect(() => new FrameDecoder().push(garbage)).toThrow(
      expect.objectContaining({ code: 'sync.invalid_message' }),
    );
  });

  it('keeps a truncated frame pending instead of guessing', () => {
    const frame = encodeFrame({ hello: 'world' });
    const decoder = new FrameDecoder();
    expect(decoder.push(frame.subarray(0, frame.length - 2))).toEqual([]);
    expect(decoder.pendingBytes).toBe(frame.length - 2);
  });
});
