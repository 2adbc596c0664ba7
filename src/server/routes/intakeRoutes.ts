import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { leadFormKeySchema } from '../../shared/webToLead/leadFormsSchema.ts';
import { createWebLead, type IntakeOutcome } from '../intake/createWebLead.ts';
import { renderThankYouPage } from '../intake/renderThankYouPage.ts';
import type { Store } from '../store/Store.ts';
import { readNewestSetting } from '../sync/readNewestSetting.ts';

/** Limits of the public intake endpoint. */
export type IntakeOptions = {
  /** Posts one address may send to one form per minute. */
  perIpPerMinute?: number;
  /** Posts one form accepts per minute from everyone, unless the form sets `maxPerMinute`. */
  perFormPerMinute?: number;
  /** Largest accepted post. */
  bodyLimitBytes?: number;
};

type LeadFormOf = NonNullable<Awaited<ReturnType<typeof findForm>>>;

async function findForm(store: Store, key: string) {
  const forms = await readNewestSetting(store, 'leadForms');
  return forms?.forms.find((form) => form.key === key && form.active);
}

const paramsSchema = z.object({ formKey: leadFormKeySchema });

function wantsJson(request: FastifyRequest): boolean {
  if ((request.headers['content-type'] ?? '').includes('application/json')) return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/**
 * The public web-to-lead endpoint (no sign-in): `POST /api/intake/:formKey` takes a form post or
 * JSON for a form defined in the `leadForms` setting, and creates one assigned lead. CORS is per
 * form: only the form's `allowedOrigins` get CORS headers, and a browser post from any other
 * origin is refused (403) before anything is created.
 */
export const intakeRoutes: FastifyPluginAsyncZod<
  { store: Store; clock: () => Date } & IntakeOptions
> = async (app, options) => {
  const { store, clock } = options;
  // Encapsulated here: only intake accepts urlencoded bodies.
  await app.register(formbody);
  const forms = new WeakMap<FastifyRequest, LeadFormOf | null>();
  const formFor = async (request: FastifyRequest): Promise<LeadFormOf | undefined> => {
    if (!forms.has(request)) {
      const parsed = paramsSchema.safeParse(request.params);
      forms.set(
        request,
        parsed.success ? ((await findForm(store, parsed.data.formKey)) ?? null) : null,
      );
    }
    return forms.get(request) ?? undefined;
  };
  const perIp = options.perIpPerMinute ?? 10;
  const perForm = options.perFormPerMinute ?? 120;
  const keyOf = (request: FastifyRequest) =>
    paramsSchema.safeParse(request.params).data?.formKey ?? '';
  // The route's own limiter counts per address; the form-wide count runs beside it (one
  // route cannot carry two of the plugin's limiters).
  const formLimit = app.createRateLimit({
    timeWindow: '1 minute',
    max: async (request) => (await formFor(request))?.maxPerMinute ?? perForm,
    keyGenerator: (request) => `intake-form|${keyOf(request)}`,
  });
  const limitForm = async (request: FastifyRequest, reply: FastifyReply) => {
    const limit = await formLimit(request);
    if (!limit.isAllowed && limit.isExceeded) {
      return reply.status(429).header('retry-after', String(limit.ttlInSeconds)).send({
        error: 'too_many_requests',
        message: 'This form is taking too many posts; try again soon',
      });
    }
    return undefined;
  };
  const formTypes = ['application/x-www-form-urlencoded', 'application/json'];
  const checkType = async (request: FastifyRequest, reply: FastifyReply) => {
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!formTypes.includes(type)) {
      return reply.status(415).send({
        error: 'unsupported_media_type',
        message: 'Send the form as application/x-www-form-urlencoded or application/json',
      });
    }
    return undefined;
  };

  // Answers whether the calling page may use the form, and sets CORS headers when it may.
  const checkOrigin = async (request: FastifyRequest, reply: FastifyReply) => {
    const form = await formFor(request);
    if (!form) {
      return reply.status(404).send({ error: 'form_not_found', message: 'No such form' });
    }
    const origin = request.headers.origin;
    if (origin === undefined) return undefined;
    if (!form.allowedOrigins.includes(origin)) {
      return reply
        .status(403)
        .send({ error: 'origin_not_allowed', message: 'This form cannot be used from this site' });
    }
    reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    return undefined;
  };

  app.options(
    '/api/intake/:formKey',
    { schema: { params: paramsSchema }, config: { rateLimit: false } },
    async (request, reply) => {
      const refused = await checkOrigin(request, reply);
      if (refused) return refused;
      return reply
        .status(204)
        .header('access-control-allow-methods', 'POST')
        .header('access-control-allow-headers', 'content-type, accept')
        .header('access-control-max-age', '600')
        .send();
    },
  );

  app.post(
    '/api/intake/:formKey',
    {
      schema: { params: paramsSchema },
      bodyLimit: options.bodyLimitBytes ?? 16 * 1024,
      config: {
        rateLimit: {
          max: perIp,
          timeWindow: '1 minute',
          keyGenerator: (request: FastifyRequest) => `intake-ip|${request.ip}|${keyOf(request)}`,
        },
      },
      onRequest: [checkType],
      preValidation: [checkOrigin, limitForm],
    },
    async (request, reply) => {
      const form = await formFor(request);
      if (!form)
        return reply.status(404).send({ error: 'form_not_found', message: 'No such form' });
      const outcome: IntakeOutcome = await createWebLead({
        store,
        form,
        body: request.body,
        now: clock(),
        refererHeader: request.headers.referer,
      });
      if (outcome.kind === 'invalid') {
        return reply.status(400).send({
          error: 'invalid_form',
          message: 'Some fields are missing or not valid',
          issues: outcome.issues,
        });
      }
      if (outcome.kind === 'unassignable') {
        return reply
          .status(503)
          .send({ error: 'no_owner', message: 'Nobody can take new leads right now' });
      }
      // A bot that filled the honeypot gets the same answer as a person: nothing tells it apart.
      if (wantsJson(request)) {
        return reply.status(201).send({ ok: true, message: form.thankYouMessage });
      }
      if (form.redirectUrl) return reply.redirect(form.redirectUrl, 303);
      return reply
        .status(200)
        .type('text/html; charset=utf-8')
        .send(renderThankYouPage(form.thankYouMessage));
    },
  );
};
