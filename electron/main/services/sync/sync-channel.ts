import type { Duplex } from 'node:stream';

import type { DeviceId } from './device-id.codec';
import { encodeFrame, FrameDecoder, MAX_FRAME_BYTES } from './frame-codec';
import {
  changesSchema,
  helloSchema,
  refuseSchema,
  requestSchema,
  responseSchema,
} from './sync-protocol.schema';
import type { ChangesEvent, Hello, SyncRequest, SyncRequestBody } from './sync-protocol.schema';
import { SyncError, syncErrorCode, type SyncErrorCode } from './sync.errors';

/** Limits of one connection. Defaults suit a LAN with a few thousand documents per second. */
export type ChannelLimits = {
  maxFrameBytes: number;
  /** Sustained frames per second read from the peer; beyond it reading pauses (TCP pushes back). */
  framesPerSecond: number;
  /** Sustained bytes per second read from the peer. */
  bytesPerSecond: number;
  /** Requests from the peer being handled at once; more is abuse and closes the connection. */
  maxInboundRequests: number;
  requestTimeoutMs: number;
  helloTimeoutMs: number;
};

export const DEFAULT_LIMITS: ChannelLimits = {
  maxFrameBytes: MAX_FRAME_BYTES,
  framesPerSecond: 500,
  bytesPerSecond: 64 * 1024 * 1024,
  maxInboundRequests: 64,
  requestTimeoutMs: 30_000,
  helloTimeoutMs: 10_000,
};

export type ChannelHandlers = {
  onRequest(request: SyncRequest): Promise<unknown>;
  onChanges(event: ChangesEvent): void;
};

type Pending = {
  resolve(value: unknown): void;
  reject(error: SyncError): void;
  timer: NodeJS.Timeout;
};

/** A token bucket refilled continuously; one second of rate is the burst. */
class Bucket {
  private tokens: number;
  private last = Date.now();
  constructor(private readonly rate: number) {
    this.tokens = rate;
  }
  /** Takes `n` tokens; returns how long to wait (ms) until the balance is back to zero. */
  take(n: number): number {
    const now = Date.now();
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    this.tokens -= n;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.rate) * 1000);
  }
}

/**
 * Frames, requests and events over one authenticated socket. Reading starts only when the
 * transport calls {@link start}, i.e. after the certificate pin check. Any bad frame, unexpected
 * message, limit breach or socket error closes this connection; nothing escapes as an exception.
 */
export class SyncChannel {
  private readonly decoder: FrameDecoder;
  private readonly pending = new Map<number, Pending>();
  private readonly frames: Bucket;
  private readonly bytes: Bucket;
  private nextId = 1;
  private inbound = 0;
  private handlers: ChannelHandlers | null = null;
  /** Frames that arrive between the hello and {@link open} (same TCP read), replayed on open. */
  private early: unknown[] | null = null;
  private helloWaiter: { resolve(hello: Hello): void; reject(error: SyncError): void } | null =
    null;
  private closeReason: SyncErrorCode | null = null;
  private isClosed = false;
  private isRefusing = false;
  private resumeTimer: NodeJS.Timeout | null = null;
  private readonly closeListeners = new Set<(reason: SyncErrorCode | null) => void>();
  /** Resolves with the reason once the connection is gone (null: closed normally). */
  readonly closed: Promise<SyncErrorCode | null>;

  constructor(
    private readonly socket: Duplex,
    readonly peerId: DeviceId,
    readonly limits: ChannelLimits = DEFAULT_LIMITS,
  ) {
    this.decoder = new FrameDecoder(limits.maxFrameBytes);
    this.frames = new Bucket(limits.framesPerSecond);
    this.bytes = new Bucket(limits.bytesPerSecond);
    this.closed = new Promise((resolve) => this.closeListeners.add(resolve));
    socket.on('error', () => {
      this.close('sync.peer_unreachable');
    });
    socket.on('close', () => {
      this.close(this.closeReason ?? 'sync.peer_unreachable');
    });
  }

  get isOpen(): boolean {
    return !this.isClosed;
  }

  /** Starts reading. Called once the peer's certificate is verified. */
  start(): void {
    this.socket.on('data', (chunk: Buffer) => {
      this.receive(chunk);
    });
  }

