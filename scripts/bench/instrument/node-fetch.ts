/**
 * Instrumented bench bundles only (esbuild alias for `node-fetch`, which
 * telegraf calls for every Bot API request): the deployed node-fetch, timed
 * by the await clock up to the parsed response body.
 *
 * `bench-deployed-node-fetch` is aliased (scripts/bench/bundles.ts) to
 * whatever the deployed bundle uses for `node-fetch`.
 */
// @ts-expect-error -- a bundle-time alias, not a package (node-fetch 2 ships no types); typed below.
import realModule from 'bench-deployed-node-fetch';
import { timedAwait } from './await-clock';

interface FetchResponse {
  json(): Promise<unknown>;
  text(): Promise<string>;
}
const realFetch = realModule as (input: unknown, init?: unknown) => Promise<FetchResponse>;

export async function fetch(input: unknown, init?: unknown) {
  const response = await timedAwait(() => realFetch(input, init));
  const json = response.json.bind(response);
  const text = response.text.bind(response);
  return Object.assign(response, { json: () => timedAwait(json), text: () => timedAwait(text) });
}

export default fetch;
