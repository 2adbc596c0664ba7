import {
  Button,
  FileButton,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CompanyProfileValue,
  companyLogoMaxChars,
  companyProfileValueSchema,
} from '../../../../shared/domain/companySettings.ts';
import { SettingEditorCard } from './SettingEditorCard.tsx';

export type CompanyProfileEditorProps = {
  saved: CompanyProfileValue | undefined;
  canEdit: boolean;
  onSave: (value: CompanyProfileValue) => Promise<void>;
};

const fallback: CompanyProfileValue = { kind: 'companyProfile', name: '' };
const textFields = ['name', 'nameEn', 'phone', 'email', 'website', 'taxId', 'country'] as const;

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The seller block on printed quotes: company name, address, contact details and logo. */
export function CompanyProfileEditor({ saved, canEdit, onSave }: CompanyProfileEditorProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.companyProfile';
  const [logoError, setLogoError] = useState<string>();
  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={companyProfileValueSchema}
      saved={saved}
      fallback={fallback}
      canEdit={canEdit}
      onSave={onSave}
    >
      {({ draft, setDraft, error, readOnly }) => {
        const handleLogo = async (file: File | null) => {
          if (!file) return;
          setLogoError(undefined);
          const url = await readDataUrl(file);
          if (url.length > companyLogoMaxChars) {
            setLogoError(
              t(`${k}.logoTooLarge`, { max: Math.floor((companyLogoMaxChars * 3) / 4 / 1024) }),
            );
            return;
          }
          setDraft({ ...draft, logoDataUrl: url });
        };
        return (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {textFields.map((field) => (
                <TextInput
                  key={field}
                  label={t(`${k}.${field}`)}
                  required={field === 'name'}
                  value={draft[field] ?? ''}
                  disabled={readOnly}
                  error={error(field)}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setDraft({
                      ...draft,
                      [field]: field === 'country' ? value.toUpperCase() : value,
                    });
                  }}
                />
              ))}
            </SimpleGrid>
            <Textarea
              label={t(`${k}.address`)}
              value={draft.address ?? ''}
              autosize
              minRows={2}
              disabled={readOnly}
              error={error('address')}
              onChange={(e) => setDraft({ ...draft, address: e.currentTarget.value })}
            />
            <Textarea
              label={t(`${k}.addressEn`)}
              value={draft.addressEn ?? ''}
              autosize
              minRows={2}
              disabled={readOnly}
              error={error('addressEn')}
              onChange={(e) => setDraft({ ...draft, addressEn: e.currentTarget.value })}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t(`${k}.logo`)}
              </Text>
              <Group gap="sm" align="center">
                {draft.logoDataUrl ? (
                  <Image
                    src={draft.logoDataUrl}
                    alt={t(`${k}.logoPreview`)}
                    h={56}
                    w="auto"
                    fit="contain"
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t(`${k}.noLogo`)}
                  </Text>
                )}
                {!readOnly && (
                  <FileButton
                    accept="image/png,image/jpeg,image/webp,image/svg+xml"
                    onChange={(file) => void handleLogo(file)}
                  >
                    {(props) => (
                      <Button
                        {...props}
                        variant="light"
                        size="xs"
                        leftSection={<IconPhoto size={14} />}
                      >
                        {t(`${k}.chooseLogo`)}
                      </Button>
                    )}
                  </FileButton>
                )}
                {!readOnly && draft.logoDataUrl && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    leftSection={<IconTrash size={14} />}
                    onClick={() => setDraft({ ...draft, logoDataUrl: undefined })}
                  >
                    {t(`${k}.removeLogo`)}
                  </Button>
                )}
              </Group>
              <Text
                size="xs"
                c={logoError || error('logoDataUrl') ? 'red' : 'dimmed'}
                role={logoError ? 'alert' : undefined}
              >
                {logoError ?? error('logoDataUrl') ?? t(`${k}.logoHint`)}
              </Text>
            </Stack>
          </Stack>
        );
      }}
    </SettingEditorCard>
  );
}
