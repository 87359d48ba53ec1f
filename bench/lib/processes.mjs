// Child processes: the fixture server, and measurement workers that report one result over IPC.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bench = fileURLToPath(new URL('../', import.meta.url));

/** Forks bench/fixture-server.mjs; resolves with its base URL and a `stop()` for it. */
export function startFixtureServer() {
  return new Promise((resolve, reject) => {
    const child = fork(`${bench}fixture-server.mjs`, [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`fixture server exited with ${code}`)));
    child.once('message', ({ port, bodyBytes }) => {
      child.removeAllListeners('exit');
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        bodyBytes,
        pid: child.pid,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.disconnect();
          }),
      });
    });
  });
}

/** Runs `script` (relative to bench/) with `task` as argv[2]; resolves with what it sends back. */
export function runChild(script, task, execArgv = ['--expose-gc']) {
  return new Promise((resolve, reject) => {
    const child = fork(`${bench}${script}`, [JSON.stringify(task)], {
      execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let message;
    child.on('message', (m) => {
      message = m;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (message?.ok) resolve(message.result);
      else
        reject(
          new Error(`${script} ${task.kind ?? ''} failed (exit ${code}): ${message?.error ?? ''}`),
        );
    });
  });
}

/** The server's request count and the headers of the last API request it saw. */
export async function fixtureStats(baseUrl) {
  const response = await fetch(`${baseUrl}/__stats`);
  return response.json();
}
