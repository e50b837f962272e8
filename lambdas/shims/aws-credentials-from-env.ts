/**
 * Stand-in for `@aws-sdk/credential-provider-node` inside Lambda bundles
 * (esbuild alias, see infra/bundling.ts).
 *
 * The SDK's default chain tries, in order: environment variables, SSO, the
 * shared ini files (with STS assume-role), credential_process, web identity,
 * then the ECS/EC2 metadata endpoints. Bundled, that is about 100 KB of
 * minified code (nested STS/SSO/OIDC/sign-in clients, the XML protocol for
 * STS, the IMDS client) that every cold start has to parse.
 *
 * In Lambda the first link always wins: the runtime puts the execution role's
 * credentials into AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN before our code runs, and the real chain then memoizes
 * them for the life of the sandbox. This shim does exactly that and nothing
 * else. Anything that is not a Lambda (scripts, tests, the CLI) is bundled or
 * run without this alias and keeps the full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { AwsCredentialIdentity } from '@smithy/types';

type Init = Parameters<typeof fromEnv>[0];

/** Same signature as the real `defaultProvider`: env-var credentials, memoized while they are valid. */
export const defaultProvider = (init: Init = {}) => {
  const load = fromEnv(init);
  let cached: Promise<AwsCredentialIdentity> | undefined;
  return async (options?: { forceRefresh?: boolean }): Promise<AwsCredentialIdentity> => {
    if (!cached || options?.forceRefresh) {
      cached = load();
      // A failure is not memoized: the next call tries the environment again.
      cached.catch(() => (cached = undefined));
    } else {
      const credentials = await cached;
      if (credentialsTreatedAsExpired(credentials)) cached = load();
    }
    return cached;
  };
};

export const credentialsWillNeedRefresh = (credentials: AwsCredentialIdentity | undefined): boolean => credentials?.expiration !== undefined;

export const credentialsTreatedAsExpired = (credentials: AwsCredentialIdentity | undefined): boolean =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
