/**
 * Captures what the Lambda module logs: its structured lines go straight to
 * stdout (lambdaLogSink), anything else through console. Call in beforeAll;
 * vi.restoreAllMocks() in afterAll undoes it.
 */
import { vi } from 'vitest';

export function captureLambdaLogs(): string[] {
  const lines: string[] = [];
  for (const stream of ['log', 'warn', 'error'] as const) vi.spyOn(console, stream).mockImplementation((line: unknown) => void lines.push(String(line)));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    for (const line of String(chunk).split('\n')) if (line.length > 0) lines.push(line);
    return true;
  });
  return lines;
}
