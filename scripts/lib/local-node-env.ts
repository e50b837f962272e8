/**
 * The local tools run on Node 20 on purpose (the Lambdas run on Node 22+), so
 * the SDK's "upgrade to Node 22" warning on every run is noise for a user of
 * `npm start` or `npm run ask`. Imported for its side effect, before the SDK.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
