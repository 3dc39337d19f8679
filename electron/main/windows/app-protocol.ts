import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** The app is served from `app://tandem/`, never from `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tandem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/**
 * The Content-Security-Policy of every app page. The component library injects `<style>`
 * tags (CSS variables), so styles get a per-load nonce instead of 'unsafe-inline'.
 */
export function buildCsp(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export type ServedFile = { status: number; headers: Record<string, string>; body: Buffer | string };

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Answers a request for the app's own files from `rootDirectory` (the built renderer). Paths
 * that leave the root, hidden files and unknown types are 404; HTML gets a fresh nonce.
 */
export async function serveAppFile(rootDirectory: string, requestUrl: string): Promise<ServedFile> {
  const notFound: ServedFile = { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return notFound;
  }
  if (pathname === '/' || pathname === '') {
    pathname = '/index.html';
  }
  const root = normalize(rootDirectory + sep);
  const target = normalize(join(root, pathname));
  if (!target.startsWith(root) || pathname.includes('\0') || /(^|[\\/])\./.test(pathname)) {
    return notFound;
  }
  const type = CONTENT_TYPES[extname(target).toLowerCase()];
  if (!type) {
    return notFound;
  }
  let body: Buffer;
  try {
    body = await readFile(target);
  } catch {
    return notFound;
  }
  const nonce = randomBytes(16).toString('base64');
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Security-Policy': buildCsp(nonce),
    'Cache-Control': 'no-store',
  };
  if (type.startsWith('text/html')) {
    return { status: 200, headers, body: body.toString('utf8').replaceAll('%CSP_NONCE%', nonce) };
  }
  return { status: 200, headers, body };
}
