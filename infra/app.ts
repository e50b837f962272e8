/**
 * CDK entry point (cdk.json: `npx tsx infra/app.ts`). Context keys and the
 * deploy guide: README.md, "Deploying to AWS".
 */
import { buildApp } from './build-app';

buildApp();
