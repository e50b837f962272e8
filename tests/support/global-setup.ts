/**
 * Starts one DynamoDB Local for the whole test run and stops it afterwards.
 * Test files get the endpoint with `inject('dynamodbEndpoint')` and create
 * their own uniquely named tables, so files can run in parallel.
 */
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../scripts/lib/dynamodb-local';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await startDynamoDbLocal();
  project.provide('dynamodbEndpoint', db.endpoint);
  return async () => {
    await db.stop();
  };
}
