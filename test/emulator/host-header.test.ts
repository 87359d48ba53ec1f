// Issue 24, defect 8: DNS rebinding. A web page can point a name it controls at 127.0.0.1 and
// then reach the emulator's keyless endpoints on the CLI's predictable port from a browser; the
// browser sends that name as Host. The emulator answers only requests addressed to loopback (or
// to the host it was configured with, or named in allowedHosts), and 421 to any other Host.
import { request } from 'node:http';
import { connect } from 'node:net';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRaffEmulator, type RaffEmulator } from '../../src/testing/index.js';
import { startEmulator, type TestEmulator } from '../support/emulator.js';

/** GETs `path` from `emulator` with `Host: host` (or none), and what came back. */
function getWithHost(
  url: string,
  path: string,
  host: string | undefined,
): Promise<{ status: number; body: unknown }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        path,
        method: 'GET',
        setHost: host !== undefined,
        headers: host ? { host } : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : text }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the emulator and the Host header', () => {
  let emulator: TestEmulator;
  let port: string;
  beforeAll(async () => {
    emulator = await startEmulator();
    port = new URL(emulator.url).port;
  });

  it.each([
    'evil.example',
    'evil.example:4010',
    'localhost.evil.example',
    '127.0.0.1.nip.io',
    'attacker.test:PORT',
  ])('answers 421 to Host %s, before any handler runs', async (host) => {
    const before = emulator.exchanges.length;
    const answer = await getWithHost(
      emulator.url,
      '/api/v1/public/regions',
      host.replace('PORT', port),
    );
    expect(answer.status).toBe(421);
    expect(answer.body).toEqual({
      error: 'Misdirected Request',
      message: expect.stringContaining('Host'),
    });
    const [exchange] = emulator.exchanges.slice(before);
    expect(exchange).toMatchObject({ status: 421, template: undefined });
  });

  it('answers 421 to an HTTP/1.0 request without a Host header', async () => {
    // Node itself answers 400 to an HTTP/1.1 request without one; HTTP/1.0 may leave it out.
    const { hostname } = new URL(emulator.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write('GET /health HTTP/1.0\r\n\r\n'),
      );
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        received += chunk;
      });
      socket.on('error', reject);
      socket.on('end', () => resolve(received));
    });
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 421 Misdirected Request');
  });

  it.each([
    'localhost',
    'LOCALHOST:PORT',
    'localhost:PORT',
    '127.0.0.1',
    '127.0.0.1:PORT',
    '[::1]',
    '[::1]:PORT',
  ])('serves Host %s, a loopback name', async (host) => {
    const answer = await getWithHost(
      emulator.url,
      '/api/v1/public/regions',
      host.replace('PORT', port),
    );
    expect(answer.status).toBe(200);
  });
});

describe('an emulator reached by another name', () => {
  let emulator: RaffEmulator;
  beforeAll(async () => {
    emulator = await createRaffEmulator({
      allowedHosts: ['raff-emulator', 'CI-Emulator.internal'],
    });
  });
  afterAll(() => emulator.close());

  it.each(['raff-emulator:4010', 'raff-emulator', 'ci-emulator.internal:80'])(
    'serves Host %s when allowedHosts names it',
    async (host) => {
      expect((await getWithHost(emulator.url, '/health', host)).status).toBe(200);
    },
  );

  it('still answers 421 to other names', async () => {
    expect((await getWithHost(emulator.url, '/health', 'evil.example')).status).toBe(421);
  });
});

describe('an emulator listening on a configured host', () => {
  // 127.0.0.2 is loopback on Linux, but not a loopback *name*: only the configuration admits it.
  beforeAll(() => {
    nock.enableNetConnect((host) => /^(127\.0\.0\.[12]|localhost)(:|$)/.test(host));
  });
  afterAll(() => {
    nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));
  });

  it('serves requests addressed to that host', async () => {
    const emulator = await createRaffEmulator({ host: '127.0.0.2' });
    try {
      const { port } = new URL(emulator.url);
      expect((await getWithHost(emulator.url, '/health', `127.0.0.2:${port}`)).status).toBe(200);
      expect((await getWithHost(emulator.url, '/health', '127.0.0.3')).status).toBe(421);
    } finally {
      await emulator.close();
    }
  });
});
