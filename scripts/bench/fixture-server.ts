/**
 * The loopback fixtures the benchmarked handler talks to, in their own process
 * (forked by fixtures.ts) so that none of their work lands on the measured
 * process's event loop:
 * - the recording fake Bot API (tests/support/fake-bot-api.ts);
 * - a fake AWS Parameters and Secrets Lambda Extension;
 * - a recording DynamoDB proxy (dynamodb-proxy.ts) in front of DynamoDB Local.
 *
 * Commands arrive over IPC; every reply carries the command's id.
 */
import { startFakeBotApi } from '../../tests/support/fake-bot-api';
import { startFakeSecretsExtension } from '../../tests/webhook/support/fake-secrets-extension';
import { startDynamoDbProxy, type DynamoDbProxy } from './dynamodb-proxy';

export type FixtureCommand =
  | { id: number; type: 'start'; sessionToken: string; secrets: Record<string, string>; dynamodbEndpoint: string }
  | { id: number; type: 'retarget'; dynamodbEndpoint: string }
  | { id: number; type: 'telegram-calls' }
  | { id: number; type: 'dynamodb-requests' }
  | { id: number; type: 'reset' }
  | { id: number; type: 'stop' };

async function main(): Promise<void> {
  const api = await startFakeBotApi();
  let extension: Awaited<ReturnType<typeof startFakeSecretsExtension>> | undefined;
  let proxy: DynamoDbProxy | undefined;
  const reply = (id: number, value: unknown) => process.send?.({ id, value });

  process.on('message', (message: FixtureCommand) => {
    void (async () => {
      switch (message.type) {
        case 'start':
          extension = await startFakeSecretsExtension(message.sessionToken, message.secrets);
          proxy = await startDynamoDbProxy(message.dynamodbEndpoint);
          reply(message.id, { apiRoot: api.apiRoot, extensionPort: extension.port, proxyEndpoint: proxy.endpoint });
          break;
        case 'retarget':
          await proxy?.close();
          proxy = await startDynamoDbProxy(message.dynamodbEndpoint);
          reply(message.id, { proxyEndpoint: proxy.endpoint });
          break;
        case 'telegram-calls':
          reply(message.id, api.calls.map((c) => ({ method: c.method, body: c.body })));
          break;
        case 'dynamodb-requests':
          reply(message.id, proxy?.requests ?? []);
          break;
        case 'reset':
          api.reset();
          if (proxy) proxy.requests.length = 0;
          reply(message.id, true);
          break;
        case 'stop':
          await Promise.all([api.close(), extension?.close(), proxy?.close()]);
          reply(message.id, true);
          process.exit(0);
      }
    })().catch((error: unknown) => {
      process.send?.({ id: message.id, error: String(error) });
    });
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ id: 0, value: 'ready' });
}

void main();
