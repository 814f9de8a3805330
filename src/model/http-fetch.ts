import * as http from 'node:http';
import * as https from 'node:https';
import { Readable } from 'node:stream';
import { abortError } from '../common/abort';

// One keep-alive agent per scheme, made on the first request so a start does not load http/https.
let agents: { 'http:': http.Agent; 'https:': https.Agent } | undefined;
const agentsOf = () => (agents ??= { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) });

const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/**
 * A `fetch` over node:http(s) for model requests. Node 20's built-in fetch can leave the
 * keep-alive socket of an aborted streaming request in the pool, and the next request then
 * waits behind a response that never comes (seen after interrupting a turn); here an abort
 * always destroys the socket.
 */
export function httpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  const mod = url.protocol === 'https:' ? https : http;
  const agent = agentsOf()[url.protocol as 'http:' | 'https:'];
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => {
    headers[key] = value;
  });
  const signal = init.signal ?? undefined;
  const body = init.body;
  if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    return Promise.reject(new TypeError('httpFetch supports string and byte bodies only'));
  }
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<Response>((resolve, reject) => {
    const req = mod.request(url, { method: init.method ?? 'GET', headers, agent }, (res) => {
      const h = new Headers();
      for (const [k, v] of Object.entries(res.headers)) {
        if (Array.isArray(v)) v.forEach((x) => h.append(k, x));
        else if (v !== undefined) h.set(k, v);
      }
      const status = res.statusCode ?? 0;
      const stream = NULL_BODY_STATUS.has(status) ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>);
      if (!stream) res.resume();
      resolve(new Response(stream, { status, statusText: res.statusMessage, headers: h }));
    });
    const onAbort = () => {
      req.destroy(abortError());
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('close', () => signal?.removeEventListener('abort', onAbort));
    req.on('error', (e) => reject(e));
    if (body !== undefined && body !== null) req.write(body);
    req.end();
  });
}
