/**
 * Stand-in for the `whatwg-url` package inside Lambda bundles (esbuild alias,
 * see infra/bundling.ts).
 *
 * node-fetch 2 (pulled in by telegraf) imports whatwg-url only as a fallback:
 * `const URL = Url.URL || whatwgUrl.URL`, and Node's own `url` module always
 * has `URL`. The real package drags in tr46 and its Unicode tables (about
 * 0.3 MB of bundle to parse on every cold start) for code that never runs.
 * Node's globals implement the same WHATWG URL standard.
 */
const shim = { URL: globalThis.URL, URLSearchParams: globalThis.URLSearchParams };

export const URL = shim.URL;
export const URLSearchParams = shim.URLSearchParams;
export default shim;
