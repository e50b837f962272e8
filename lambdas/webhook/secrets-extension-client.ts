/**
 * Reads Secrets Manager secrets through the AWS Parameters and Secrets Lambda
 * Extension (a layer serving GET /secretsmanager/get on localhost). This keeps
 * a second AWS SDK client out of the bundle and off the cold start; the
 * extension also caches the value.
 *
 * The request goes through node:http, not the global fetch: on a cold start
 * the first call of Node's fetch loads undici, which measured as most of the
 * gap between our cold start and the naive baseline (npm run bench).
 */
import { request } from 'node:http';

export class SecretFetchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SecretFetchError';
  }
}

export interface SecretsExtensionOptions {
  readonly port: number;
  /** $AWS_SESSION_TOKEN; the extension rejects requests without it. */
  readonly sessionToken: string | undefined;
  /** Defaults to a plain node:http GET; tests may pass the global fetch. */
  readonly fetch?: LocalFetch;
  /** Per attempt. */
  readonly timeoutMs?: number;
  /** The extension may still be starting on the first call of a cold start. */
  readonly attempts?: number;
}

interface LocalResponse {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}
type LocalFetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<LocalResponse>;

/** A GET over node:http that answers with the little of fetch's Response this client reads. */
const httpGet: LocalFetch = (url, init) =>
  new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: init.headers, signal: init.signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', reject);
      res.once('end', () => {
        const status = res.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ ok: status >= 200 && status < 300, status, json: async () => JSON.parse(text) as unknown });
      });
    });
    req.once('error', reject);
    req.end();
  });

/** Keys tried when a secret holds a JSON object instead of the bare value. */
const VALUE_KEYS = ['token', 'botToken', 'secretToken', 'secret', 'value'] as const;

/** The secret's value: the bare SecretString, or one well-known key of a JSON SecretString. */
export function secretValue(secretString: string): string {
  const trimmed = secretString.trim();
  if (trimmed.startsWith('{')) {
    try {
      const obj = JSON.parse(trimmed) as Record<string, unknown>;
      for (const key of VALUE_KEYS) {
        const v = obj[key];
        if (typeof v === 'string' && v.length > 0) return v;
      }
    } catch {
      // Not JSON after all: the string itself is the value.
    }
  }
  return trimmed;
}

export interface SecretVersion {
  readonly value: string;
  /** When this version was stored (epoch ms), if the extension said. */
  readonly createdAt: number | undefined;
}

/** GetSecretValue's CreatedDate as the extension passes it on: epoch seconds, or an ISO date. */
function createdAtOf(raw: unknown): number | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw * 1000;
  if (typeof raw === 'string') {
    const ms = Date.parse(raw);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

export async function getSecretViaExtension(secretId: string, options: SecretsExtensionOptions): Promise<string> {
  return (await getSecretVersionViaExtension(secretId, options)).value;
}

/**
 * A secret's value and the time its version was stored. `versionStage` (default AWSCURRENT) reads another
 * version: AWSPREVIOUS is the value a PutSecretValue replaced.
 */
export async function getSecretVersionViaExtension(secretId: string, options: SecretsExtensionOptions, versionStage?: string): Promise<SecretVersion> {
  const doFetch = options.fetch ?? httpGet;
  const attempts = Math.max(1, options.attempts ?? 3);
  const stage = versionStage ? `&versionStage=${encodeURIComponent(versionStage)}` : '';
  const url = `http://localhost:${options.port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}${stage}`;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await doFetch(url, {
        headers: { 'X-Aws-Parameters-Secrets-Token': options.sessionToken ?? '' },
        signal: AbortSignal.timeout(options.timeoutMs ?? 2_000),
      });
      if (!res.ok) {
        // 4xx (unknown secret, no value stored yet, no permission) will not fix itself on retry.
        const error = new SecretFetchError(`secret ${secretId}: extension answered HTTP ${res.status}`);
        if (res.status < 500) throw error;
        lastError = error;
      } else {
        const body = (await res.json()) as { SecretString?: unknown; CreatedDate?: unknown };
        if (typeof body.SecretString !== 'string' || body.SecretString.trim().length === 0) {
          throw new SecretFetchError(`secret ${secretId} has no SecretString value (has it been set?)`);
        }
        return { value: secretValue(body.SecretString), createdAt: createdAtOf(body.CreatedDate) };
      }
    } catch (err) {
      if (err instanceof SecretFetchError) throw err;
      lastError = err;
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
  throw new SecretFetchError(`secret ${secretId}: the secrets extension is unreachable`, { cause: lastError });
}
