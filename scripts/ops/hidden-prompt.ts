/**
 * Reads one line without echoing it: the bot token never appears on screen,
 * in shell history or on a command line (so no `read -s`, whose flags differ
 * between bash and zsh). From a terminal it reads keystrokes in raw mode;
 * from a pipe (a password manager's CLI) it reads the first line.
 */
import type { Readable, Writable } from 'node:stream';

export interface PromptStreams {
  readonly input: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  readonly output: Writable;
}

export function readHidden(prompt: string, streams: PromptStreams = { input: process.stdin, output: process.stderr }): Promise<string> {
  const { input, output } = streams;
  output.write(prompt);
  return new Promise((resolve, reject) => {
    let value = '';
    const raw = input.isTTY === true && typeof input.setRawMode === 'function';
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.off('end', onEnd);
      if (raw) input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new Error('cancelled'));
        if (ch === '\u0004' && value === '') return finish(new Error('cancelled: no input'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    };
    const onEnd = () => finish(value === '' ? new Error('no input') : undefined);
    if (raw) input.setRawMode?.(true);
    input.setEncoding?.('utf8');
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}
