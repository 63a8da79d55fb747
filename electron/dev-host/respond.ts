// Small response helpers shared by the host's routes. Every response carries the security headers.
import type { ServerResponse } from 'node:http';
import type { ApiError, ErrorCode, Result } from '../../shared/api/contract';
import { SECURITY_HEADERS } from '../security';

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function failure(code: ErrorCode, message: string): Result<never> {
  const error: ApiError = { code, message };
  return { ok: false, error };
}

export function sendFailure(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, failure(code, message));
}
