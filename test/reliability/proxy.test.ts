// The SDK through an HTTP forward proxy, the way docs/proxies.md shows it: the client's `fetch`
// option passes undici's ProxyAgent as the dispatcher. A real proxy on loopback forwards to a real
// emulator and records what went through it.
import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import nock from 'nock';
import { type Dispatcher, EnvHttpProxyAgent, ProxyAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { RaffClient } from '../../src/index.js';
import { startEmulator } from '../support/emulator.js';

interface ForwardProxy {
  readonly url: string;
  /** `CONNECT host:port` for tunnels, `METHOD absolute-url` for forwarded requests. */
  readonly seen: string[];
  /** The `Proxy-Authorization` header of each request or tunnel, if any. */
  readonly credentials: (string | undefined)[];
  close(): Promise<void>;
}

/** A minimal forward proxy: CONNECT tunnels and absolute-form HTTP requests, nothing else. */
async function startForwardProxy(): Promise<ForwardProxy> {
  const seen: string[] = [];
  const credentials: (string | undefined)[] = [];
  const sockets = new Set<Socket>();
  const record = (req: IncomingMessage, what: string) => {
    seen.push(what);
    credentials.push(req.headers['proxy-authorization']);
  };
  const server = createServer((req, res) => {
    record(req, `${req.method} ${req.url}`);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest(req.url ?? '', { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    record(req, `CONNECT ${req.url}`);
    const { hostname, port } = new URL(`http://${req.url}`);
    const upstream = connect(Number(port), hostname, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    credentials,
    async close() {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(makeAgent: (proxyUrl: string) => Dispatcher = (uri) => new ProxyAgent(uri)) {
  // Loopback only: the proxy and the emulator both listen on 127.0.0.1.
  nock.enableNetConnect('127.0.0.1');
  const emulator = await startEmulator();
  const proxy = await startForwardProxy();
  cleanups.push(() => proxy.close());
  const agent = makeAgent(proxy.url);
  cleanups.push(() => agent.close());
  const raff = new RaffClient({
    apiKey: emulator.ownerKey,
    baseUrl: emulator.url,
    logLevel: 'off',
    // As docs/proxies.md writes it.
    fetch: (input, init) => fetch(input, Object.assign({}, init, { dispatcher: agent })),
  });
  return { emulator, proxy, raff, target: new URL(emulator.url).host };
}

describe('the SDK through an HTTP proxy (docs/proxies.md)', () => {
  it('tunnels a call through CONNECT and gets the answer back', async () => {
    const { emulator, proxy, raff, target } = await setUp();
    const { data } = await raff.projects.list();
    expect(data.map((project) => project.name).toSorted()).toEqual(['Default', 'customer1']);
    expect(proxy.seen).toEqual([`CONNECT ${target}`]);
    expect(emulator.exchanges.map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /api/v1/projects',
    ]);
    expect(emulator.exchanges[0]?.requestHeaders['x-api-key']).toBe(emulator.ownerKey);
  });

  it('forwards absolute-form requests when tunnelling is off, POST bodies included', async () => {
    const { emulator, proxy, raff, target } = await setUp(
      (uri) => new ProxyAgent({ uri, proxyTunnel: false }),
    );
    const role = await raff.roles.create({
      name: 'Proxy test',
      slug: 'proxy-test',
      scope: 'project',
      permissions: ['vm.view'],
    });
    expect(role.slug).toBe('proxy-test');
    expect(proxy.seen).toEqual([`POST http://${target}/api/v1/roles`]);
    expect(emulator.exchanges.map((e) => [e.method, e.path, e.requestBody])).toEqual([
      [
        'POST',
        '/api/v1/roles',
        { name: 'Proxy test', slug: 'proxy-test', scope: 'project', permissions: ['vm.view'] },
      ],
    ]);
  });

  it('sends the credentials of the proxy URL to the proxy and never to the API', async () => {
    const { emulator, proxy, raff } = await setUp((uri) => {
      const withCredentials = new URL(uri);
      withCredentials.username = 'user';
      withCredentials.password = 'p@ss';
      return new ProxyAgent(withCredentials.href);
    });
    await raff.projects.list();
    expect(proxy.credentials).toEqual([`Basic ${btoa('user:p@ss')}`]);
    expect(emulator.exchanges[0]?.requestHeaders['proxy-authorization']).toBeUndefined();
  });

  it('goes through the proxy with EnvHttpProxyAgent, and around it for a NO_PROXY host', async () => {
    const through = await setUp((uri) => new EnvHttpProxyAgent({ httpProxy: uri, noProxy: '' }));
    await through.raff.projects.list();
    expect(through.proxy.seen).toEqual([`CONNECT ${through.target}`]);

    const around = await setUp(
      (uri) => new EnvHttpProxyAgent({ httpProxy: uri, noProxy: '127.0.0.1' }),
    );
    await around.raff.projects.list();
    expect(around.proxy.seen).toEqual([]);
    expect(around.emulator.exchanges).toHaveLength(1);
  });
});
