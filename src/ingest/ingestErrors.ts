/**
 * Why an ingest stopped. `code` maps to a CLI exit code and an HTTP status:
 * input 422 (413 when too large), duplicate 409, busy 409, draft-invalid 500 (a bug of the
 * extractor), import 503/500, disk 507 (the corpus directory cannot be written: full, read-only,
 * over quota). Whatever the code, nothing was left half-written.
 */
export type IngestErrorCode = 'input' | 'too-large' | 'duplicate' | 'busy' | 'draft-invalid' | 'import' | 'disk';

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
  disk: 8,
};

/** What each file-system error means to an operator. */
const DISK_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
};

/**
 * Given an error thrown while writing the corpus, returns the IngestError 'disk' it means (`what`
 * says what was left), or undefined when it is not a file-system write failure.
 */
export function diskError(err: unknown, what: string): IngestError | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const why = code ? DISK_ERRORS[code] : undefined;
  return why ? new IngestError('disk', `the corpus directory could not be written (${why}, ${code}); ${what}`) : undefined;
}
