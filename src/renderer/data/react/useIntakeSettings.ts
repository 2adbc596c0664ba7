import { useCallback, useMemo } from 'react';
import type { AssignmentRulesValue } from '../../../shared/assignment/assignmentRulesSchema.ts';
import type { SettingKind, SettingOf } from '../../../shared/domain/setting.ts';
import type { PredictiveModelValue } from '../../../shared/predictive/predictiveModelSchema.ts';
import type { LeadFormsValue } from '../../../shared/webToLead/leadFormsSchema.ts';
import {
  retrainPredictiveModel,
  saveAssignmentRules,
  saveLeadForms,
} from '../intake/intakeCommands.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$, settingEditors } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

function useSettingValue<K extends SettingKind>(kind: K) {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue(kind, () =>
    hasCollection(data, 'settings') ? setting$(data, kind) : undefined,
  );
  return { value: (value as SettingOf<K> | undefined)?.value, loading };
}

const noForms: LeadFormsValue = { kind: 'leadForms', forms: [] };
const noRules: AssignmentRulesValue = { kind: 'assignmentRules', rules: [] };

/**
 * The web-to-lead forms, assignment rules and learned model (settings), live, with the commands
 * that change them; only managers and admins may save or retrain.
 */
export function useIntakeSettings(): {
  forms: LeadFormsValue;
  rules: AssignmentRulesValue;
  model: PredictiveModelValue | undefined;
  loading: boolean;
  canEdit: boolean;
  saveForms(value: LeadFormsValue): Promise<void>;
  saveRules(value: AssignmentRulesValue): Promise<void>;
  retrain(): Promise<PredictiveModelValue>;
} {
  const { data, clock, currentUser } = useDataContext();
  const forms = useSettingValue('leadForms');
  const rules = useSettingValue('assignmentRules');
  const model = useSettingValue('predictiveModel');
  const context = useMemo(() => ({ data, clock, user: currentUser }), [data, clock, currentUser]);
  const saveForms = useCallback(
    (value: LeadFormsValue) => saveLeadForms(context, value),
    [context],
  );
  const saveRules = useCallback(
    (value: AssignmentRulesValue) => saveAssignmentRules(context, value),
    [context],
  );
  const retrain = useCallback(() => retrainPredictiveModel(context), [context]);
  const canEdit = settingEditors.includes(currentUser.role);
  const loading = forms.loading || rules.loading || model.loading;
  return useMemo(
    () => ({
      forms: forms.value ?? noForms,
      rules: rules.value ?? noRules,
      model: model.value,
      loading,
      canEdit,
      saveForms,
      saveRules,
      retrain,
    }),
    [forms.value, rules.value, model.value, loading, canEdit, saveForms, saveRules, retrain],
  );
}
