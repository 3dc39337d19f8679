/** Structured logging for main. Never logs inputs: they may hold personal data. */
export type Logger = {
  info(event: string, data?: Record<string, unknown>): void;
  warn(event: string, data?: Record<string, unknown>): void;
  error(event: string, data?: Record<string, unknown>): void;
};

function describeError(error: Error): string {
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} (${code})` : error.name;
}

function describe(data: Record<string, unknown> | undefined): string {
  if (!data) {
    return '';
  }
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    // Error messages from RxDB or zod can quote document values: log the kind and code only.
    safe[key] = value instanceof Error ? describeError(value) : value;
  }
  return ` ${JSON.stringify(safe)}`;
}

/** Writes one line per event to stderr. */
export function createConsoleLogger(write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const log = (level: string) => (event: string, data?: Record<string, unknown>) => {
    write(`${new Date().toISOString()} ${level} ${event}${describe(data)}\n`);
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that records events, for tests. */
export function createMemoryLogger(): Logger & { events: { level: string; event: string }[] } {
  const events: { level: string; event: string }[] = [];
  const log = (level: string) => (event: string) => {
    events.push({ level, event });
  };
  return { events, info: log('info'), warn: log('warn'), error: log('error') };
}
