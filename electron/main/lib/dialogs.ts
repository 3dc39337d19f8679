/** File choosers, injected: Electron's dialogs in the app, a scripted queue in tests. */
export type FileFilter = { name: string; extensions: string[] };

export type Dialogs = {
  /** The path the user chose to save to, or null when they cancelled. */
  chooseSavePath(options: { defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** The file the user chose to open, or null when they cancelled. */
  chooseOpenPath(options: { filters: FileFilter[] }): Promise<string | null>;
};

/** Dialogs answered from queues, for tests and the browser harness. Empty queue = cancelled. */
export function createScriptedDialogs(): Dialogs & { saves: string[]; opens: string[] } {
  const saves: string[] = [];
  const opens: string[] = [];
  return {
    saves,
    opens,
    chooseSavePath: () => Promise.resolve(saves.shift() ?? null),
    chooseOpenPath: () => Promise.resolve(opens.shift() ?? null),
  };
}
