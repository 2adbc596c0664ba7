import { describe, expect, it } from 'vitest';
import { leadFormFieldNames } from '../../../../shared/webToLead/leadFormsSchema.ts';
import { embedSnippet } from './embedSnippet.ts';

const texts = {
  fields: Object.fromEntries(leadFormFieldNames.map((name) => [name, `L-${name}`])) as Record<
    (typeof leadFormFieldNames)[number],
    string
  >,
  send: 'Send',
  honeypot: 'Leave empty',
  sending: 'Sending',
  failed: 'Failed',
};

describe('embedSnippet', () => {
  it('makes a form that posts to the intake endpoint with its fields, consent and honeypot', () => {
    const html = embedSnippet({
      serverUrl: 'https://sync.example.com/',
      texts,
      form: {
        key: 'trade-fair',
        name: 'Fair',
        active: true,
        fields: [
          { name: 'email', required: true },
          { name: 'company', required: false },
        ],
        consentText: 'You may contact me <promptly>',
        consentRequired: true,
        thankYouMessage: 'Thanks',
        allowedOrigins: [],
        source: 'website',
      },
    });
    expect(html).toContain('action="https://sync.example.com/api/intake/trade-fair"');
    expect(html).toContain('<input name="email" type="email" autocomplete="email" required>');
    expect(html).toContain('<input name="company" type="text" autocomplete="organization">');
    expect(html).toContain(
      'name="consent" value="on" required> You may contact me &lt;promptly&gt;',
    );
    expect(html).toContain('<input name="website" tabindex="-1"');
    expect(html).toContain('<input type="hidden" name="utm_campaign">');
    expect(html).not.toContain('</script>\n</script>');
  });
});
