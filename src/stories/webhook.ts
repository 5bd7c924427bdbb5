// Webhook delivery for watchlists: one JSON POST, bounded in time, never to loopback or private addresses
// unless the operator allows them (as ingest's --allow-private). The address is checked when the connection is
// made (a lookup hook), so a name that resolves to a private address is refused too. Redirects are not followed.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from '../ingest/address.ts';
import { InputError } from '../errors.ts';
import { httpUrl } from '../schema/url.ts';

export const WEBHOOK_TIMEOUT_MS = 5000;

export interface DeliveryOptions {
  allowPrivate: boolean;
  timeoutMs?: number;
}

/** A webhook URL a watchlist may keep: http(s), and no loopback or private literal unless allowed. */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): URL {
  const href = httpUrl(raw);
  if (!href) throw new InputError('webhook', `'${raw}' is not an http(s) URL`);
  const url = new URL(href);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (isPrivateAddress(host) || host === 'localhost' || host.endsWith('.localhost'))) {
    throw new InputError('webhook', `${host} is a loopback or private address; the server must allow private addresses (--allow-private)`);
  }
  return url;
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (!allowPrivate && bad) return callback(new Error(`${hostname} resolves to the private address ${bad.address}`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** POSTs `body` as JSON. Resolves to null on a 2xx answer, else to the problem; never throws. */
export function postJson(raw: string, body: unknown, o: DeliveryOptions): Promise<string | null> {
  let url: URL;
  try {
    url = checkWebhookUrl(raw, o.allowPrivate);
  } catch (e) {
    return Promise.resolve((e as Error).message);
  }
  const payload = Buffer.from(JSON.stringify(body));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': payload.length, 'user-agent': 'Sumber watchlist' },
        lookup: guardedLookup(o.allowPrivate),
        timeout: o.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        resolve(status >= 200 && status < 300 ? null : `HTTP ${status}`);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${o.timeoutMs ?? WEBHOOK_TIMEOUT_MS} ms`)));
    req.on('error', (e) => resolve(e.message));
    req.end(payload);
  });
}
