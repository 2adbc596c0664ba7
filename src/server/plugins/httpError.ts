/** An error the error handler answers with its status and a JSON body `{ error, message }`. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  /** More machine-readable fields for the body, e.g. `{ code: 'device_wiped' }`. */
  readonly extra: Readonly<Record<string, string>>;

  constructor(
    statusCode: number,
    code: string,
    message: string,
    extra: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.extra = extra;
  }
}

/** Makes an HttpError; `code` is a stable machine-readable word such as `unauthorized`. */
export function httpError(
  statusCode: number,
  code: string,
  message: string,
  extra?: Readonly<Record<string, string>>,
): HttpError {
  return new HttpError(statusCode, code, message, extra);
}
