import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { customResourceHandler } from '../../lambdas/custom-resources/cfn-response';
import { cfnEvent, lambdaContext, startResponseRecorder, type ResponseRecorder } from './cfn-test-kit';

describe('custom-resource response protocol', () => {
  let recorder: ResponseRecorder;

  beforeAll(async () => {
    recorder = await startResponseRecorder();
  });
  afterAll(async () => {
    await recorder.close();
  });
  beforeEach(() => {
    vi.stubEnv('LOG_LEVEL', 'silent');
  });

  it('PUTs SUCCESS with the physical id and data to the ResponseURL, echoing the request ids', async () => {
    const handler = customResourceHandler('test', async () => ({ PhysicalResourceId: 'thing-1', Data: { Answer: '42' } }));
    const event = cfnEvent(recorder, 'Create', { A: '1' });
    const body = await handler(event, lambdaContext());
    const received = recorder.responses.find((r) => event.ResponseURL.endsWith(r.path))!;
    expect(received.body).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: 'thing-1',
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: event.LogicalResourceId,
      NoEcho: false,
      Data: { Answer: '42' },
    });
    expect(body).toEqual(received.body);
  });

  it('turns a thrown error into FAILED with the message as the reason, keeping the existing physical id', async () => {
    const handler = customResourceHandler('test', async () => {
      throw new TypeError('claims/001.json, claim "x", field "excerpt": is not found verbatim');
    });
    const body = await handler(cfnEvent(recorder, 'Update', {}, { physicalResourceId: 'existing-id' }), lambdaContext());
    expect(body).toMatchObject({ Status: 'FAILED', PhysicalResourceId: 'existing-id', Reason: 'TypeError: claims/001.json, claim "x", field "excerpt": is not found verbatim' });
  });

  it('gives a failed Create a stable physical id, so the rollback Delete can find it', async () => {
    const handler = customResourceHandler('test', async () => Promise.reject(new Error('nope')));
    const body = await handler(cfnEvent(recorder, 'Create', {}, { logicalId: 'ClaimsSeed' }), lambdaContext());
    expect(body).toMatchObject({ Status: 'FAILED', PhysicalResourceId: 'ClaimsSeed-create-failed' });
  });

  it('truncates a huge reason so the response stays under CloudFormation\'s 4 KB limit', async () => {
    const handler = customResourceHandler('test', async () => Promise.reject(new Error('x'.repeat(10_000))));
    const body = await handler(cfnEvent(recorder, 'Create', {}), lambdaContext());
    expect(JSON.stringify(body).length).toBeLessThan(4096);
    expect(body.Reason).toContain('truncated');
  });

  it('answers FAILED before the Lambda timeout when the work hangs', async () => {
    const handler = customResourceHandler('test', () => new Promise(() => undefined));
    const started = Date.now();
    // 5 s margin: with 6 s left the handler gives up after about 1 s.
    const body = await handler(cfnEvent(recorder, 'Create', {}), lambdaContext(6_000));
    expect(body).toMatchObject({ Status: 'FAILED', Reason: 'Error: test did not finish before the Lambda timeout' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('fails the invocation when CloudFormation rejects the response, so Lambda\'s retry sends it again', async () => {
    const handler = customResourceHandler('test', async () => ({ PhysicalResourceId: 'p' }));
    recorder.failNext(403);
    await expect(handler(cfnEvent(recorder, 'Create', {}), lambdaContext())).rejects.toThrow('HTTP 403');
  });
});
