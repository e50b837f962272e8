/** A throwaway copy of data/ that a test can break or edit without touching the real one. */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR } from '../../scripts/lib/claims-table';

export interface DataDirCopy {
  readonly dir: string;
  readJson<T = Record<string, unknown>>(file: string): T;
  writeJson(file: string, value: unknown): void;
  writeText(file: string, text: string): void;
  /** Applies `edit` to a claims file's parsed JSON and writes it back. */
  editClaims(file: string, edit: (doc: { source: string; claims: Array<Record<string, unknown>> }) => void): void;
  /** Drops the translations of claims, topics, qualifiers and units no claim has any more, as a curator removing claims does. */
  pruneTranslations(): void;
  remove(): void;
}

export function copyDataDir(): DataDirCopy {
  const dir = mkdtempSync(join(tmpdir(), 'claims-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  const copy: DataDirCopy = {
    dir,
    readJson: <T,>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T,
    writeJson: (file, value) => writeFileSync(join(dir, file), JSON.stringify(value, null, 2)),
    writeText: (file, text) => writeFileSync(join(dir, file), text),
    editClaims: (file, edit) => {
      const doc = copy.readJson<{ source: string; claims: Array<Record<string, unknown>> }>(file);
      edit(doc);
      copy.writeJson(file, doc);
    },
    pruneTranslations: () => {
      const claims = readdirSync(join(dir, 'claims'))
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => copy.readJson<{ claims: Array<{ id: string; topic: string; figure: { unit: string; qualifiers: string[] } | null }> }>(`claims/${f}`).claims);
      const kept: Record<string, Set<string>> = {
        claims: new Set(claims.map((c) => c.id)),
        topics: new Set(claims.map((c) => c.topic)),
        qualifiers: new Set(claims.flatMap((c) => c.figure?.qualifiers ?? [])),
        units: new Set(claims.flatMap((c) => (c.figure === null ? [] : [c.figure.unit]))),
      };
      for (const language of ['ru', 'zh']) {
        const file = `translations/${language}.json`;
        if (!existsSync(join(dir, file))) continue;
        const doc = copy.readJson<Record<string, Record<string, unknown>>>(file);
        for (const [part, entries] of Object.entries(doc)) doc[part] = Object.fromEntries(Object.entries(entries).filter(([key]) => kept[part]?.has(key) ?? true));
        copy.writeJson(file, doc);
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return copy;
}

export const FIRST_CLAIMS_FILE = 'claims/000_65d1a1d4bbc254d7.json';
