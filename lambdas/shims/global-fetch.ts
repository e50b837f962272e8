/**
 * Injected into Lambda bundles (esbuild `inject`, see infra/bundling.ts): every
 * free reference to the global `fetch` in bundled code resolves to this export
 * instead. On Node 20 the first call of the global fetch loads and compiles
 * undici (~25 ms of a cold start, measured by `npm run bench`); the handler
 * makes exactly one kind of fetch call, a localhost GET to the secrets
 * extension, which node:http serves for a fraction of that.
 */
export { fetch } from './node-http-fetch';
