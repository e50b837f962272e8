/**
 * CDK entry point (cdk.json: `npx tsx infra/app.ts`). Context keys and the
 * deploy guide: infra/README.md.
 */
import { buildApp } from './build-app';

buildApp();
