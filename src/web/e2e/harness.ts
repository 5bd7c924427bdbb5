// What the dashboard's end-to-end tests run against: the built dashboard, a real `sumber serve` on a free
// loopback port with a fresh SUMBER_HOME, and headless Chromium. Every wait is bounded.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const BUILD_TIMEOUT_MS = 120_000;
const START_TIMEOUT_MS = 30_000;

/** Builds web-dist/ with Vite, as `npm run build:web` does. */
export function buildDashboard(): void {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', join(ROOT, 'src/web/vite.config.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  if (r.status !== 0) throw new Error(`the dashboard build failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface Server {
  base: string;
  home: string;
  stop(): Promise<void>;
  output(): string;
}

/** Starts `sumber serve` on `home` (a fresh one by default; removed when stopped) and waits until /api/health answers. */
export async function startServer(home = mkdtempSync(join(tmpdir(), 'sumber-e2e-'))): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin/sumber.mjs'), 'serve', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, SUMBER_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`sumber serve exited with ${child.exitCode}:\n${log}`);
    }
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`sumber serve did not answer within ${START_TIMEOUT_MS / 1000}s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, home, stop, output: () => log };
}

/** A JSON call to the server; `cookie` signs it in. */
export async function apiCall<T>(base: string, method: string, path: string, body?: unknown, cookie?: string): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Signs in through the API and returns the session cookie to send. */
export async function signInCookie(base: string, user: { name: string; password: string }): Promise<string> {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user.name, password: user.password }),
    signal: AbortSignal.timeout(10_000),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`signing in as ${user.name}: ${res.status} ${await res.text()}`);
  return cookie;
}

/** Headless Chromium with a fresh profile and nothing that phones home. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'sumber-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1366, height: 860 },
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export const hasChromium = () => existsSync(CHROMIUM);

/**
 * Why a browser suite cannot run here, or false. In CI (CI set) it is always false: the suite runs and fails
 * on the missing browser, so CI can never pass with its browser tests skipped.
 */
export function browserSkip(): string | false {
  if (hasChromium() || process.env.CI) return false;
  return `${CHROMIUM} is not installed: the dashboard's browser tests need Debian's chromium`;
}
