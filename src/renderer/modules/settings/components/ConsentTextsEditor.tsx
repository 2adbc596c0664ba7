import { NumberInput, Table, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type ConsentTextsValue,
  consentTextsValueSchema,
} from '../../../../shared/domain/companySettings.ts';
import { newRowId, numberOf, shown } from '../utils/numberInput.ts';
import { EditableRows } from './EditableRows.tsx';
import { SettingEditorCard } from './SettingEditorCard.tsx';

type ConsentText = ConsentTextsValue['texts'][number];

export type ConsentTextsEditorProps = {
  saved: ConsentTextsValue | undefined;
  canEdit: boolean;
  onSave: (value: ConsentTextsValue) => Promise<void>;
};

const fallback: ConsentTextsValue = { kind: 'consentTexts', texts: [] };

/** The consent statements shown at capture, per purpose, in both languages, with a version. */
export function ConsentTextsEditor({ saved, canEdit, onSave }: ConsentTextsEditorProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.consentTexts';
  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={consentTextsValueSchema}
      saved={saved}
      fallback={fallback}
      canEdit={canEdit}
      onSave={onSave}
    >
      {({ draft, setDraft, error, readOnly }) => (
        <EditableRows<ConsentText>
          label={t(`${k}.title`)}
          rows={draft.texts}
          columns={[t(`${k}.purpose`), t(`${k}.version`), t(`${k}.textZh`), t(`${k}.textEn`)]}
          readOnly={readOnly}
          onChange={(texts) => setDraft({ ...draft, texts })}
          newRow={() => ({ id: newRowId(), purpose: '', version: 1, text: { zh: '', en: '' } })}
          rowName={(row, index) => row.purpose || String(index + 1)}
          renderRow={(row, index, update) => {
            const name = row.purpose || String(index + 1);
            return (
              <>
                <Table.Td>
                  <TextInput
                    aria-label={t(`${k}.purposeFor`, { index: index + 1 })}
                    value={row.purpose}
                    disabled={readOnly}
                    error={error(`texts.${index}.purpose`)}
                    onChange={(e) => update({ purpose: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t(`${k}.versionFor`, { name })}
                    value={shown(row.version)}
                    allowDecimal={false}
                    w={90}
                    disabled={readOnly}
                    error={error(`texts.${index}.version`)}
                    onChange={(value) => update({ version: numberOf(value) })}
                  />
                </Table.Td>
                <Table.Td miw={220}>
                  <Textarea
                    aria-label={t(`${k}.textZhFor`, { name })}
                    value={row.text.zh}
                    autosize
                    minRows={2}
                    disabled={readOnly}
                    error={error(`texts.${index}.text.zh`)}
                    onChange={(e) => update({ text: { ...row.text, zh: e.currentTarget.value } })}
                  />
                </Table.Td>
                <Table.Td miw={220}>
                  <Textarea
                    aria-label={t(`${k}.textEnFor`, { name })}
                    value={row.text.en}
                    autosize
                    minRows={2}
                    disabled={readOnly}
                    error={error(`texts.${index}.text.en`)}
                    onChange={(e) => update({ text: { ...row.text, en: e.currentTarget.value } })}
                  />
                </Table.Td>
              </>
            );
          }}
        />
      )}
    </SettingEditorCard>
  );
}
