import type { FastifyRequest } from 'fastify';

/**
 * The request line pino writes for every request: the path without its query string, because searches
 * (`?q=`) may carry an ID or phone number, and those must never reach a log.
 */
export function requestLogLine(req: FastifyRequest) {
  const at = req.url.indexOf('?');
  return {
    method: req.method,
    url: at === -1 ? req.url : `${req.url.slice(0, at)}?…`,
    remoteAddress: req.ip,
  };
}
