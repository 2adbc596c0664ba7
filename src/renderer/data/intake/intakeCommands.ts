import {
  type AssignmentRulesValue,
  assignmentRulesValueSchema,
} from '../../../shared/assignment/assignmentRulesSchema.ts';
import { type Activity, activitySchema } from '../../../shared/domain/activity.ts';
import { type Opportunity, opportunitySchema } from '../../../shared/domain/opportunity.ts';
import {
  leadHistories,
  trainingExamples,
} from '../../../shared/predictive/collectLeadHistories.ts';
import type { PredictiveModelValue } from '../../../shared/predictive/predictiveModelSchema.ts';
import { trainPredictiveModel } from '../../../shared/predictive/trainPredictiveModel.ts';
import {
  type LeadFormsValue,
  leadFormsValueSchema,
} from '../../../shared/webToLead/leadFormsSchema.ts';
import { fromLeadDoc } from '../leads/leadDocument.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import { type CommandContext, collectionOf, plainRecord } from '../records/recordStore.ts';
import { assertSettingEditor, saveSetting } from '../settings/settingsStore.ts';

/** Saves the web-to-lead forms (managers and admins only). */
export async function saveLeadForms(context: CommandContext, value: LeadFormsValue): Promise<void> {
  assertSettingEditor(context.user.role);
  await saveSetting(context, parseRecord('leadForms', leadFormsValueSchema, value));
}

/** Saves the lead assignment rules the server routes new leads by (managers and admins only). */
export async function saveAssignmentRules(
  context: CommandContext,
  value: AssignmentRulesValue,
): Promise<void> {
  assertSettingEditor(context.user.role);
  await saveSetting(context, parseRecord('assignmentRules', assignmentRulesValueSchema, value));
}

function readAll<T>(docs: readonly { _data: unknown }[], parse: (raw: unknown) => T | undefined) {
  const out: T[] = [];
  for (const doc of docs) {
    const value = parse(plainRecord(doc._data as Record<string, unknown>));
    if (value !== undefined) out.push(value);
  }
  return out;
}

/**
 * Retrains the learned win model on this device from the won/lost leads it holds, and shares it
 * (or the fact that there was too little history) through the `predictiveModel` setting.
 */
export async function retrainPredictiveModel(
  context: CommandContext,
): Promise<PredictiveModelValue> {
  assertSettingEditor(context.user.role);
  const { data, clock, user } = context;
  const [leadDocs, activityDocs, dealDocs] = await Promise.all([
    data.leads.find().exec(),
    collectionOf(data, 'activities').find().exec(),
    collectionOf(data, 'opportunities').find().exec(),
  ]);
  const leads = leadDocs.map((doc) => fromLeadDoc(doc.toJSON() as Record<string, unknown>));
  const activities = readAll<Activity>(activityDocs, (raw) => activitySchema.safeParse(raw).data);
  const deals = readAll<Opportunity>(dealDocs, (raw) => opportunitySchema.safeParse(raw).data);
  const examples = trainingExamples({
    histories: leadHistories({ leads, activities }),
    opportunities: deals,
  });
  const now = clock();
  const result = trainPredictiveModel({ examples, seed: 20_260_101 });
  const value: PredictiveModelValue = {
    kind: 'predictiveModel',
    trainedAt: now.toISOString(),
    trainedBy: user.id,
    status: result.status,
    examples: result.examples,
    minimumExamples: result.minimumExamples,
    ...(result.status === 'trained' ? { model: result.model, quality: result.quality } : {}),
  };
  await saveSetting(context, value);
  return value;
}
