import { Anchor, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSettingEditor } from '../data/admin/adminHooks.ts';
import { useDeviceSeries } from '../data/index.ts';
import { settingsHubPath } from '../modules/admin/utils/adminPaths.ts';
import {
  isSettingsEditorKey,
  type SettingsEditorKey,
} from '../modules/admin/utils/settingsEditors.ts';
import { ApprovalThresholdsEditor } from '../modules/settings/components/ApprovalThresholdsEditor.tsx';
import { CompanyProfileEditor } from '../modules/settings/components/CompanyProfileEditor.tsx';
import { ConsentTextsEditor } from '../modules/settings/components/ConsentTextsEditor.tsx';
import { CurrenciesEditor } from '../modules/settings/components/CurrenciesEditor.tsx';
import { EventQuestionTemplatesEditor } from '../modules/settings/components/EventQuestionTemplatesEditor.tsx';
import { NumberSeriesEditor } from '../modules/settings/components/NumberSeriesEditor.tsx';
import { PaymentTermsEditor } from '../modules/settings/components/PaymentTermsEditor.tsx';
import { QuoteTermsTemplatesEditor } from '../modules/settings/components/QuoteTermsTemplatesEditor.tsx';
import { TaxRatesEditor } from '../modules/settings/components/TaxRatesEditor.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

function CompanyEditor() {
  const setting = useSettingEditor('companyProfile');
  return (
    <CompanyProfileEditor saved={setting.value} canEdit={setting.canEdit} onSave={setting.save} />
  );
}
function CurrencyEditor() {
  const setting = useSettingEditor('currencies');
  const today = new Date().toISOString().slice(0, 10);
  return (
    <CurrenciesEditor
      saved={setting.value}
      canEdit={setting.canEdit}
      onSave={setting.save}
      today={today}
    />
  );
}
function TaxEditor() {
  const setting = useSettingEditor('taxRates');
  return <TaxRatesEditor saved={setting.value} canEdit={setting.canEdit} onSave={setting.save} />;
}
function TermsEditor() {
  const setting = useSettingEditor('paymentTerms');
  return (
    <PaymentTermsEditor saved={setting.value} canEdit={setting.canEdit} onSave={setting.save} />
  );
}
function TemplatesEditor() {
  const setting = useSettingEditor('quoteTermsTemplates');
  return (
    <QuoteTermsTemplatesEditor
      saved={setting.value}
      canEdit={setting.canEdit}
      onSave={setting.save}
    />
  );
}
function ThresholdsEditor() {
  const setting = useSettingEditor('approvalThresholds');
  return (
    <ApprovalThresholdsEditor
      saved={setting.value}
      canEdit={setting.canEdit}
      onSave={setting.save}
    />
  );
}
function SeriesEditor() {
  const setting = useSettingEditor('numberSeries');
  const series = useDeviceSeries();
  return (
    <NumberSeriesEditor
      saved={setting.value}
      canEdit={setting.canEdit}
      onSave={setting.save}
      deviceCode={series.source === 'server' ? series.deviceCode : undefined}
    />
  );
}
function ConsentEditor() {
  const setting = useSettingEditor('consentTexts');
  return (
    <ConsentTextsEditor saved={setting.value} canEdit={setting.canEdit} onSave={setting.save} />
  );
}

function QuestionTemplatesEditor() {
  const setting = useSettingEditor('eventQuestionTemplates');
  return (
    <EventQuestionTemplatesEditor
      saved={setting.value}
      canEdit={setting.canEdit}
      onSave={setting.save}
    />
  );
}

const editors: Record<SettingsEditorKey, () => React.JSX.Element> = {
  company: CompanyEditor,
  currencies: CurrencyEditor,
  taxRates: TaxEditor,
  paymentTerms: TermsEditor,
  quoteTerms: TemplatesEditor,
  approvalThresholds: ThresholdsEditor,
  numberSeries: SeriesEditor,
  consentTexts: ConsentEditor,
  eventQuestions: QuestionTemplatesEditor,
};

/** One company settings editor, chosen by `/settings/:editor`. */
export function SettingsEditorPage() {
  const { t } = useTranslation();
  const { editor } = useParams();
  if (!isSettingsEditorKey(editor)) return <NotFoundPage />;
  const Editor = editors[editor];
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <Anchor component={Link} to={settingsHubPath} size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} />{' '}
        {t('admin.settings.backToHub')}
      </Anchor>
      <Editor />
    </Stack>
  );
}
