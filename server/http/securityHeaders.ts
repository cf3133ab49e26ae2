import type { NextFunction, Request, Response } from 'express';

/**
 * The page and GraphiQL load everything from this server (nothing from the internet), so the
 * policy allows only our own origin. Styles also allow inline: GraphiQL's page and its editor
 * set style attributes, and a style cannot run code. Images allow data: and blob: for the
 * page's exports and icons. No other site may frame the page (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every response: a JSON answer gains nothing from being sniffed or framed either. */
export function securityHeaders(_request: Request, response: Response, next: NextFunction) {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  // frame-ancestors for browsers that predate it.
  response.setHeader('X-Frame-Options', 'DENY');
  next();
}
