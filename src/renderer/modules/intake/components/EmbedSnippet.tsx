import { Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type LeadForm, leadFormFieldNames } from '../../../../shared/webToLead/leadFormsSchema.ts';
import { embedSnippet } from '../utils/embedSnippet.ts';

/** The HTML to paste into the company's website for a saved form, with a copy button. */
export function EmbedSnippet({
  form,
  serverUrl,
}: {
  form: LeadForm;
  serverUrl: string | undefined;
}) {
  const { t } = useTranslation();
  if (!serverUrl) {
    return (
      <Text c="dimmed" size="sm" mt="md">
        {t('intake.forms.noServer')}
      </Text>
    );
  }
  const html = embedSnippet({
    form,
    serverUrl,
    texts: {
      fields: Object.fromEntries(
        leadFormFieldNames.map((name) => [name, t(`intake.fields.${name}`)]),
      ) as Record<(typeof leadFormFieldNames)[number], string>,
      send: t('intake.forms.send'),
      honeypot: t('intake.forms.honeypot'),
      sending: t('intake.forms.sending'),
      failed: t('intake.forms.failed'),
    },
  });
  const label = `${t('intake.forms.snippet')}: ${form.name}`;
  return (
    <Stack gap="xs" mt="md">
      <Group justify="space-between">
        <Title order={3} fz="sm">
          {t('intake.forms.snippet')}
        </Title>
        <CopyButton value={html}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? t('intake.forms.copied') : t('intake.forms.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed">
        {t('intake.forms.snippetHint')}
      </Text>
      <Code block aria-label={label} style={{ maxHeight: 240, overflow: 'auto' }}>
        {html}
      </Code>
    </Stack>
  );
}
