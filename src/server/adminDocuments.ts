import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Config } from '../config/config.js';
import { DatabaseUnavailableError } from '../graph/databaseErrors.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { IngestError } from '../ingest/ingestErrors.js';
import { InputError, MAX_INPUT_BYTES, readInput } from '../ingest/readInput.js';
import type { Database } from '../graph/database.js';
import type { RateLimit } from './rateLimit.js';

/** The body of POST /admin/documents. */
const BodySchema = z.strictObject({
  text: z.string().min(1, 'text is empty'),
  title: z.string().trim().min(1, 'title is empty'),
  publisher: z.string().optional(),
  published: z.string().optional(),
  kind: z.string().optional(),
  url: z.string().optional(),
});

const STATUS: Record<IngestError['code'], number> = { input: 422, 'too-large': 413, duplicate: 409, busy: 409, 'draft-invalid': 500, import: 503, disk: 507 };

/**
 * `POST /admin/documents` (mounted behind the admin bearer check): ingests one text like
 * `npm run ingest` — 201 {id, summary}; 400 a body that is not the JSON above; 409 a duplicate or
 * an ingest already running; 413 a body over MAX_INPUT_BYTES of text; 422 text that cannot be a
 * document (binary, lone surrogates, bad date/kind/url); 429 + Retry-After past the admin rate
 * limit (shared with /admin/import). Any failure leaves no file and no fact.
 */
export function adminDocuments(router: Router, config: Pick<Config, 'corpusDir' | 'extractionDir'>, db: Database, log: (m: string) => void, limit: RateLimit): void {
  let running = false;
  // The JSON envelope may add escapes around the text: allow it twice the text limit, then check the text.
  router.post('/documents', express.json({ limit: MAX_INPUT_BYTES * 2 }), async (req: Request, res: Response) => {
    const body = BodySchema.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: 'expected JSON {text, title, publisher?, published?, kind?, url?}', issues: body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) });
      return;
    }
    const { text, ...facts } = body.data;
    let checked: string;
    try {
      checked = readInput(text, 'text').text;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      res.status(err.code === 'TOO_LARGE' ? 413 : 422).json({ error: err.message });
      return;
    }
    if (!limit.admit(res)) return;
    if (running) {
      res.status(409).json({ error: 'an ingest is already running; try again when it ends' });
      return;
    }
    running = true;
    try {
      const summary = await ingestDocument(checked, facts, { corpusDir: config.corpusDir, extractionDir: config.extractionDir, db, log });
      res.status(201).json({ id: summary.id, summary });
    } catch (err) {
      if (err instanceof IngestError) {
        const status = STATUS[err.code];
        if (status >= 500) log(`admin ingest failed: ${err.message}`);
        res.status(status).json({ error: err.message, ...(err.details.length ? { issues: err.details } : {}) });
      } else if (err instanceof DatabaseUnavailableError) {
        res.status(503).json({ error: 'the graph database is unavailable; nothing was ingested' });
      } else {
        log(`admin ingest failed: ${(err as Error)?.message ?? String(err)}`);
        res.status(500).json({ error: 'the ingest failed and was undone; see the service log' });
      }
    } finally {
      running = false;
    }
  });
}
