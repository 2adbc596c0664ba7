import {
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  type Icon,
  IconAdjustments,
  IconBuildingStore,
  IconChevronRight,
  IconClockCheck,
  IconCoins,
  IconFileText,
  IconForms,
  IconGavel,
  IconHash,
  IconHistory,
  IconListDetails,
  IconPercentage,
  IconReceiptTax,
  IconRobot,
  IconSettings,
  IconShieldCheck,
  IconShieldLock,
  IconTarget,
} from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../data/index.ts';
import {
  adminUsersPath,
  auditLogPath,
  settingsEditorPath,
} from '../modules/admin/utils/adminPaths.ts';
import {
  editorTextKey,
  type SettingsEditorKey,
  settingsEditorKeys,
} from '../modules/admin/utils/settingsEditors.ts';
import { paths } from '../routes.tsx';

type HubLink = { to: string; title: string; description: string; icon: Icon };
type HubGroup = { key: string; title: string; links: HubLink[] };

const editorIcons: Record<SettingsEditorKey, Icon> = {
  company: IconBuildingStore,
  currencies: IconCoins,
  taxRates: IconReceiptTax,
  paymentTerms: IconPercentage,
  quoteTerms: IconFileText,
  approvalThresholds: IconGavel,
  numberSeries: IconHash,
  consentTexts: IconShieldCheck,
  eventQuestions: IconListDetails,
};

/** Every company settings page in one place, grouped by the work it shapes; each syncs to every device. */
export function SettingsHubPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const editor = (key: SettingsEditorKey): HubLink => ({
    to: settingsEditorPath(key),
    title: t(`admin.settings.${editorTextKey[key]}.title`),
    description: t(`admin.settings.${editorTextKey[key]}.description`),
    icon: editorIcons[key],
  });
  const hub = (to: string, key: string, icon: Icon): HubLink => ({
    to,
    title: t(`admin.settings.hub.${key}`),
    description: t(`admin.settings.hub.${key}Description`),
    icon,
  });
  const groups: HubGroup[] = [
    {
      key: 'company',
      title: t('admin.settings.hub.groups.company'),
      links: [editor('company'), editor('currencies'), editor('taxRates'), editor('numberSeries')],
    },
    {
      key: 'sales',
      title: t('admin.settings.hub.groups.sales'),
      links: [
        hub(paths.scoringRules, 'scoring', IconAdjustments),
        hub(paths.pipelineSettings, 'pipeline', IconTarget),
        editor('quoteTerms'),
        editor('approvalThresholds'),
        editor('paymentTerms'),
        hub(paths.automationSettings, 'automation', IconRobot),
      ],
    },
    {
      key: 'marketing',
      title: t('admin.settings.hub.groups.marketing'),
      links: [
        hub(paths.intakeSettings, 'intake', IconForms),
        editor('consentTexts'),
        editor('eventQuestions'),
      ],
    },
    {
      key: 'service',
      title: t('admin.settings.hub.groups.service'),
      links: [hub(paths.serviceLevels, 'serviceLevels', IconClockCheck)],
    },
    {
      key: 'administration',
      title: t('admin.settings.hub.groups.administration'),
      links: [
        ...(role === 'admin' || role === 'manager'
          ? [hub(adminUsersPath, 'users', IconShieldLock)]
          : []),
        ...(role === 'admin' ? [hub(auditLogPath, 'audit', IconHistory)] : []),
      ],
    },
  ];
  // An editor added later but not yet placed in a group still gets its card (under Company).
  const placed = new Set(groups.flatMap((group) => group.links.map((link) => link.to)));
  const unplaced = settingsEditorKeys.filter((key) => !placed.has(settingsEditorPath(key)));
  groups[0]?.links.push(...unplaced.map(editor));
  return (
    <Stack gap="lg" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
          <IconSettings size={22} stroke={1.75} />
        </ThemeIcon>
        <div>
          <Title order={1} fz={26}>
            {t('admin.settings.hub.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('admin.settings.hub.subtitle')}
          </Text>
        </div>
      </Group>
      {groups
        .filter((group) => group.links.length > 0)
        .map((group) => (
          <HubSection key={group.key} group={group} />
        ))}
    </Stack>
  );
}

function HubSection({ group }: { group: HubGroup }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} fz="sm" fw={600} c="dimmed" tt="uppercase" mb="xs">
        {group.title}
      </Title>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="sm"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {group.links.map(({ to, title, description, icon: LinkIcon }) => (
          <li key={to}>
            <UnstyledButton component={Link} to={to} w="100%" h="100%">
              <Card withBorder radius="lg" padding="md" h="100%">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon size={34} radius="md" variant="light" aria-hidden>
                    <LinkIcon size={19} stroke={1.75} />
                  </ThemeIcon>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Text fw={600}>{title}</Text>
                    <Text size="sm" c="dimmed" mt={2}>
                      {description}
                    </Text>
                  </div>
                  <IconChevronRight
                    size={16}
                    stroke={1.75}
                    color="var(--mantine-color-dimmed)"
                    aria-hidden
                  />
                </Group>
              </Card>
            </UnstyledButton>
          </li>
        ))}
      </SimpleGrid>
    </section>
  );
}
