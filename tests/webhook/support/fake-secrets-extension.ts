/**
 * A stand-in for the AWS Parameters and Secrets Lambda Extension: serves
 * GET /secretsmanager/get?secretId=… on 127.0.0.1 and checks the session-token
 * header the way the real extension does.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSecretsExtension {
  readonly port: number;
  readonly requests: Array<{ secretId: string | null; token: string | undefined; versionStage?: string }>;
  /** Secret id → SecretString; a missing id answers 400 like ResourceNotFound. */
  readonly secrets: Map<string, string>;
  /**
   * `${secretId}@${stage}` (AWSCURRENT, AWSPREVIOUS) → a version with its CreatedDate (epoch seconds, as
   * GetSecretValue gives it). Takes precedence over `secrets`; a stage not here and not AWSCURRENT answers 400.
   */
  readonly stages: Map<string, { value: string; createdDate?: number }>;
  /** Next responses are HTTP 500 while > 0. */
  failNext: number;
  close(): Promise<void>;
}

export async function startFakeSecretsExtension(sessionToken: string, secrets: Record<string, string>): Promise<FakeSecretsExtension> {
  const state = {
    requests: [] as FakeSecretsExtension['requests'],
    secrets: new Map(Object.entries(secrets)),
    stages: new Map<string, { value: string; createdDate?: number }>(),
    failNext: 0,
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const token = req.headers['x-aws-parameters-secrets-token'];
    const secretId = url.searchParams.get('secretId');
    const versionStage = url.searchParams.get('versionStage') ?? undefined;
    state.requests.push({ secretId, token: typeof token === 'string' ? token : undefined, ...(versionStage ? { versionStage } : {}) });
    if (state.failNext > 0) {
      state.failNext -= 1;
      res.writeHead(500).end('internal error');
      return;
    }
    if (url.pathname !== '/secretsmanager/get' || token !== sessionToken) {
      res.writeHead(401).end('unauthorized');
      return;
    }
    const stage = versionStage ?? 'AWSCURRENT';
    const version = secretId === null ? undefined : state.stages.get(`${secretId}@${stage}`);
    const value = version?.value ?? (secretId === null || stage !== 'AWSCURRENT' ? undefined : state.secrets.get(secretId));
    if (value === undefined) {
      res.writeHead(400).end('ResourceNotFoundException');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        ARN: `arn:aws:secretsmanager:eu-west-1:123456789012:secret:${secretId}`,
        Name: secretId,
        SecretString: value,
        VersionStages: [stage],
        ...(version?.createdDate !== undefined ? { CreatedDate: version.createdDate } : {}),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
