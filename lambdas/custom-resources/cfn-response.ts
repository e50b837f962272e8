/**
 * The CloudFormation custom-resource protocol for a Lambda that CloudFormation
 * invokes directly (ServiceToken = the function's ARN): run the work, then PUT
 * the result to the pre-signed ResponseURL.
 *
 * Guarantees:
 * - exactly one response per invocation, whatever happens: a thrown error
 *   becomes FAILED with its message as the Reason (the reason CloudFormation
 *   shows, so the operator sees which claim in which file is wrong);
 * - a FAILED response shortly before the Lambda timeout, so a hung call never
 *   leaves the stack waiting for the custom resource's service timeout;
 * - the ResponseURL (a pre-signed credential) is never logged;
 * - if the response itself cannot be delivered, the invocation fails, and
 *   Lambda's asynchronous retry runs it again (both handlers are idempotent).
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { log } from './log';

export type RequestType = 'Create' | 'Update' | 'Delete';

export interface CustomResourceEvent {
  readonly RequestType: RequestType;
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly ResourceType: string;
  readonly LogicalResourceId: string;
  /** Absent on Create. */
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties: Record<string, unknown>;
  /** Present on Update. */
  readonly OldResourceProperties?: Record<string, unknown>;
}

export interface CustomResourceResult {
  readonly PhysicalResourceId: string;
  /** Attributes for Fn::GetAtt. CloudFormation caps the whole response at 4096 bytes. */
  readonly Data?: Record<string, string>;
}

export interface LambdaContextLike {
  getRemainingTimeInMillis(): number;
}

export interface CfnResponseBody {
  Status: 'SUCCESS' | 'FAILED';
  Reason?: string;
  PhysicalResourceId: string;
  StackId: string;
  RequestId: string;
  LogicalResourceId: string;
  NoEcho: false;
  Data?: Record<string, string>;
}

/** Margin before the Lambda timeout at which a still-running request is answered FAILED. */
const TIMEOUT_MARGIN_MS = 5_000;
const MAX_REASON_CHARS = 2_000;

export function putResponse(responseUrl: string, body: CfnResponseBody): Promise<void> {
  const payload = JSON.stringify(body);
  const url = new URL(responseUrl);
  const request = url.protocol === 'http:' ? httpRequest : httpsRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      // The pre-signed URL is signed without a content type: send an empty one, as cfn-response does.
      { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(payload) }, timeout: 10_000 },
      (res) => {
        res.resume();
        res.on('end', () => {
          if ((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300) resolve();
          else reject(new Error(`CloudFormation response was rejected with HTTP ${res.statusCode}`));
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('CloudFormation response timed out')));
    req.on('error', reject);
    req.end(payload);
  });
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.length > MAX_REASON_CHARS ? `${message.slice(0, MAX_REASON_CHARS)}… (truncated; see the function's log)` : message;
}

/**
 * Wraps `work` into a Lambda handler that speaks the custom-resource protocol.
 * `resource` names the handler in logs.
 */
export function customResourceHandler(
  resource: string,
  work: (event: CustomResourceEvent, context?: LambdaContextLike) => Promise<CustomResourceResult>,
): (event: CustomResourceEvent, context?: LambdaContextLike) => Promise<CfnResponseBody> {
  return async (event, context) => {
    const base = { StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, NoEcho: false as const };
    // On a failed Create there is no id yet; this one is stable, so the rollback's Delete finds it.
    const fallbackId = event.PhysicalResourceId ?? `${event.LogicalResourceId}-${event.RequestType.toLowerCase()}-failed`;
    log('info', `${resource}_request`, { requestType: event.RequestType, logicalResourceId: event.LogicalResourceId, physicalResourceId: event.PhysicalResourceId ?? null });

    let timer: NodeJS.Timeout | undefined;
    const budget = context ? context.getRemainingTimeInMillis() - TIMEOUT_MARGIN_MS : undefined;
    const deadline = new Promise<never>((_, reject) => {
      if (budget !== undefined) {
        timer = setTimeout(() => reject(new Error(`${resource} did not finish before the Lambda timeout`)), Math.max(budget, 1_000));
      }
    });

    let body: CfnResponseBody;
    try {
      const result = await Promise.race([work(event, context), deadline]);
      body = { ...base, Status: 'SUCCESS', PhysicalResourceId: result.PhysicalResourceId, ...(result.Data ? { Data: result.Data } : {}) };
      log('info', `${resource}_succeeded`, { requestType: event.RequestType, physicalResourceId: result.PhysicalResourceId, data: result.Data ?? {} });
    } catch (error) {
      body = { ...base, Status: 'FAILED', Reason: reasonOf(error), PhysicalResourceId: fallbackId };
      log('error', `${resource}_failed`, { requestType: event.RequestType, reason: body.Reason });
    } finally {
      clearTimeout(timer);
    }
    await putResponse(event.ResponseURL, body);
    return body;
  };
}
