/**
 * Finds the stack's bot-token secret and reads secrets with the SDK, for the
 * operator scripts. The secret is the one named by --secret-id, else the
 * botTokenSecretName setting, else the secret CloudFormation created in this
 * stack (found by the tags CloudFormation puts on every resource it creates).
 */
import { GetSecretValueCommand, ListSecretsCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { secretValue } from '../../lambdas/webhook/secrets-extension-client';

export async function findStackSecret(secrets: SecretsManagerClient, stackName: string, logicalIdPrefix: string): Promise<string> {
  const found: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await secrets.send(
      new ListSecretsCommand({
        Filters: [
          { Key: 'tag-key', Values: ['aws:cloudformation:stack-name'] },
          { Key: 'tag-value', Values: [stackName] },
        ],
        ...(NextToken ? { NextToken } : {}),
      }),
    );
    for (const entry of page.SecretList ?? []) {
      const tags = new Map((entry.Tags ?? []).map((t) => [t.Key, t.Value]));
      if (tags.get('aws:cloudformation:stack-name') === stackName && (tags.get('aws:cloudformation:logical-id') ?? '').startsWith(logicalIdPrefix) && entry.ARN) found.push(entry.ARN);
    }
    NextToken = page.NextToken;
  } while (NextToken);
  if (found.length === 1) return found[0]!;
  throw new Error(
    found.length === 0
      ? `no ${logicalIdPrefix} secret of stack ${stackName} in this account and region (deploy the stack first, check AWS_REGION, or pass --secret-id <the ${logicalIdPrefix}Name output>)`
      : `${found.length} ${logicalIdPrefix} secrets carry stack ${stackName}'s tags; pass --secret-id <the ${logicalIdPrefix}Name output>`,
  );
}

/** The value of a secret (bare, or a JSON object's well-known key), or null when it holds none. */
export async function readSecretValue(secrets: SecretsManagerClient, secretId: string, versionStage?: string): Promise<string | null> {
  const out = await secrets.send(new GetSecretValueCommand({ SecretId: secretId, ...(versionStage ? { VersionStage: versionStage } : {}) }));
  const text = out.SecretString?.trim();
  return text ? secretValue(text) : null;
}
