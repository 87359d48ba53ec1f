#!/usr/bin/env node
// The benchmark's local API: a plain node:http server, run in its own process so its work never
// lands on the measured event loop. It answers `GET /api/v1/api-keys` (any query) with a fixed
// ~1 KB envelope, serialised once, so every contender gets identical bytes at identical cost.
//
// Started by bench/run.mjs with fork(): it reports `{ port }` over IPC. Run by hand, it prints
// `PORT=<n>` on stdout instead.
import { createServer } from 'node:http';

const KEY = (n, role) => ({
  id: `0b9e6a4c-7d1f-4c3a-9e2b-5f8d1c0a7b1${n}`,
  name: `bench key ${n}`,
  key_prefix: `raff_c0ffee0${n}`,
  scope: 'public',
  rate_limit_tier: 'standard',
  expires_at: null,
  last_used_at: '2025-11-20T08:15:00Z',
  is_active: true,
  role_id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  role_name: role,
  role_slug: role.toLowerCase(),
  project_accesses: [],
  created_at: '2025-06-01T12:00:00Z',
});

const BODY = Buffer.from(
  JSON.stringify({
    success: true,
    data: [KEY(1, 'Owner'), KEY(2, 'Admin'), KEY(3, 'Viewer')],
    total: 3,
  }),
);
const NOT_FOUND = Buffer.from(JSON.stringify({ error: 'Not Found', message: 'no such route' }));

let requests = 0;
// The headers of the last API request, so the harness can show what each contender sends.
let lastHeaders = {};

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?', 1)[0];
  if (path === '/__stats') {
    const stats = Buffer.from(JSON.stringify({ requests, lastHeaders }));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': stats.length });
    res.end(stats);
    return;
  }
  requests++;
  lastHeaders = req.headers;
  const ok = req.method === 'GET' && path === '/api/v1/api-keys';
  const body = ok ? BODY : NOT_FOUND;
  res.writeHead(ok ? 200 : 404, {
    'content-type': 'application/json',
    'content-length': body.length,
    'x-request-id': 'bench',
  });
  res.end(body);
});
// Longer than any benchmark phase: a server-side keep-alive close racing a client's reuse of the
// socket would show up as a rare ECONNRESET and a latency outlier.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;
server.maxRequestsPerSocket = 0;

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  if (process.send) process.send({ port, bodyBytes: BODY.length });
  else console.log(`PORT=${port} (body ${BODY.length} bytes)`);
});

// The parent going away (or closing the IPC channel) ends the server.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
