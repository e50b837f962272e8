import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupKeysForClaim } from '../../lambdas/core/claims/lookup-keys';
import { loadDataset } from '../../lambdas/core/dataset/load-dataset';
import { createSeedClaimsHandler } from '../../lambdas/custom-resources/seed-claims';
import { hashDataDir } from '../../lambdas/custom-resources/data-hash';
import { createClaimsTableFixture, type ClaimsTableFixture } from '../support/claims-table-fixture';
import { FIRST_CLAIMS_FILE, copyDataDir, type DataDirCopy } from '../support/data-dir-copy';
import { cfnEvent, lambdaContext, startResponseRecorder, type ResponseRecorder } from './cfn-test-kit';

/** The whole table, sorted, to compare before and after (a Scan is fine in a test). */
async function snapshot(fixture: ClaimsTableFixture): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await fixture.docClient.send(new ScanCommand({ TableName: fixture.tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => `${String(a.pk)}|${String(a.sk)}`.localeCompare(`${String(b.pk)}|${String(b.sk)}`));
}

describe('claims seed custom resource, against DynamoDB Local', () => {
  let recorder: ResponseRecorder;
  let fixture: ClaimsTableFixture;
  let data: DataDirCopy;
  let handler: ReturnType<typeof createSeedClaimsHandler>;

  const props = () => ({ TableName: fixture.tableName, DataHash: hashDataDir(data.dir) });
  const physicalId = () => `claims-seed:${fixture.tableName}`;

  beforeAll(async () => {
    recorder = await startResponseRecorder();
  });
  afterAll(async () => {
    await recorder.close();
  });
  beforeEach(async () => {
    vi.stubEnv('LOG_LEVEL', 'silent');
    fixture = await createClaimsTableFixture();
    data = copyDataDir();
    handler = createSeedClaimsHandler({ client: fixture.docClient, dataDir: data.dir });
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    data.remove();
    await fixture.drop();
  });

  it('Create loads every claim and source and reports the counts to CloudFormation', async () => {
    // Prepare
    const dataset = await loadDataset(data.dir);
    const event = cfnEvent(recorder, 'Create', props());

    // Act
    const body = await handler(event, lambdaContext());

    // Assess
    expect(body).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: physicalId(), RequestId: event.RequestId, LogicalResourceId: 'TestResource' });
    expect(body.Data).toMatchObject({ Added: String(dataset.claims.length), Changed: '0', Removed: '0', Unchanged: '0', DataHash: props().DataHash });
    expect(body.Data?.Summary).toBe(`claims: ${dataset.claims.length} added, 0 changed, 0 removed, 0 unchanged; sources: ${dataset.sources.length} added, 0 changed, 0 removed`);
    // What CloudFormation received is what the handler returned, PUT with an empty content type.
    const received = recorder.responses.find((r) => event.ResponseURL.endsWith(r.path));
    expect(received?.body).toEqual(body);
    expect(received?.contentType ?? '').toBe('');
    // The store answers from the seeded table.
    const sources = await fixture.store.listSources();
    expect(sources.map((s) => s.id).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
  });

  it('Update with changed data rewrites only the changed claim; unchanged data writes nothing', async () => {
    // Prepare
    await handler(cfnEvent(recorder, 'Create', props()), lambdaContext());
    const before = await snapshot(fixture);
    const unchanged = await handler(cfnEvent(recorder, 'Update', props(), { physicalResourceId: physicalId(), oldProperties: props() }), lambdaContext());
    const afterUnchanged = await snapshot(fixture);
    const oldProps = props();
    let changedId = '';
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      const claim = doc.claims[0]!;
      changedId = String(claim.id);
      claim.text = `${String(claim.text)} (reworded)`;
    });

    // Act
    const body = await handler(cfnEvent(recorder, 'Update', props(), { physicalResourceId: physicalId(), oldProperties: oldProps }), lambdaContext());

    // Assess
    expect(unchanged.Data).toMatchObject({ Added: '0', Changed: '0', Removed: '0' });
    expect(afterUnchanged).toEqual(before);
    expect(body).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: physicalId() });
    expect(body.Data).toMatchObject({ Added: '0', Changed: '1', Removed: '0' });
    const reread = await loadDataset(data.dir);
    const claim = reread.claims.find((c) => c.id === changedId);
    expect(claim).toBeDefined();
    const found = await fixture.store.findByLookupKeys(lookupKeysForClaim(claim!, reread.knowledge).slice(0, 3));
    expect(found.find((c) => c.id === changedId)?.text).toMatch(/\(reworded\)$/);
  });

  it('Update with a claim removed from data/ deletes it and all its index items', async () => {
    // Prepare
    await handler(cfnEvent(recorder, 'Create', props()), lambdaContext());
    const oldProps = props();
    let removedId = '';
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      removedId = String(doc.claims[0]!.id);
      doc.claims = doc.claims.slice(1);
    });
    data.pruneTranslations();

    // Act
    const body = await handler(cfnEvent(recorder, 'Update', props(), { physicalResourceId: physicalId(), oldProperties: oldProps }), lambdaContext());

    // Assess
    expect(body).toMatchObject({ Status: 'SUCCESS' });
    expect(body.Data).toMatchObject({ Added: '0', Changed: '0', Removed: '1' });
    const leftovers = (await snapshot(fixture)).filter((item) => JSON.stringify(item).includes(removedId));
    expect(leftovers).toEqual([]);
  });

  it('invalid data fails the resource with the file, claim and field named, and leaves the table untouched', async () => {
    // Prepare
    await handler(cfnEvent(recorder, 'Create', props()), lambdaContext());
    const before = await snapshot(fixture);
    const oldProps = props();
    let brokenId = '';
    data.editClaims(FIRST_CLAIMS_FILE, (doc) => {
      const claim = doc.claims[1]!;
      brokenId = String(claim.id);
      claim.excerpt = 'A sentence that appears in no article at all.';
    });

    // Act
    const body = await handler(cfnEvent(recorder, 'Update', props(), { physicalResourceId: physicalId(), oldProperties: oldProps }), lambdaContext());

    // Assess
    expect(body.Status).toBe('FAILED');
    expect(body.PhysicalResourceId).toBe(physicalId());
    expect(body.Reason).toContain('DatasetValidationError');
    expect(body.Reason).toContain(FIRST_CLAIMS_FILE);
    expect(body.Reason).toContain(`claim "${brokenId}"`);
    expect(body.Reason).toContain('field "excerpt"');
    expect(await snapshot(fixture)).toEqual(before);
  });

  it('a failed Create (invalid data) writes nothing, and the rollback Delete succeeds', async () => {
    // Prepare
    data.writeText('sources.json', '{ not json');
    const create = cfnEvent(recorder, 'Create', props());

    // Act
    const failed = await handler(create, lambdaContext());
    const rollback = await handler(cfnEvent(recorder, 'Delete', props(), { physicalResourceId: failed.PhysicalResourceId }), lambdaContext());

    // Assess
    expect(failed.Status).toBe('FAILED');
    expect(failed.Reason).toContain('sources.json');
    expect(rollback).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: failed.PhysicalResourceId });
    expect(await snapshot(fixture)).toEqual([]);
  });

  it('a rollback asking for a data version this bundle does not carry leaves the table as it is', async () => {
    // Prepare
    await handler(cfnEvent(recorder, 'Create', props()), lambdaContext());
    const before = await snapshot(fixture);
    const otherVersion = { TableName: fixture.tableName, DataHash: 'f'.repeat(64) };

    // Act
    const body = await handler(cfnEvent(recorder, 'Update', otherVersion, { physicalResourceId: physicalId(), oldProperties: props() }), lambdaContext());

    // Assess
    expect(body.Status).toBe('SUCCESS');
    expect(body.Data?.Summary).toMatch(/^skipped: rollback/);
    expect(await snapshot(fixture)).toEqual(before);
  });

  it('a Create whose bundle does not carry the requested data fails (the stack and the bundle disagree)', async () => {
    const body = await handler(cfnEvent(recorder, 'Create', { TableName: fixture.tableName, DataHash: '0'.repeat(64) }), lambdaContext());
    expect(body.Status).toBe('FAILED');
    expect(body.Reason).toContain('is not the data/ this stack was synthesized with');
    expect(await snapshot(fixture)).toEqual([]);
  });

  it('Delete leaves the claims in place (the table\'s removal policy decides)', async () => {
    await handler(cfnEvent(recorder, 'Create', props()), lambdaContext());
    const before = await snapshot(fixture);
    const body = await handler(cfnEvent(recorder, 'Delete', props(), { physicalResourceId: physicalId() }), lambdaContext());
    expect(body).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: physicalId() });
    expect(await snapshot(fixture)).toEqual(before);
  });

  it('malformed properties fail the resource without touching the table', async () => {
    const body = await handler(cfnEvent(recorder, 'Create', { TableName: fixture.tableName }), lambdaContext());
    expect(body.Status).toBe('FAILED');
    expect(body.Reason).toContain('DataHash');
    expect(await snapshot(fixture)).toEqual([]);
  });
});
