/**
 * A content hash of a data directory: every file (dot-files skipped), by its
 * relative POSIX path and bytes, in sorted order.
 *
 * The stack computes it over data/ at synth time and passes it to the seeding
 * custom resource, so the resource is updated (and the table re-seeded) exactly
 * when data/ changes. The handler computes it over the copy bundled with it, to
 * notice when CloudFormation asks for a data version this code does not carry
 * (only possible during a rollback).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function listFiles(root: string, relative = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(root, path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

export function hashDataDir(dataDir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dataDir).sort()) {
    const bytes = readFileSync(join(dataDir, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
