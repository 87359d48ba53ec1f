/**
 * Runs examples/backups-lambda.ts against the local emulator, as a Lambda would run it: a key
 * scoped to Member + Operator on customer1, RAFF_* variables in the environment, a deadline.
 * `npm run example:lambda`.
 */
import { RaffClient } from '@raff/sdk';
import { createRaffEmulator } from '@raff/sdk/testing';

const emulator = await createRaffEmulator();
try {
  const owner = new RaffClient({
    apiKey: emulator.ownerKey,
    baseUrl: emulator.url,
    logLevel: 'off',
  });
  const key = await owner.apiKeys.create({
    name: 'Backups Lambda',
    role: 'member',
    projects: [emulator.projects.customer1.id],
    project_role: 'operator',
    expires_in: '90d',
  });
  process.env.RAFF_API_KEY = key.secret;
  process.env.RAFF_PROJECT_ID = emulator.projects.customer1.id;
  process.env.RAFF_API_URL = emulator.url;

  const { handler } = await import('./backups-lambda.js');
  const deadline = Date.now() + 30_000;
  const report = await handler({}, { getRemainingTimeInMillis: () => deadline - Date.now() });
  console.log(JSON.stringify(report, null, 2));
  if (report.failed.length > 0 || report.started.length === 0) process.exitCode = 1;
} finally {
  await emulator.close();
}
