/**
 * The only URLs the app hands to the operating system. Everything else a page might try to
 * open (links in imported data, injected content) is refused.
 */
const ALLOWED_HTTPS_HOSTS: ReadonlySet<string> = new Set(['gdpr-info.eu', 'www.bfdi.bund.de']);

const MAILTO = /^mailto:[^\s@/\\?#]+@[^\s@/\\?#]+\.[a-z]{2,}$/i;

/** True for `mailto:` with one plain address, or https to an allow-listed host on the default port. */
export function isAllowedExternalUrl(raw: string): boolean {
  if (MAILTO.test(raw)) {
    return true;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    ALLOWED_HTTPS_HOSTS.has(url.hostname)
  );
}
