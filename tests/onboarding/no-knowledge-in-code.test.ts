/**
 * Knowledge is data: no string in lambdas/ names a person, place, occasion,
 * organisation, document or outlet of data/. Comments may use them as examples;
 * a string would be shown to users, or matched against their questions, and
 * would go stale when a curator adds an article. Countries and wars are left
 * out: their names are also the names of languages ("Chinese") and of what the
 * shipped grammar counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../scripts/lib/claims-table';

const LAMBDAS = join(DATA_DIR, '..', 'lambdas');

interface EntityEntry {
  readonly kind: string;
  readonly name: string;
  readonly aliases?: readonly string[] | Readonly<Record<string, readonly string[]>>;
}

function knownNames(): Set<string> {
  const { entities } = JSON.parse(readFileSync(join(DATA_DIR, 'entities.json'), 'utf8')) as { entities: EntityEntry[] };
  const { sources } = JSON.parse(readFileSync(join(DATA_DIR, 'sources.json'), 'utf8')) as { sources: Array<{ outlet?: string | null }> };
  const names = new Set<string>();
  for (const e of entities) {
    if (e.kind === 'country' || e.kind === 'war') continue;
    const aliases = Array.isArray(e.aliases) ? e.aliases : Object.values(e.aliases ?? {}).flat();
    for (const n of [e.name, ...aliases]) if (n.length >= 4) names.add(n.toLowerCase());
  }
  for (const s of sources) if (s.outlet) names.add(s.outlet.toLowerCase());
  return names;
}

/** String literals of a source file, its comments removed. */
function stringLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  return code.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g) ?? [];
}

describe('knowledge lives in data/', () => {
  it('no string in lambdas/ names a person, place, occasion, organisation, document or outlet of data/', () => {
    // Prepare
    const names = [...knownNames()];
    const files = readdirSync(LAMBDAS, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:ts|cjs)$/.test(f));

    // Act
    const found: string[] = [];
    for (const file of files) {
      for (const literal of stringLiterals(readFileSync(join(LAMBDAS, file), 'utf8'))) {
        const text = literal.toLowerCase();
        for (const name of names) {
          const at = text.indexOf(name);
          const before = text[at - 1] ?? ' ';
          const after = text[at + name.length] ?? ' ';
          if (at >= 0 && !/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) found.push(`${file}: "${name}" in ${literal.slice(0, 80)}`);
        }
      }
    }

    // Assess
    expect(names.length).toBeGreaterThan(50);
    expect(files.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});
