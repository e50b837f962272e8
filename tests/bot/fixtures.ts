/** Loads the real-shaped Telegram update JSON under tests/fixtures/updates/. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/updates/', import.meta.url));

export type UpdateJson = Record<string, unknown> & { update_id: number };

export function loadUpdate(name: string): UpdateJson {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}${name}.json`, 'utf8')) as UpdateJson;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** The same update with a fresh update_id (so de-duplication does not swallow it). */
let nextId = 900_000_000;
export function withFreshId(update: UpdateJson): UpdateJson {
  return { ...structuredClone(update), update_id: ++nextId };
}
