import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leadSources } from '../../../../shared/domain/lead.ts';
import {
  type LeadForm,
  type LeadFormFieldName,
  type LeadFormsValue,
  leadFormFieldNames,
  leadFormsValueSchema,
} from '../../../../shared/webToLead/leadFormsSchema.ts';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { EmbedSnippet } from './EmbedSnippet.tsx';

type Draft = LeadForm & { originsText: string; uid: number };

// Drafts need a stable React key while their form key is being edited.
let nextUid = 1;

const toDraft = (form: LeadForm): Draft => {
  nextUid += 1;
  return { ...form, originsText: form.allowedOrigins.join('\n'), uid: nextUid };
};
const fromDraft = ({ originsText, uid: _uid, ...form }: Draft): LeadForm => ({
  ...form,
  allowedOrigins: originsText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
});

function newForm(index: number): Draft {
  return toDraft({
    key: `web-form-${index}`,
    name: `Web form ${index}`,
    active: true,
    fields: [
      { name: 'firstName', required: true },
      { name: 'lastName', required: true },
      { name: 'email', required: true },
      { name: 'company', required: false },
    ],
    consentText: '',
    consentRequired: false,
    thankYouMessage: 'Thank you!',
    allowedOrigins: [],
    source: 'website',
  });
}

export type LeadFormsEditorProps = {
  value: LeadFormsValue;
  canEdit: boolean;
  serverUrl: string | undefined;
  onSave: (value: LeadFormsValue) => Promise<void>;
};

/** The company's web-to-lead forms: fields, consent, thank-you, allowed sites, embed snippet. */
export function LeadFormsEditor({ value, canEdit, serverUrl, onSave }: LeadFormsEditorProps) {
  const { t } = useTranslation();
  const { run } = useCommand(errorMessage);
  const [drafts, setDrafts] = useState<Draft[]>(() => value.forms.map(toDraft));
  const [problem, setProblem] = useState<string>();
  useEffect(() => setDrafts(value.forms.map(toDraft)), [value]);
  const fieldOptions = leadFormFieldNames.map((name) => ({
    value: name,
    label: t(`intake.fields.${name}`),
  }));
  const update = (index: number, patch: Partial<Draft>) =>
    setDrafts((list) => list.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));

  const handleSave = async () => {
    const next = { kind: 'leadForms' as const, forms: drafts.map(fromDraft) };
    const parsed = leadFormsValueSchema.safeParse(next);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const form = drafts[Number(issue?.path[1])]?.name ?? '';
      setProblem(
        t('intake.forms.invalid', {
          name: form,
          problem: `${issue?.path.slice(2).join('.')}: ${issue?.message}`,
        }),
      );
      return;
    }
    setProblem(undefined);
    await run(() => onSave(parsed.data), t('intake.page.saved'));
  };

  return (
    <Stack gap="md">
      {drafts.length === 0 && <Text c="dimmed">{t('intake.forms.empty')}</Text>}
      {drafts.map((draft, index) => {
        const names = draft.fields.map((field) => field.name);
        const saved = value.forms.find((form) => form.key === draft.key);
        return (
          <Card key={draft.uid} withBorder radius="lg" padding="lg">
            <Group justify="space-between" mb="sm">
              <Title order={2} fz="md">
                {t('intake.forms.formHeading', { name: draft.name })}
              </Title>
              {canEdit && (
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  onClick={() => setDrafts((list) => list.filter((_, i) => i !== index))}
                >
                  {t('intake.forms.remove', { name: draft.name })}
                </Button>
              )}
            </Group>
            <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <TextInput
                  label={t('intake.forms.name')}
                  value={draft.name}
                  onChange={(event) => update(index, { name: event.currentTarget.value })}
                />
                <TextInput
                  label={t('intake.forms.key')}
                  value={draft.key}
                  onChange={(event) => update(index, { key: event.currentTarget.value })}
                />
                <MultiSelect
                  label={t('intake.forms.fields')}
                  data={fieldOptions}
                  value={names}
                  onChange={(selected) =>
                    update(index, {
                      fields: selected.map((name) => ({
                        name: name as LeadFormFieldName,
                        required: draft.fields.find((f) => f.name === name)?.required ?? false,
                      })),
                    })
                  }
                />
                <MultiSelect
                  label={t('intake.forms.required')}
                  data={fieldOptions.filter((option) => names.includes(option.value))}
                  value={draft.fields.filter((field) => field.required).map((field) => field.name)}
                  onChange={(selected) =>
                    update(index, {
                      fields: draft.fields.map((field) => ({
                        ...field,
                        required: selected.includes(field.name),
                      })),
                    })
                  }
                />
                <Textarea
                  label={t('intake.forms.consentText')}
                  value={draft.consentText}
                  autosize
                  minRows={2}
                  onChange={(event) => update(index, { consentText: event.currentTarget.value })}
                />
                <Textarea
                  label={t('intake.forms.origins')}
                  description={t('intake.forms.originsHint')}
                  value={draft.originsText}
                  autosize
                  minRows={2}
                  onChange={(event) => update(index, { originsText: event.currentTarget.value })}
                />
                <TextInput
                  label={t('intake.forms.thankYou')}
                  value={draft.thankYouMessage}
                  onChange={(event) =>
                    update(index, { thankYouMessage: event.currentTarget.value })
                  }
                />
                <TextInput
                  label={t('intake.forms.redirectUrl')}
                  value={draft.redirectUrl ?? ''}
                  onChange={(event) => {
                    const url = event.currentTarget.value.trim();
                    update(index, { redirectUrl: url === '' ? undefined : url });
                  }}
                />
                <NativeSelect
                  label={t('intake.forms.source')}
                  value={draft.source}
                  data={leadSources.map((source) => ({
                    value: source,
                    label: t(`leads.sources.${source}`),
                  }))}
                  onChange={(event) =>
                    update(index, { source: event.currentTarget.value as LeadForm['source'] })
                  }
                />
                <TextInput
                  label={t('intake.forms.campaign')}
                  value={draft.campaign ?? ''}
                  onChange={(event) => {
                    const campaign = event.currentTarget.value;
                    update(index, { campaign: campaign === '' ? undefined : campaign });
                  }}
                />
                <Switch
                  label={t('intake.forms.consentRequired')}
                  checked={draft.consentRequired}
                  onChange={(event) =>
                    update(index, { consentRequired: event.currentTarget.checked })
                  }
                />
                <Switch
                  label={t('intake.forms.active')}
                  checked={draft.active}
                  onChange={(event) => update(index, { active: event.currentTarget.checked })}
                />
              </SimpleGrid>
            </fieldset>
            {saved && <EmbedSnippet form={saved} serverUrl={serverUrl} />}
          </Card>
        );
      })}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {canEdit && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setDrafts((list) => [...list, newForm(list.length + 1)])}
          >
            {t('intake.forms.add')}
          </Button>
          <Button onClick={() => void handleSave()}>{t('intake.forms.save')}</Button>
        </Group>
      )}
    </Stack>
  );
}
