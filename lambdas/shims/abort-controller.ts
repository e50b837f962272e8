/**
 * Stand-in for the `abort-controller` polyfill inside Lambda bundles (esbuild
 * alias, see infra/bundling.ts). telegraf's long-polling loop imports it (with
 * event-target-shim, 8 KB minified); every Node.js Lambda runtime has both
 * classes built in.
 */
export const AbortController = globalThis.AbortController;
export const AbortSignal = globalThis.AbortSignal;
export default globalThis.AbortController;
