import { type Lead, leadSchema } from '../../shared/domain/lead.ts';
import type { LeadForm } from '../../shared/webToLead/leadFormsSchema.ts';
import type { IntakeBody } from './intakeBodySchema.ts';

const textOf = (value: string | number | undefined) =>
  value === undefined ? undefined : String(value);

/**
 * The lead a web form post makes, before assignment: fields from the post, the form's source,
 * event and consent text, UTM parameters and referrer as attribution. Waits for assignment.
 */
export function webLeadRecord(params: {
  form: LeadForm;
  body: IntakeBody;
  id: string;
  at: string;
  /** The Referer header, when the page did not send its own `referrer` field. */
  refererHeader: string | undefined;
}): Lead {
  const { form, body, at } = params;
  const referrer = body.referrer ?? params.refererHeader?.slice(0, 500);
  const campaign = body.utm_campaign ?? form.campaign;
  const attribution = Object.fromEntries(
    Object.entries({
      source: body.utm_source,
      medium: body.utm_medium,
      campaign,
      term: body.utm_term,
      content: body.utm_content,
      referrer,
      formKey: form.key,
    }).filter(([, value]) => value !== undefined && value !== ''),
  );
  const companySize = body.companySize === undefined ? undefined : Number(body.companySize);
  const record = {
    id: params.id,
    ownerId: 'system',
    createdAt: at,
    updatedAt: at,
    firstName: textOf(body.firstName) ?? '',
    lastName: textOf(body.lastName) ?? '',
    company: textOf(body.company) ?? '',
    title: textOf(body.title) ?? '',
    email: textOf(body.email) ?? '',
    phone: textOf(body.phone) ?? '',
    source: form.source,
    ...(form.eventId ? { eventId: form.eventId } : {}),
    status: 'new',
    notes: textOf(body.message) ?? '',
    consent: {
      given: body.consent !== undefined,
      at,
      ...(form.consentText ? { text: form.consentText } : {}),
    },
    country: textOf(body.country),
    region: textOf(body.region),
    postalCode: textOf(body.postalCode),
    industry: textOf(body.industry),
    companySize,
    productInterest: textOf(body.productInterest),
    attribution,
    needsAssignment: true,
  };
  // Absent answers are left out, not stored as undefined.
  return leadSchema.parse(
    Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)),
  );
}
