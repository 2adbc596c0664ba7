import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteSavedMapping,
  loadSavedMappings,
  saveMapping,
} from '../../../data/import/importMappingStore.ts';
import type { ImportWizardState } from '../hooks/useImportWizard.ts';
import { importPresets, importTargets, targetLabel } from '../utils/importTargets.ts';

/**
 * Step 2: which Fieldbook field each column goes to; presets, suggestions and saved mappings.
 * Rendered with `key={entity}` so the saved mappings reload when the entity changes.
 */
export function ImportMappingStep({ wizard }: { wizard: ImportWizardState }) {
  const { t } = useTranslation();
  const { file, entity, mapping } = wizard;
  const [saved, setSaved] = useState(() => loadSavedMappings(entity));
  const [savedName, setSavedName] = useState('');
  const [chosenSaved, setChosenSaved] = useState('');
  if (!file) return null;

  const targets = importTargets(entity);
  const options = [
    { value: 'ignore', label: t('import.mapping.ignore') },
    ...targets.map((target) => ({ value: target, label: targetLabel(t, target) })),
  ];
  const targetOf = (header: string) => mapping.columns[header] ?? 'ignore';
  const mappedCount = file.headers.filter((header) => targetOf(header) !== 'ignore').length;

  function handleSave() {
    const name = savedName.trim();
    if (!name) return;
    setSaved(saveMapping({ name, entity, mapping }));
    setChosenSaved(name);
    notifications.show({ message: t('import.mapping.savedNotice', { name }) });
  }

  function handleChooseSaved(name: string) {
    setChosenSaved(name);
    const chosen = saved.find((item) => item.name === name);
    if (chosen) wizard.setMapping({ columns: chosen.columns });
  }

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('import.mapping.preset')}
          description={
            wizard.presetId
              ? t('import.mapping.presetDetected', {
                  preset: t(`import.mapping.presets.${wizard.presetId}`),
                })
              : undefined
          }
          value={wizard.presetId ?? 'suggested'}
          onChange={(event) => wizard.applyPreset(event.currentTarget.value)}
          data={[
            { value: 'suggested', label: t('import.mapping.presets.suggested') },
            ...importPresets(entity).map((id) => ({
              value: id,
              label: t(`import.mapping.presets.${id}`),
            })),
          ]}
        />
        <NativeSelect
          label={t('import.mapping.saved')}
          value={chosenSaved}
          onChange={(event) => handleChooseSaved(event.currentTarget.value)}
          data={[
            { value: '', label: saved.length ? '—' : t('import.mapping.savedNone') },
            ...saved.map((item) => ({ value: item.name, label: item.name })),
          ]}
        />
        {chosenSaved && (
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('import.mapping.deleteSaved')}
            onClick={() => {
              setSaved(deleteSavedMapping(entity, chosenSaved));
              setChosenSaved('');
            }}
          >
            <IconTrash size={16} />
          </ActionIcon>
        )}
        <TextInput
          label={t('import.mapping.saveName')}
          value={savedName}
          maxLength={100}
          onChange={(event) => setSavedName(event.currentTarget.value)}
        />
        <Button variant="default" disabled={!savedName.trim()} onClick={handleSave}>
          {t('import.mapping.save')}
        </Button>
      </Group>
      <Table striped withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.mapping.column')}</Table.Th>
            <Table.Th>{t('import.mapping.sample')}</Table.Th>
            <Table.Th>{t('import.mapping.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {file.headers.map((header, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a file may repeat a header; columns never move.
            <Table.Tr key={`${header}-${index}`}>
              <Table.Td fw={500}>{header}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={1} maw={260}>
                  {file.records[0]?.[index] ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={t('import.mapping.targetFor', { header })}
                  value={targetOf(header)}
                  onChange={(event) => wizard.setTarget(header, event.currentTarget.value)}
                  data={options}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mappedCount === 0 && <Alert color="yellow">{t('import.mapping.nothingMapped')}</Alert>}
      <Group justify="space-between">
        <Button variant="default" onClick={() => wizard.setStep('file')}>
          {t('import.actions.back')}
        </Button>
        <Button disabled={mappedCount === 0} onClick={() => void wizard.preview()}>
          {t('import.actions.next')}
        </Button>
      </Group>
    </Stack>
  );
}
