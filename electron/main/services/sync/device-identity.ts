import 'reflect-metadata';

import { createPrivateKey, randomBytes, webcrypto, X509Certificate } from 'node:crypto';

import * as x509 from '@peculiar/x509';

import { deviceIdFromCertificate, type DeviceId } from './device-id.codec';
import { SyncError } from './sync.errors';

/** The identity as the lead keeps it in the encrypted store: plain JSON, private key included. */
export type StoredIdentity = {
  version: 1;
  /** Self-signed X.509 certificate, PEM. */
  certificatePem: string;
  /** The matching ECDSA P-256 private key, PKCS#8 PEM. */
  privateKeyPem: string;
  createdAt: string;
};

/** Where the identity lives; the lead backs it with the encrypted store (never a plain file). */
export type IdentityStore = {
  load(): Promise<StoredIdentity | null>;
  save(identity: StoredIdentity): Promise<void>;
};

/** A usable identity: what TLS needs plus the device ID peers pin. */
export type DeviceIdentity = {
  deviceId: DeviceId;
  certificatePem: string;
  privateKeyPem: string;
};

// ECDSA P-256 with SHA-256: BoringSSL (Electron) and OpenSSL (Node) both do it in TLS 1.3,
// unlike Ed25519 certificates.
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
// The certificate is pinned by fingerprint, never validated against a CA or a date, so it
// simply outlives any laptop.
const VALIDITY_YEARS = 30;

function toPem(label: string, der: ArrayBuffer): string {
  const body = Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trimEnd();
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/** Generates a new long-term key pair and self-signed certificate. */
export async function createDeviceIdentity(now: Date = new Date()): Promise<StoredIdentity> {
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALIDITY_YEARS);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      // Random serial: two devices created in the same second still differ.
      serialNumber: `01${randomBytes(15).toString('hex')}`,
      name: 'CN=Tandem device',
      notBefore: now,
      notAfter,
      keys,
      signingAlgorithm: ALGORITHM,
      extensions: [new x509.BasicConstraintsExtension(false, undefined, true)],
    },
    // No provider argument: x509 defaults to globalThis.crypto, which is Node's webcrypto.
  );
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    version: 1,
    certificatePem: certificate.toString('pem'),
    privateKeyPem: toPem('PRIVATE KEY', pkcs8),
    createdAt: now.toISOString(),
  };
}

/**
 * Checks a stored identity (parsable certificate, P-256 key, key matching the certificate) and
 * derives its device ID. A damaged identity is an error, never silently replaced: peers have
 * pinned its fingerprint.
 */
export function restoreDeviceIdentity(stored: StoredIdentity): DeviceIdentity {
  try {
    const certificate = new X509Certificate(stored.certificatePem);
    const key = createPrivateKey(stored.privateKeyPem);
    if (
      key.asymmetricKeyType !== 'ec' ||
      key.asymmetricKeyDetails?.namedCurve !== 'prime256v1' ||
      !certificate.checkPrivateKey(key)
    ) {
      throw new SyncError('sync.identity_invalid', 'Key does not match the certificate');
    }
    return {
      deviceId: deviceIdFromCertificate(certificate.raw),
      certificatePem: stored.certificatePem,
      privateKeyPem: stored.privateKeyPem,
    };
  } catch (error) {
    if (error instanceof SyncError) {
      throw error;
    }
    throw new SyncError('sync.identity_invalid', 'Stored device identity does not parse');
  }
}

/** Loads this installation's identity, creating and saving one on first use. */
export async function loadOrCreateDeviceIdentity(
  store: IdentityStore,
  now: () => Date = () => new Date(),
): Promise<DeviceIdentity> {
  const existing = await store.load();
  if (existing !== null) {
    return restoreDeviceIdentity(existing);
  }
  const created = await createDeviceIdentity(now());
  await store.save(created);
  return restoreDeviceIdentity(created);
}
