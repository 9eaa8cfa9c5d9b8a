// A real suara-server for the browser tests: its own data directory (SQLite), units and users made
// with the admin CLI, listening on a port the kernel picks (read from its "listening" log line).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const bin = process.env.SUARA_SERVER_BIN;

export function cli(dataDir, args, input) {
  const r = spawnSync(bin, [...args, '--data-dir', dataDir], { input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`suara-server ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

// The units and users of the browser tests.
export function testFixtures(dataDir) {
  cli(dataDir, ['create-unit', '--code', 'LPYK-01', '--name', 'Lapas Kelas IIA Yogyakarta']);
  cli(dataDir, ['create-unit', '--code', 'LPSM-01', '--name', 'Lapas Kelas I Semarang']);
  cli(dataDir, ['create-user', '--username', 'admin.yk', '--role', 'unit_admin', '--unit', 'LPYK-01'], 'rahasia-yogya\n');
  cli(dataDir, ['create-user', '--username', 'nasional', '--role', 'national_admin'], 'rahasia-nasional\n');
  cli(dataDir, ['create-user', '--username', 'korban', '--role', 'viewer', '--unit', 'LPYK-01'], 'rahasia-korban\n');
}

export async function startServer(prepare = testFixtures) {
  if (!bin) throw new Error('set SUARA_SERVER_BIN to the suara-server to test');
  const dataDir = mkdtempSync(join(tmpdir(), 'suara-browser-'));
  prepare(dataDir);
  const child = spawn(bin, ['serve', '--listen', '127.0.0.1:0', '--data-dir', dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const log = [];
  const port = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stderr });
    lines.on('line', (line) => {
      log.push(line);
      try {
        const o = JSON.parse(line);
        if (o.msg === 'listening') resolve(o.port);
      } catch {
        // not a log line of ours
      }
    });
    child.on('exit', (code) => reject(new Error(`suara-server exited (${code}) before listening:\n${log.join('\n')}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    dataDir,
    log,
    async stop() {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
