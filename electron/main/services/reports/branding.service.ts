import { readFile, stat } from 'node:fs/promises';
import type { ReportBranding } from '@shared/ipc/domains/reports.contract';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import type { Dialogs } from '../../lib/dialogs';

/** The settings document that holds organisation, programme and logo. */
export const BRANDING_SETTING_ID = 'report-branding';
/** Larger logos bloat every PDF and the synced settings document. */
export const LOGO_MAX_BYTES = 1024 * 1024;

const EMPTY: ReportBranding = { organisationName: '', programmeName: '', logoDataUrl: null };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The stored branding, or empty fields when HR has not set any. */
export async function getBranding(repos: Repositories): Promise<ReportBranding> {
  const stored = await repos.settings.get(BRANDING_SETTING_ID);
  if (!stored) {
    return EMPTY;
  }
  const logo = stored.value.logoDataUrl;
  return {
    organisationName: text(stored.value.organisationName),
    programmeName: text(stored.value.programmeName),
    logoDataUrl: typeof logo === 'string' && logo.startsWith('data:image/') ? logo : null,
  };
}

async function save(repos: Repositories, branding: ReportBranding): Promise<ReportBranding> {
  const value = { ...branding };
  if (await repos.settings.get(BRANDING_SETTING_ID)) {
    await repos.settings.update(BRANDING_SETTING_ID, { value }, { action: 'reports.branding_updated' });
  } else {
    await repos.settings.insert({ id: BRANDING_SETTING_ID, value }, { action: 'reports.branding_updated' });
  }
  return branding;
}

/** Stores organisation and programme name, keeping the logo. */
export async function setBrandingNames(repos: Repositories, names: { organisationName: string; programmeName: string }): Promise<ReportBranding> {
  // Trimmed here too: the service is also called without the IPC layer's parsing.
  const organisationName = names.organisationName.trim();
  const programmeName = names.programmeName.trim();
  return save(repos, { ...(await getBranding(repos)), organisationName, programmeName });
}

/** Recognises PNG and JPEG by their first bytes: the file name's extension proves nothing. */
export function imageTypeOf(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) {
    return 'image/png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  return null;
}

/** Turns logo file bytes into a data URL, refusing anything but a PNG/JPEG of at most 1 MB. */
export function logoDataUrl(bytes: Uint8Array): string {
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new AppError('reports.logo_too_large', 'The logo is larger than 1 MB.', { maxKb: LOGO_MAX_BYTES / 1024 });
  }
  const type = imageTypeOf(bytes);
  if (!type) {
    throw new AppError('reports.logo_not_image', 'The logo is not a PNG or JPEG image.');
  }
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** Asks for a logo file and stores it; `null` when the user cancelled. */
export async function chooseLogo(repos: Repositories, dialogs: Dialogs): Promise<ReportBranding | null> {
  const path = await dialogs.chooseOpenPath({ filters: [{ name: 'PNG, JPEG', extensions: ['png', 'jpg', 'jpeg'] }] });
  if (path === null) {
    return null;
  }
  // Checked before reading so a huge file is never loaded into memory.
  const info = await stat(path);
  if (info.size > LOGO_MAX_BYTES) {
    throw new AppError('reports.logo_too_large', 'The logo is larger than 1 MB.', { maxKb: LOGO_MAX_BYTES / 1024 });
  }
  const url = logoDataUrl(await readFile(path));
  return save(repos, { ...(await getBranding(repos)), logoDataUrl: url });
}

export async function removeLogo(repos: Repositories): Promise<ReportBranding> {
  return save(repos, { ...(await getBranding(repos)), logoDataUrl: null });
}
