// The browser host's public face: start it, get its URL, close it.
export { startHttpHost, LOOPBACK_HOST, type HttpHost, type HttpHostOptions } from './server';
export { MAX_BODY_BYTES } from './api';
