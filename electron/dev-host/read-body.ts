// Reads a request body up to a limit. An oversized body is drained (not kept) so the client still receives
// the refusal instead of a reset connection; a body far beyond the limit is cut off.
import type { IncomingMessage } from 'node:http';

export type BodyOutcome = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'not-utf8' | 'aborted' };

export function readBody(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: BodyOutcome) => {
      if (!settled) {
        settled = true;
        resolveBody(outcome);
      }
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * 4) {
        req.destroy();
        settle({ ok: false, reason: 'too-large' });
      }
    });
    req.on('end', () => {
      if (size > limit) return settle({ ok: false, reason: 'too-large' });
      try {
        settle({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size)) });
      } catch {
        settle({ ok: false, reason: 'not-utf8' });
      }
    });
    req.on('error', () => settle({ ok: false, reason: 'aborted' }));
    req.on('close', () => settle({ ok: false, reason: 'aborted' }));
  });
}
