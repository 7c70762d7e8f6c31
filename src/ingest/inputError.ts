/** Why an input file or HTTP body was refused; each maps to one HTTP status in the route. */
export type InputErrorCode = 'EMPTY' | 'BINARY' | 'NOT_UTF8' | 'TOO_LARGE';

/**
 * An input the ingest refuses before drafting. `message` is one line naming the input and the
 * reason; `code` lets the CLI and the HTTP route tell the cases apart without parsing text.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly code: InputErrorCode, message: string) {
    super(message);
  }
}
