/** Channels of the reports area (namespaces: reports). */
export const REPORTS_CHANNELS = [
  'reports:rounds',
  'reports:roundData',
  'reports:certificateData',
  'reports:people',
  'reports:personData',
  'reports:branding',
  'reports:setBranding',
  'reports:chooseLogo',
  'reports:removeLogo',
  'reports:savePdf',
  'reports:print',
] as const;
