import { Checkbox, Select, Table, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type QuoteTermsTemplatesValue,
  quoteTermsTemplatesValueSchema,
} from '../../../../shared/domain/companySettings.ts';
import { newRowId } from '../utils/numberInput.ts';
import { EditableRows } from './EditableRows.tsx';
import { SettingEditorCard } from './SettingEditorCard.tsx';

type Template = QuoteTermsTemplatesValue['templates'][number];

export type QuoteTermsTemplatesEditorProps = {
  saved: QuoteTermsTemplatesValue | undefined;
  canEdit: boolean;
  onSave: (value: QuoteTermsTemplatesValue) => Promise<void>;
};

const fallback: QuoteTermsTemplatesValue = { kind: 'quoteTermsTemplates', templates: [] };

/** Terms-and-conditions texts a quote starts from, per language; one default per language. */
export function QuoteTermsTemplatesEditor({
  saved,
  canEdit,
  onSave,
}: QuoteTermsTemplatesEditorProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.quoteTerms';
  const languages = [
    { value: 'zh-CN', label: t(`${k}.languages.zh-CN`) },
    { value: 'en', label: t(`${k}.languages.en`) },
  ];
  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={quoteTermsTemplatesValueSchema}
      saved={saved}
      fallback={fallback}
      canEdit={canEdit}
      onSave={onSave}
    >
      {({ draft, setDraft, error, readOnly }) => (
        <EditableRows<Template>
          label={t(`${k}.title`)}
          rows={draft.templates}
          columns={[t(`${k}.name`), t(`${k}.language`), t(`${k}.text`), t(`${k}.default`)]}
          readOnly={readOnly}
          onChange={(templates) => setDraft({ ...draft, templates })}
          newRow={() => ({
            id: newRowId(),
            name: '',
            language: 'zh-CN',
            text: '',
            isDefault: false,
          })}
          rowName={(row, index) => row.name || String(index + 1)}
          renderRow={(row, index, update) => {
            const name = row.name || String(index + 1);
            return (
              <>
                <Table.Td>
                  <TextInput
                    aria-label={t(`${k}.nameFor`, { index: index + 1 })}
                    value={row.name}
                    disabled={readOnly}
                    error={error(`templates.${index}.name`)}
                    onChange={(e) => update({ name: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t(`${k}.languageFor`, { name })}
                    data={languages}
                    value={row.language}
                    allowDeselect={false}
                    w={120}
                    disabled={readOnly}
                    onChange={(value) => update({ language: value === 'en' ? 'en' : 'zh-CN' })}
                  />
                </Table.Td>
                <Table.Td miw={280}>
                  <Textarea
                    aria-label={t(`${k}.textFor`, { name })}
                    value={row.text}
                    autosize
                    minRows={2}
                    maxRows={8}
                    disabled={readOnly}
                    error={error(`templates.${index}.text`)}
                    onChange={(e) => update({ text: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={t(`${k}.defaultFor`, { name })}
                    checked={row.isDefault}
                    disabled={readOnly}
                    onChange={(e) => {
                      const isDefault = e.currentTarget.checked;
                      setDraft({
                        ...draft,
                        templates: draft.templates.map((item, i) => ({
                          ...item,
                          isDefault:
                            i === index
                              ? isDefault
                              : isDefault && item.language === row.language
                                ? false
                                : item.isDefault,
                        })),
                      });
                    }}
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
