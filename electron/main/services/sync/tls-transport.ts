import { createServer, connect, type TLSSocket, type Server, type SecureVersion } from 'node:tls';
import type { AddressInfo, Socket } from 'node:net';

import type { DeviceIdentity } from './device-identity';
import { deviceIdFromCertificate, type DeviceId } from './device-id.codec';
import { DEFAULT_LIMITS, SyncChannel, type ChannelLimits } from './sync-channel';
import { PROTOCOL_NAME, PROTOCOL_VERSION, type Hello } from './sync-protocol.schema';
import { SyncError, syncErrorCode, type SyncErrorCode } from './sync.errors';

/** What both ends of the transport need to know about this device. */
export type TransportConfig = {
  identity: DeviceIdentity;
  /** The pin check: asked for every connection, so an unpaired peer is refused at once. */
  isPaired(deviceId: DeviceId): boolean;
  /** Synced collections and schema versions; the peer must have exactly the same. */
  collections: Record<string, number>;
  limits?: Partial<ChannelLimits>;
  /** Only tests change this, to play a peer of another version. */
  protocolVersion?: number;
};

/** An authenticated connection after a successful hello. */
export type PeerConnection = { channel: SyncChannel; hello: Hello };

export type RejectedConnection = { deviceId: DeviceId | null; code: SyncErrorCode };

export type SyncServer = {
  host: string;
  port: number;
  close(): Promise<void>;
};

type CommonTlsOptions = {
  key: string;
  cert: string;
  minVersion: SecureVersion;
  maxVersion: SecureVersion;
  rejectUnauthorized: boolean;
};

function tlsOptions(identity: DeviceIdentity): CommonTlsOptions {
  // Mutual TLS 1.3 only. The CA check is off on purpose: trust is the fingerprint pin checked in
  // verifiedPeer(); TLS itself proves the peer holds the key of the certificate it showed.
  return {
    key: identity.privateKeyPem,
    cert: identity.certificatePem,
    minVersion: 'TLSv1.3',
    maxVersion: 'TLSv1.3',
    rejectUnauthorized: false,
  };
}

/** The device ID of the peer's certificate, or null when it sent none or TLS is not 1.3. */
export function peerDeviceId(socket: TLSSocket): DeviceId | null {
  if (socket.getProtocol() !== 'TLSv1.3') {
    return null;
  }
  const certificate = socket.getPeerCertificate(true) as { raw?: Buffer } | null;
  const raw = certificate?.raw;
  return raw instanceof Buffer && raw.length > 0 ? deviceIdFromCertificate(raw) : null;
}

function ownHello(config: TransportConfig): Hello {
  return {
    t: 'hello',
    app: PROTOCOL_NAME,
    protocol: config.protocolVersion ?? PROTOCOL_VERSION,
    deviceId: config.identity.deviceId,
    collections: config.collections,
  };
}

/** Why a peer's hello is unacceptable, or null when it is fine. */
function checkHello(
  hello: Hello,
  certificateId: DeviceId,
  config: TransportConfig,
): SyncErrorCode | null {
  if (hello.deviceId !== certificateId) {
    return 'sync.identity_mismatch';
  }
  if (hello.protocol !== (config.protocolVersion ?? PROTOCOL_VERSION)) {
    return 'sync.incompatible_version';
  }
  const ours = Object.entries(config.collections);
  const theirs = Object.entries(hello.collections);
  if (
    ours.length !== theirs.length ||
    ours.some(([name, version]) => hello.collections[name] !== version)
  ) {
    return 'sync.incompatible_version';
  }
  return null;
}

function limitsOf(config: TransportConfig): ChannelLimits {
  return { ...DEFAULT_LIMITS, ...config.limits };
}

/**
 * Listens for peers. Each connection is checked in `secureConnection`, before any application
 * byte is read or written: no certificate, an unpinned fingerprint or anything but TLS 1.3 and
 * the socket is destroyed. Then the hello must match (version, collections, the ID of the
 * certificate). `onPeer` must attach handlers synchronously (channel.open).
 */
