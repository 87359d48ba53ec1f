import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRaffEmulator, type RaffEmulator } from '../../src/testing/index.js';

let emulator: RaffEmulator;
beforeAll(async () => {
  emulator = await createRaffEmulator();
});
afterAll(() => emulator.close());

/** Sends raw bytes and returns the status line, the headers (lower-case names) and the body. */
function rawRequest(
  head: string,
): Promise<{ status: string; headers: Map<string, string>; body: string; all: string }> {
  const { hostname, port } = new URL(emulator.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', reject);
    socket.on('end', () => {
      const [top = '', rest = ''] = received.split('\r\n\r\n');
      const [status = '', ...lines] = top.split('\r\n');
      const headers = new Map(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      const body = rest.slice(0, Number(headers.get('content-length') ?? rest.length));
      resolve({ status, headers, body, all: received });
    });
  });
}

describe('the emulator and request targets that are not URLs', () => {
  it.each([
    'http://[/api/v1/vms',
    'http://[::1/api/v1/vms',
    '//host:99999/api/v1/vms',
    'http://%zz/api/v1/vms',
  ])('answers 400 in Raff’s error shape, not 500, to GET %s', async (target) => {
    const answer = await rawRequest(
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: ${emulator.ownerKey}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe('HTTP/1.1 400 Bad Request');
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'Bad Request',
      message: 'The request target is not a valid URL',
    });
  });

  it('reads the body of such a request and answers the next request on the connection', async () => {
    const body = '{"name":"x"}';
    const answer = await rawRequest(
      `POST http://[/api/v1/roles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}` +
        `GET /api/v1/roles HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: ${emulator.ownerKey}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe('HTTP/1.1 400 Bad Request');
    const statusLines = answer.all.match(/HTTP\/1\.1 \d{3} [A-Za-z ]+(?=\r\n)/g);
    expect(statusLines).toEqual(['HTTP/1.1 400 Bad Request', 'HTTP/1.1 200 OK']);
  });
});
