/**
 * Stand-in for the `debug` package inside Lambda bundles (esbuild alias, see
 * infra/bundling.ts). telegraf logs through `debug`, and with
 * DEBUG=telegraf:* its webhook filter prints the expected secret token
 * (docs: /work/shared/PITFALLS.md). In the deployed bot that output can never
 * be switched on, and `debug`, `ms` and `supports-color` (10 KB minified)
 * leave the cold start. The bot logs through its own structured logger.
 *
 * CommonJS on purpose: telegraf calls both `require('debug')('ns')` and
 * `require('debug').default('ns')`.
 */
/* global module */
'use strict';

function noop() {}

function createDebug(namespace) {
  const logger = function debugOff() {};
  logger.namespace = String(namespace);
  logger.enabled = false;
  logger.log = noop;
  logger.destroy = () => false;
  logger.extend = (sub, delimiter) => createDebug(`${logger.namespace}${delimiter === undefined ? ':' : delimiter}${sub}`);
  return logger;
}

createDebug.enable = noop;
createDebug.disable = () => '';
createDebug.enabled = () => false;
createDebug.log = noop;
createDebug.formatters = {};
createDebug.names = [];
createDebug.skips = [];
createDebug.default = createDebug;
createDebug.debug = createDebug;

module.exports = createDebug;
