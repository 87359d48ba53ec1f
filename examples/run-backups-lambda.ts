/**
 * Runs examples/backups-lambda.ts against the local emulator, as a Lambda would run it: a key
 * scoped to Member + Operator on customer1, RAFF_* variables in the environment, a deadline.
 * The emulator's clock runs 600 times as fast as real time, so a backup is ready in 0.1 s.
 * `npm run example:lambda`.
 */
import { RaffClient } from '@raff/sdk';
import { createRaffEmulator } from '@raff/sdk/testing';

const emulator = await createRaffEmulator({ speed: 600 });
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
  // The seeded backup of api-01 is 5 days old: past this limit, so Operator's refusal shows.
  process.env.BACKUP_MAX_AGE_DAYS = '3';

  const { handler } = await import('./backups-lambda.js');
  const deadline = Date.now() + 30_000;
  const summary = await handler({}, { getRemainingTimeInMillis: () => deadline - Date.now() });
  console.log(JSON.stringify(summary, null, 2));
  if (summary.failed.length > 0 || summary.backedUp.length === 0) process.exitCode = 1;
} finally {
  await emulator.close();
}
