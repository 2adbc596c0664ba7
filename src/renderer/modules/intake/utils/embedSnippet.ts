import type { LeadForm, LeadFormFieldName } from '../../../../shared/webToLead/leadFormsSchema.ts';

/** The texts the snippet shows, in the language the manager chose. */
export type EmbedTexts = {
  fields: Record<LeadFormFieldName, string>;
  send: string;
  honeypot: string;
  sending: string;
  failed: string;
};

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);

const inputTypes: Partial<Record<LeadFormFieldName, string>> = {
  email: 'email',
  phone: 'tel',
  companySize: 'number',
};
const autocomplete: Partial<Record<LeadFormFieldName, string>> = {
  firstName: 'given-name',
  lastName: 'family-name',
  email: 'email',
  phone: 'tel',
  company: 'organization',
  title: 'organization-title',
  country: 'country-name',
  postalCode: 'postal-code',
};

/**
 * The HTML a company pastes into its website for one form: a plain form that works without
 * script (posts and lands on the thank-you page or redirect), a hidden honeypot, hidden UTM and
 * referrer fields filled from the page, and a small script that posts with fetch and shows the
 * thank-you message in place. `serverUrl` is the sync server's public address.
 */
export function embedSnippet(params: {
  form: LeadForm;
  serverUrl: string;
  texts: EmbedTexts;
}): string {
  const { form, texts } = params;
  const action = `${params.serverUrl.replace(/\/+$/, '')}/api/intake/${encodeURIComponent(form.key)}`;
  const id = `fieldbook-form-${form.key}`;
  const inputs = form.fields.map(({ name, required }) => {
    const label = escapeHtml(texts.fields[name]);
    const req = required ? ' required' : '';
    const auto = autocomplete[name] ? ` autocomplete="${autocomplete[name]}"` : '';
    const control =
      name === 'message'
        ? `<textarea name="message" rows="4"${req}></textarea>`
        : `<input name="${name}" type="${inputTypes[name] ?? 'text'}"${auto}${req}>`;
    return `  <p><label>${label}${required ? ' *' : ''}<br>${control}</label></p>`;
  });
  const consent = form.consentText
    ? [
        `  <p><label><input type="checkbox" name="consent" value="on"${form.consentRequired ? ' required' : ''}> ${escapeHtml(form.consentText)}</label></p>`,
      ]
    : [];
  const hidden = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'referrer']
    .map((name) => `  <input type="hidden" name="${name}">`)
    .join('\n');
  const script = `(function () {
  var form = document.getElementById(${JSON.stringify(id)});
  var status = form.querySelector('[role="status"]');
  var query = new URLSearchParams(window.location.search);
  ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'].forEach(function (name) {
    if (query.get(name)) form.elements[name].value = query.get(name);
  });
  form.elements.referrer.value = document.referrer || window.location.href;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    status.textContent = ${JSON.stringify(texts.sending)};
    fetch(form.action, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      body: new URLSearchParams(new FormData(form))
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body.message);
        status.textContent = body.message;
        form.reset();
      });
    }).catch(function () {
      status.textContent = ${JSON.stringify(texts.failed)};
    });
  });
})();`;
  return [
    `<form id="${id}" action="${escapeHtml(action)}" method="post" accept-charset="utf-8">`,
    ...inputs,
    ...consent,
    `  <p style="position:absolute;left:-10000px" aria-hidden="true"><label>${escapeHtml(texts.honeypot)} <input name="website" tabindex="-1" autocomplete="off"></label></p>`,
    hidden,
    `  <p><button type="submit">${escapeHtml(texts.send)}</button></p>`,
    '  <p role="status" aria-live="polite"></p>',
    '</form>',
    `<script>\n${script.replace(/<\//g, '<\\/')}\n</script>`,
  ].join('\n');
}
