/**
 * Why an ingest stopped. `code` maps to a CLI exit code and an HTTP status:
 * input 422 (413 when too large), duplicate 409, busy 409, draft-invalid 500 (a bug of the
 * extractor), import 503/500. Whatever the code, nothing was left half-written.
 */
export type IngestErrorCode = 'input' | 'too-large' | 'duplicate' | 'busy' | 'draft-invalid' | 'import';

export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(readonly code: IngestErrorCode, message: string, readonly details: string[] = []) {
    super(message);
  }
}

/** CLI exit codes: 1 unexpected, 2 usage, then one per IngestErrorCode. */
export const EXIT_CODES: Record<IngestErrorCode, number> = {
  input: 3,
  'too-large': 3,
  duplicate: 4,
  busy: 5,
  'draft-invalid': 6,
  import: 7,
};
