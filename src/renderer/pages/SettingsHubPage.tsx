import { Card, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { settingsEditorPath } from '../modules/admin/utils/adminPaths.ts';
import { editorTextKey, settingsEditorKeys } from '../modules/admin/utils/settingsEditors.ts';
import { paths } from '../routes.tsx';

/** Every company settings editor in one place; each setting syncs to every device. */
export function SettingsHubPage() {
  const { t } = useTranslation();
  const links = [
    ...settingsEditorKeys.map((key) => ({
      to: settingsEditorPath(key),
      title: t(`admin.settings.${editorTextKey[key]}.title`),
      description: t(`admin.settings.${editorTextKey[key]}.description`),
    })),
    {
      to: paths.scoringRules,
      title: t('admin.settings.hub.scoring'),
      description: t('admin.settings.hub.scoringDescription'),
    },
    {
      to: paths.pipelineSettings,
      title: t('admin.settings.hub.pipeline'),
      description: t('admin.settings.hub.pipelineDescription'),
    },
    {
      to: paths.serviceLevels,
      title: t('admin.settings.hub.serviceLevels'),
      description: t('admin.settings.hub.serviceLevelsDescription'),
    },
  ];
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('admin.settings.hub.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('admin.settings.hub.subtitle')}
        </Text>
      </div>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="md"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {links.map((link) => (
          <li key={link.to}>
            <UnstyledButton component={Link} to={link.to} w="100%" h="100%">
              <Card withBorder radius="lg" padding="md" h="100%">
                <Text fw={600}>{link.title}</Text>
                <Text size="sm" c="dimmed" mt={4}>
                  {link.description}
                </Text>
              </Card>
            </UnstyledButton>
          </li>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
