/**
 * Stand-in for `@smithy/core/event-streams` inside Lambda bundles (esbuild
 * alias, see infra/bundling.ts). The SDK's HTTP protocol loads it with a
 * dynamic import only for operations that stream events (Bedrock, Transcribe,
 * S3 SelectObjectContent...). DynamoDB has none, yet esbuild inlines the
 * module (about 20 KB minified). If an event-stream operation ever reaches
 * this, it fails with a message that says why.
 */
function notBundled(): never {
  throw new Error('event streams are not bundled into this Lambda (see lambdas/shims/aws-event-streams-off.ts and infra/bundling.ts)');
}

export class EventStreamSerde {
  constructor() {
    notBundled();
  }
}

export const eventStreamSerdeProvider = (): never => notBundled();