export function listenForPeers(
  config: TransportConfig & {
    host: string;
    port: number;
    onPeer(connection: PeerConnection): void;
    onRejected?(rejected: RejectedConnection): void;
  },
): Promise<SyncServer> {
  const server: Server = createServer({ ...tlsOptions(config.identity), requestCert: true });
  const sockets = new Set<Socket>();
  let closing = false;
  const reject = (rejected: RejectedConnection): void => config.onRejected?.(rejected);

  // Track raw TCP sockets, not just authenticated ones: close() must also end handshakes in
  // flight, or server.close() would wait for them forever.
  server.on('connection', (socket: Socket) => {
    if (closing) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket: TLSSocket) => {
    socket.on('error', () => socket.destroy());
    if (closing) {
      socket.destroy();
      return;
    }
    const deviceId = peerDeviceId(socket);
    if (deviceId === null || !config.isPaired(deviceId)) {
      socket.destroy();
      reject({ deviceId, code: 'sync.peer_not_paired' });
      return;
    }
    const channel = new SyncChannel(socket, deviceId, limitsOf(config));
    const hello = channel.expectHello();
    channel.start();
    hello.then(
      (theirs) => {
        const problem = checkHello(theirs, deviceId, config);
        if (problem === 'sync.incompatible_version') {
          channel.refuse(problem);
        } else if (problem !== null || !config.isPaired(deviceId)) {
          channel.close(problem ?? 'sync.peer_not_paired');
        }
        if (problem !== null || !channel.isOpen) {
          reject({ deviceId, code: problem ?? 'sync.peer_not_paired' });
          return;
        }
        config.onPeer({ channel, hello: theirs });
        channel.send(ownHello(config));
      },
      (error: unknown) => {
        reject({ deviceId, code: syncErrorCode(error) });
      },
    );
  });
  // Failed handshakes (wrong TLS version, no certificate, garbage) end here, never as a throw.
  server.on('tlsClientError', (_error, socket) => socket.destroy());
  server.on('error', () => undefined);

  return new Promise((resolve, rejectListen) => {
    server.once('error', (error: Error) => {
      rejectListen(error);
    });
    server.listen(config.port, config.host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        host: address.address,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            closing = true;
            for (const socket of sockets) {
              socket.destroy();
            }
            server.close(() => {
              done();
            });
          }),
      });
    });
  });
}

/**
 * Connects to a pinned peer at host:port. The server's certificate must carry `deviceId` (checked
 * in `secureConnect`, before our hello is written). Rejects with a {@link SyncError}:
 * 'sync.peer_unreachable' (no connection), 'sync.identity_mismatch' (someone else answered),
 * 'sync.peer_not_paired' (the peer dropped us after the handshake: it has not paired this
 * device), 'sync.incompatible_version'.
 */
export function connectToPeer(
  config: TransportConfig & {
    deviceId: DeviceId;
    host: string;
    port: number;
    connectTimeoutMs?: number;
  },
): Promise<PeerConnection> {
  return new Promise<PeerConnection>((resolve, reject) => {
    const socket = connect({
      ...tlsOptions(config.identity),
      host: config.host,
      port: config.port,
    });
    const fail = (code: SyncErrorCode): void => {
      socket.destroy();
      reject(new SyncError(code));
    };
    socket.setTimeout(config.connectTimeoutMs ?? 10_000, () => {
      fail('sync.peer_unreachable');
    });
    socket.once('error', () => {
      fail('sync.peer_unreachable');
    });
    socket.once('secureConnect', () => {
      socket.setTimeout(0);
      socket.removeAllListeners('error');
      const deviceId = peerDeviceId(socket);
      if (deviceId !== config.deviceId) {
        fail('sync.identity_mismatch');
        return;
      }
      const channel = new SyncChannel(socket, deviceId, limitsOf(config));
      const hello = channel.expectHello();
      channel.start();
      channel.send(ownHello(config));
      hello.then(
        (theirs) => {
          const problem = checkHello(theirs, deviceId, config);
          if (problem !== null) {
            channel.close(problem);
            reject(new SyncError(problem));
            return;
          }
          resolve({ channel, hello: theirs });
        },
        (error: unknown) => {
          // Closed before any hello: with TLS 1.3 the server checks our certificate after our
          // handshake completed, so this is how "not paired there" looks from here.
          const code = syncErrorCode(error);
          reject(
            new SyncError(
              code === 'sync.peer_unreachable' || code === 'sync.closed'
                ? 'sync.peer_not_paired'
                : code,
            ),
          );
        },
      );
    });
  });
}
