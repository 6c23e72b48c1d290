/** One pino line as the service writes it. */
export interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  [field: string]: unknown;
}

/** A log destination for `createApp({ logStream })` that keeps every line, to assert what was logged and at which level. */
export function capturedLog(): { stream: { write(line: string): void }; lines: LogLine[]; errors(): LogLine[] } {
  const lines: LogLine[] = [];
  return {
    stream: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
    lines,
    // pino's levels: 50 is error, 60 fatal.
    errors: () => lines.filter((l) => l.level >= 50),
  };
}
