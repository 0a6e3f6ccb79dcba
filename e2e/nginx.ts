import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  mkdirSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The sub-path the shipped nginx configuration serves the app under. */
export const SUB_PATH = '/lis-stegen/';

const SHIPPED = resolve('hosting/nginx');
const SNIPPETS = '/etc/nginx/snippets/';

/** Debian's nginx (`apt-get install nginx`; .ci/run installs it), or NGINX_PATH. */
function nginxBinary(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found)
    throw new Error(
      'nginx saknas / nginx is not installed: testet mot en riktig webbserver kräver Debians nginx. ' +
        'Installera med `apt-get install nginx` (.ci/run gör det), eller peka NGINX_PATH på en nginx.',
    );
  return found;
}

/** E2E_NGINX_PORT (plus the worker's slot, so two workers never share it), or a port free right now. */
async function freePort(slot: number): Promise<number> {
  if (process.env.E2E_NGINX_PORT) return Number(process.env.E2E_NGINX_PORT) + slot;
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The shipped configuration as an admin installs it, but pointed at this checkout: the snippets
 * from hosting/nginx with their include paths and web root moved into a temporary folder, the
 * built app linked in as <root>/lis-stegen, inside a minimal server on a loopback port.
 */
function writeConfig(dir: string, port: number, dist: string): string {
  const snippets = join(dir, 'snippets');
  const root = join(dir, 'www');
  mkdirSync(snippets);
  mkdirSync(root);
  symlinkSync(dist, join(root, SUB_PATH.replaceAll('/', '')));
  for (const name of ['lis-stegen.conf', 'lis-stegen-headers.conf']) {
    const text = readFileSync(join(SHIPPED, name), 'utf8')
      .replaceAll(SNIPPETS, `${snippets}/`)
      .replaceAll('root /var/www;', `root ${root};`);
    writeFileSync(join(snippets, name), text);
  }
  const temp = (name: string) => join(dir, name);
  const config = `
daemon off;
master_process off;
worker_processes 1;
pid ${temp('nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    include ${snippets}/lis-stegen.conf;
  }
}
`;
  writeFileSync(temp('nginx.conf'), config);
  return temp('nginx.conf');
}

export type Nginx = { url: string; stop: () => Promise<void> };

/** Starts nginx in the foreground and resolves once it answers; `stop` ends it and removes its files. */
export async function startNginx(slot = 0, dist = resolve('dist')): Promise<Nginx> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} saknar index.html: bygg appen först.`);
  const binary = nginxBinary();
  const port = await freePort(slot);
  const dir = mkdtempSync(join(tmpdir(), 'lis-nginx-'));
  const config = writeConfig(dir, port, dist);
  const output: string[] = [];
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  const url = `http://127.0.0.1:${port}${SUB_PATH}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  // Ready when it answers; fails at once if nginx exits (a bad config, a taken port).
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`nginx avslutades (${child.exitCode}):\n${output.join('')}`);
    }
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx svarade inte på ${url}:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
