import { useCallback, useState } from 'react';
import type { CsvEncoding } from '../../../../shared/intake/decodeCsvBytes.ts';
import { type LeadCsvPresetId, presetMapping } from '../../../../shared/intake/leadCsvPresets.ts';
import {
  type CsvColumnSetId,
  type CsvMapping,
  recordPresetMapping,
} from '../../../../shared/intake/recordCsvPresets.ts';
import type {
  DuplicatePolicy,
  ImportEntity,
  ImportPlan,
  ImportProgress,
  ImportReport,
} from '../../../data/import/importTypes.ts';
import {
  type ImportFile,
  readImportFile,
  suggestImportMapping,
} from '../../../data/import/planImport.ts';
import { useImportCommands } from '../../../data/import/useImportData.ts';

export type WizardStep = 'file' | 'mapping' | 'preview' | 'report';

/** The import wizard's state and steps: pick, map, preview, import, report. */
export function useImportWizard() {
  const commands = useImportCommands();
  const [step, setStep] = useState<WizardStep>('file');
  const [entity, setEntityState] = useState<ImportEntity>('leads');
  const [fileName, setFileName] = useState('');
  const [bytes, setBytes] = useState<Uint8Array>();
  const [file, setFile] = useState<ImportFile>();
  const [detectedEncoding, setDetectedEncoding] = useState<CsvEncoding>();
  const [mapping, setMapping] = useState<CsvMapping>({ columns: {} });
  const [presetId, setPresetId] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportPlan>();
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip');
  const [eventId, setEventId] = useState('');
  const [progress, setProgress] = useState<ImportProgress>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<unknown>();

  const applyFile = useCallback((next: ImportFile, forEntity: ImportEntity) => {
    setFile(next);
    const suggestion = suggestImportMapping(forEntity, next.headers);
    setMapping(suggestion.mapping);
    setPresetId(suggestion.presetId);
  }, []);

  const setEntity = useCallback(
    (next: ImportEntity) => {
      setEntityState(next);
      if (file) applyFile(file, next);
      if (next === 'products' && policy === 'create') setPolicy('skip');
    },
    [file, applyFile, policy],
  );

  const pickFile = useCallback(
    async (picked: File | null) => {
      setError(undefined);
      if (!picked) return;
      const content = new Uint8Array(await picked.arrayBuffer());
      const read = readImportFile(content);
      setFileName(picked.name);
      setBytes(content);
      setDetectedEncoding(read.encoding);
      applyFile(read, entity);
    },
    [entity, applyFile],
  );

  const setEncoding = useCallback(
    (encoding: CsvEncoding) => {
      if (!bytes) return;
      applyFile(readImportFile(bytes, encoding), entity);
    },
    [bytes, entity, applyFile],
  );

  const applyPreset = useCallback(
    (id: string) => {
      if (!file) return;
      if (id === 'suggested') {
        applyFile(file, entity);
        return;
      }
      const preset =
        entity === 'leads'
          ? presetMapping(id as LeadCsvPresetId)
          : recordPresetMapping(entity, id as CsvColumnSetId);
      // Headers the preset does not know stay as they were mapped.
      setMapping((current) => ({ columns: { ...current.columns, ...preset.columns } }));
      setPresetId(id);
    },
    [file, entity, applyFile],
  );

  const setTarget = useCallback((header: string, target: string) => {
    setMapping((current) => ({ columns: { ...current.columns, [header]: target } }));
  }, []);

  const preview = useCallback(async () => {
    if (!file) return;
    setError(undefined);
    setStep('preview');
    setPlan(undefined);
    try {
      setPlan(
        await commands.plan({
          entity,
          file,
          mapping,
          ...(entity === 'leads' && eventId ? { eventId } : {}),
          onProgress: setProgress,
        }),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(undefined);
    }
  }, [commands, entity, file, mapping, eventId]);

  const start = useCallback(async () => {
    if (!plan) return;
    setError(undefined);
    try {
      const done = await commands.run({ plan, policy, onProgress: setProgress });
      setReport(done);
      setStep('report');
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(undefined);
    }
  }, [commands, plan, policy]);

  const reset = useCallback(() => {
    setStep('file');
    setFile(undefined);
    setBytes(undefined);
    setFileName('');
    setPlan(undefined);
    setReport(undefined);
    setError(undefined);
  }, []);

  return {
    step,
    setStep,
    entity,
    setEntity,
    fileName,
    file,
    detectedEncoding,
    pickFile,
    setEncoding,
    mapping,
    setMapping,
    presetId,
    applyPreset,
    setTarget,
    preview,
    plan,
    policy,
    setPolicy,
    eventId,
    setEventId,
    start,
    progress,
    report,
    error,
    reset,
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;
