// Fetching pages and feeds politely and safely: http(s) only, no private addresses unless allowed (checked on
// the resolved address, so a public name pointing inward is caught too), timeouts, a size cap, a redirect
// limit, a pause between requests to one host, a user agent that names Sumber, and robots.txt.
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib';
import type { Readable } from 'node:stream';
import robotsParserModule from 'robots-parser';
import { InputError } from '../errors.ts';
import { isPrivateAddress } from './address.ts';

export const USER_AGENT = 'Sumber/0.1 (self-hosted news intelligence; +https://github.com/sumber)';
const ROBOTS_AGENT = 'Sumber';

// robots-parser is CommonJS whose typings declare an ES default export; at run time the default import is the function.
const robotsParser = robotsParserModule as unknown as (
  url: string,
  body: string,
) => { isAllowed(url: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined };

/** A Crawl-delay longer than this is not waited for in full: a batch must finish. */
const MAX_CRAWL_DELAY_MS = 30_000;

interface RobotsRules {
  allows(url: string): boolean;
  crawlDelayMs: number;
}

export interface FetchOptions {
  allowPrivate: boolean;
  /** No byte for this long ends the request. */
  idleTimeoutMs: number;
  /** The whole request, body included, may take this long. */
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Pause between two requests to one host. */
  hostDelayMs: number;
  respectRobots: boolean;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  allowPrivate: false,
  idleTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  hostDelayMs: 1_000,
  respectRobots: true,
};

export interface FetchedResource {
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  bytes: Buffer;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A fetch that failed in a way that may pass: the server asked us to come back (429, 503, with its Retry-After
 * when it sent one), answered with another server error, timed out or could not be reached. A queued job is
 * tried again later; a batch reports it like any other input problem.
 */
export class TransientFetchError extends InputError {
  constructor(
    input: string,
    problem: string,
    /** How long the server asked us to wait (Retry-After), if it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(input, problem);
  }
}

/** Retry-After: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value?.trim()) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Statuses worth asking again later: too many requests, and server-side trouble. */
const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export class Fetcher {
  private readonly opts: FetchOptions;
  private readonly nextSlot = new Map<string, number>();
  private readonly robots = new Map<string, Promise<RobotsRules | null>>();
  private readonly hostDelay = new Map<string, number>();

  constructor(opts: Partial<FetchOptions> = {}) {
    this.opts = { ...DEFAULT_FETCH_OPTIONS, ...opts };
  }

  /** The resource at `url`, or an InputError naming `url` and what went wrong. */
  async fetch(url: string, accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'): Promise<FetchedResource> {
    let current = this.checkUrl(url, url);
    for (let hops = 0; ; hops++) {
      if (this.opts.respectRobots && !(await this.robotsAllow(current))) {
        throw new InputError(url, `robots.txt of ${current.host} disallows fetching ${current.pathname}`);
      }
      const res = await this.request(url, current, accept);
      if (res.redirect === undefined) return { url: current.href, contentType: res.contentType, bytes: res.bytes };
      if (hops >= this.opts.maxRedirects) throw new InputError(url, `too many redirects (more than ${this.opts.maxRedirects})`);
      current = this.checkUrl(url, res.redirect, current);
    }
  }

  private checkUrl(input: string, href: string, base?: URL): URL {
    let u: URL;
    try {
      u = new URL(href, base);
    } catch {
      throw new InputError(input, `'${href}' is not a valid URL`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      throw new InputError(input, `${base ? 'redirects to' : 'is'} a ${u.protocol} URL; only http and https are fetched`);
    }
    return u;
  }

  /** Waits for this host's turn; turns are handed out in call order. */
  private async politeTurn(host: string): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + Math.max(this.opts.hostDelayMs, this.hostDelay.get(host) ?? 0));
    if (slot > now) await sleep(slot - now);
  }

  private robotsAllow(u: URL): Promise<boolean> {
    const origin = u.origin;
    if (!this.robots.has(origin)) {
      const robotsUrl = `${origin}/robots.txt`;
      this.robots.set(
        origin,
        this.request(robotsUrl, new URL(robotsUrl), 'text/plain').then(
          (r) => {
            if (r.redirect !== undefined) return null;
            const parsed = robotsParser(robotsUrl, r.bytes.toString('utf8'));
            const crawlDelayMs = Math.min((parsed.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000, MAX_CRAWL_DELAY_MS);
            return { allows: (url: string) => parsed.isAllowed(url, ROBOTS_AGENT) !== false, crawlDelayMs };
          },
          // No robots.txt (404) or none reachable: nothing is disallowed. Unreachable hosts fail on the page itself.
          () => null,
        ),
      );
    }
    return this.robots.get(origin)!.then((rules) => {
      if (!rules) return true;
      this.hostDelay.set(u.host, rules.crawlDelayMs);
      return rules.allows(u.href);
    });
  }

  private async request(input: string, u: URL, accept: string): Promise<{ redirect?: string; contentType: string | null; bytes: Buffer }> {
    await this.politeTurn(u.host);
    const { allowPrivate, idleTimeoutMs, totalTimeoutMs, maxBytes } = this.opts;
    const hostname = u.hostname.replace(/^\[|\]$/g, '');
    if (!allowPrivate && isPrivateAddress(hostname)) {
      throw new InputError(input, `${hostname} is a loopback or private address; pass --allow-private to fetch it`);
    }
    const lookup = (host: string, options: object, cb: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
      dnsLookup(host, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
        if (err) return cb(err, []);
        const bad = addresses.find((a) => isPrivateAddress(a.address));
        if (!allowPrivate && bad) {
          const e: NodeJS.ErrnoException = new Error(`${host} resolves to the private address ${bad.address}; pass --allow-private to fetch it`);
          e.code = 'EPRIVATE';
          return cb(e, []);
        }
        const wantsAll = (options as { all?: boolean }).all;
        if (wantsAll) cb(null, addresses);
        else cb(null, addresses[0]!.address, addresses[0]!.family);
      });
    };
    const client = u.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const fail = (problem: string, transient = false) => {
        clearTimeout(deadline);
        req.destroy();
        reject(transient ? new TransientFetchError(input, problem) : new InputError(input, problem));
      };
      const deadline = setTimeout(() => fail(`took longer than ${totalTimeoutMs / 1000} s`, true), totalTimeoutMs);
      const req = client.get(
        u,
        { headers: { 'user-agent': USER_AGENT, accept, 'accept-encoding': 'gzip, deflate, br' }, lookup, agent: false },
        (res) => {
          const status = res.statusCode ?? 0;
          if (status >= 300 && status < 400 && res.headers.location) {
            res.resume();
            clearTimeout(deadline);
            return resolve({ redirect: res.headers.location, contentType: null, bytes: Buffer.alloc(0) });
          }
          if (status < 200 || status >= 300) {
            res.resume();
            clearTimeout(deadline);
            const problem = `the server answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`;
            return reject(TRANSIENT_STATUS.has(status) ? new TransientFetchError(input, problem, retryAfterMs(res.headers['retry-after'])) : new InputError(input, problem));
          }
          const declared = Number(res.headers['content-length']);
          if (declared > maxBytes) return fail(`is ${(declared / 1048576).toFixed(1)} MB; at most ${maxBytes / 1048576} MB is fetched`);
          const enc = String(res.headers['content-encoding'] ?? '').toLowerCase();
          let body: Readable = res;
          if (enc === 'gzip' || enc === 'x-gzip') body = res.pipe(createGunzip());
          else if (enc === 'deflate') body = res.pipe(createInflate());
          else if (enc === 'br') body = res.pipe(createBrotliDecompress());
          const chunks: Buffer[] = [];
          let total = 0;
          body.on('data', (c: Buffer) => {
            total += c.length;
            if (total > maxBytes) return fail(`is larger than ${maxBytes / 1048576} MB; at most that much is fetched`);
            chunks.push(c);
          });
          body.on('error', (e) => fail(`the response could not be read (${e.message})`));
          body.on('end', () => {
            clearTimeout(deadline);
            resolve({ contentType: res.headers['content-type'] ?? null, bytes: Buffer.concat(chunks) });
          });
        },
      );
      req.setTimeout(idleTimeoutMs, () => fail(`no answer for ${idleTimeoutMs / 1000} s (server too slow)`, true));
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPRIVATE') return fail(e.message);
        // A name that does not resolve stays unresolved; a refused or reset connection may come back.
        fail(`cannot be fetched (${e.code ?? e.message})`, e.code !== 'ENOTFOUND');
      });
    });
  }
}
