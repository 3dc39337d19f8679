export const APP_CHANNELS = [
  'app:info',
  'preferences:get',
  'preferences:update',
  'shell:openExternal',
] as const;
