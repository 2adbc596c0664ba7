import { Card, Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImportWizard, type WizardStep } from '../hooks/useImportWizard.ts';
import { ImportFileStep } from './ImportFileStep.tsx';
import { ImportMappingStep } from './ImportMappingStep.tsx';
import { ImportPreviewStep } from './ImportPreviewStep.tsx';
import { ImportReportStep } from './ImportReportStep.tsx';

const steps: readonly WizardStep[] = ['file', 'mapping', 'preview', 'report'];

/** The CSV import: file → columns → preview → report. */
export function ImportWizard() {
  const { t } = useTranslation();
  const wizard = useImportWizard();
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stepper
        // The report is the end: every step shows as done.
        active={wizard.step === 'report' ? steps.length : steps.indexOf(wizard.step)}
        size="sm"
        mb="lg"
        allowNextStepsSelect={false}
      >
        {steps.map((step) => (
          <Stepper.Step key={step} label={t(`import.steps.${step}`)} />
        ))}
      </Stepper>
      {wizard.step === 'file' && <ImportFileStep wizard={wizard} />}
      {wizard.step === 'mapping' && <ImportMappingStep key={wizard.entity} wizard={wizard} />}
      {wizard.step === 'preview' && <ImportPreviewStep wizard={wizard} />}
      {wizard.step === 'report' && <ImportReportStep wizard={wizard} />}
    </Card>
  );
}
