/**
 * Builds the `window.api` object from the channel lists: `api.preferences.update(input)`
 * for channel `preferences:update`, and `api.on(event, listener)` returning an unsubscribe
 * function. The function is self-contained on purpose (no imports, no closures over module
 * scope): the end-to-end harness injects its source text into the page so the browser gets
 * exactly the shape the Electron preload gives.
 */
export function buildApi(
  channels: readonly string[],
  events: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): Record<string, unknown> {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [namespace, method] = channel.split(':') as [string, string];
    const group = (api[namespace] ??= {});
    group[method] = (input?: unknown) => invoke(channel, input);
  }
  const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!events.includes(event)) {
      throw new Error(`Unknown event: ${event}`);
    }
    if (typeof listener !== 'function') {
      throw new Error('Listener must be a function');
    }
    return subscribe(event, listener);
  };
  return Object.freeze({ ...api, on });
}
