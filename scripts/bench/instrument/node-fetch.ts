/**
 * Instrumented bench bundles only (esbuild alias for `node-fetch`, which
 * telegraf calls for every Bot API request): the deployed fetch shim, timed
 * by the await clock up to the parsed response body.
 */
import { fetch as realFetch, type FetchInit } from '../../../lambdas/shims/node-http-fetch';
import { timedAwait } from './await-clock';

export async function fetch(input: string | URL | { href: string }, init?: FetchInit) {
  const response = await timedAwait(() => realFetch(input, init));
  const json = response.json.bind(response);
  const text = response.text.bind(response);
  return Object.assign(response, { json: () => timedAwait(json), text: () => timedAwait(text) });
}

export default fetch;
