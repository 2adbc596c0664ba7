import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from './httpError.ts';

/** One error handler for every route: clear 4xx bodies, and 5xx details only in the log. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      return reply
        .status(error.statusCode)
        .send({ ...error.extra, error: error.code, message: error.message });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.status(400).send({
        error: 'bad_request',
        message: 'The request does not match the expected shape',
        issues: error.validation.map((issue) => ({
          path: issue.instancePath,
          message: issue.message,
        })),
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply
        .status(500)
        .send({ error: 'internal', message: 'Something went wrong on the server' });
    }
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 429
          ? 'too_many_requests'
          : status === 415
            ? 'unsupported_media_type'
            : 'bad_request';
    return reply.status(status).send({ error: code, message: error.message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: 'not_found', message: `No route for ${request.method} ${request.url}` }),
  );
}