  /** Waits for the peer's hello (the first frame). */
  expectHello(): Promise<Hello> {
    return new Promise<Hello>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.close('sync.timeout');
      }, this.limits.helloTimeoutMs);
      this.helloWaiter = {
        resolve: (hello) => {
          clearTimeout(timer);
          resolve(hello);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  /** Switches from the hello phase to requests and events. */
  open(handlers: ChannelHandlers): void {
    this.handlers = handlers;
    const early = this.early ?? [];
    this.early = null;
    for (const frame of early) {
      this.dispatch(frame);
    }
  }

  /** Tells the peer why it is refused (a code, no data), then closes once that is flushed. */
  refuse(code: SyncErrorCode): void {
    if (this.isClosed) {
      return;
    }
    const frame = encodeFrame({ t: 'refuse', code });
    this.socket.end(frame);
    // Only the refusal may go out; destroy if the peer does not close its side soon.
    setTimeout(() => {
      this.close(code);
    }, 1000).unref();
    this.helloWaiter = null;
    this.handlers = null;
    this.early = [];
    this.isRefusing = true;
  }

  /** Sends a frame (hello, refuse, events). Silently dropped once closed. */
  send(frame: object): void {
    if (this.isClosed || this.isRefusing) {
      return;
    }
    try {
      this.socket.write(encodeFrame(frame, this.limits.maxFrameBytes));
    } catch (error) {
      this.close(syncErrorCode(error));
    }
  }

  /** Sends a request and resolves with the peer's result; rejects with the peer's error code. */
  request(body: SyncRequestBody, timeoutMs = this.limits.requestTimeoutMs): Promise<unknown> {
    if (this.isClosed) {
      return Promise.reject(new SyncError(this.closeReason ?? 'sync.closed'));
    }
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new SyncError('sync.timeout'));
        // A peer that stops answering is broken or hostile; start over on a new connection.
        this.close('sync.timeout');
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.send({ t: 'req', id, ...body });
    });
  }

  /** Closes the connection; pending requests fail with `reason` (or 'sync.closed'). */
  close(reason: SyncErrorCode | null = null): void {
    if (this.isClosed) {
      return;
    }
    this.isClosed = true;
    this.closeReason = reason;
    if (this.resumeTimer !== null) {
      clearTimeout(this.resumeTimer);
    }
    this.socket.destroy();
    const error = new SyncError(reason ?? 'sync.closed');
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
    this.helloWaiter?.reject(error);
    this.helloWaiter = null;
    for (const listener of this.closeListeners) {
      listener(reason);
    }
  }

  private receive(chunk: Buffer): void {
    if (this.isClosed) {
      return;
    }
    let frames: unknown[];
    try {
      frames = this.decoder.push(chunk);
    } catch (error) {
      this.close(syncErrorCode(error));
      return;
    }
    for (const frame of frames) {
      if (!this.isOpen) {
        return;
      }
      this.dispatch(frame);
    }
    const wait = Math.max(this.bytes.take(chunk.length), this.frames.take(frames.length));
    if (wait > 0 && this.isOpen) {
      this.socket.pause();
      this.resumeTimer = setTimeout(() => {
        this.resumeTimer = null;
        this.socket.resume();
      }, wait);
    }
  }

  private dispatch(frame: unknown): void {
    if (this.helloWaiter !== null) {
      const waiter = this.helloWaiter;
      this.helloWaiter = null;
      const hello = helloSchema.safeParse(frame);
      if (hello.success) {
        this.early = [];
        waiter.resolve(hello.data);
        return;
      }
      const refused = refuseSchema.safeParse(frame);
      const code = refused.success ? (refused.data.code as SyncErrorCode) : 'sync.protocol_error';
      waiter.reject(new SyncError(code));
      this.close(code);
      return;
    }
    if (this.isRefusing) {
      return;
    }
    const handlers = this.handlers;
    const kind =
      typeof frame === 'object' && frame !== null ? (frame as { t?: unknown }).t : undefined;
    if (handlers === null) {
      if (this.early !== null && this.early.length < 100) {
        this.early.push(frame);
      } else {
        this.close('sync.protocol_error');
      }
    } else if (kind === 'res') {
      this.handleResponse(frame);
    } else if (kind === 'req') {
      this.handleRequest(frame, handlers);
    } else if (kind === 'changes') {
      const event = changesSchema.safeParse(frame);
      if (event.success) {
        try {
          handlers.onChanges(event.data);
        } catch {
          this.close('sync.internal');
        }
      } else {
        this.close('sync.invalid_message');
      }
    } else {
      this.close('sync.invalid_message');
    }
  }

  private handleResponse(frame: unknown): void {
    const parsed = responseSchema.safeParse(frame);
    const pending = parsed.success ? this.pending.get(parsed.data.id) : undefined;
    if (!parsed.success || pending === undefined) {
      this.close('sync.invalid_message');
      return;
    }
    this.pending.delete(parsed.data.id);
    clearTimeout(pending.timer);
    if (parsed.data.ok) {
      pending.resolve(parsed.data.result);
    } else {
      pending.reject(new SyncError(parsed.data.code as SyncErrorCode));
    }
  }

  private handleRequest(frame: unknown, handlers: ChannelHandlers): void {
    const parsed = requestSchema.safeParse(frame);
    if (!parsed.success) {
      // Answer when the id is readable, so a buggy peer learns why; then drop the connection.
      const id = (frame as { id?: unknown }).id;
      if (typeof id === 'number') {
        this.send({ t: 'res', id, ok: false, code: 'sync.invalid_message' });
      }
      this.close('sync.invalid_message');
      return;
    }
    if (this.inbound >= this.limits.maxInboundRequests) {
      this.close('sync.rate_limited');
      return;
    }
    const request = parsed.data;
    this.inbound += 1;
    Promise.resolve()
      .then(() => handlers.onRequest(request))
      .then(
        (result) => {
          this.send({ t: 'res', id: request.id, ok: true, result });
        },
        (error: unknown) => {
          this.send({ t: 'res', id: request.id, ok: false, code: syncErrorCode(error) });
        },
      )
      .finally(() => {
        this.inbound -= 1;
      });
  }
}
