import type { BaseRecord } from '../../../shared/domain/baseRecord.ts';
import {
  type Opportunity,
  type OpportunityStage,
  opportunitySchema,
} from '../../../shared/domain/opportunity.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { changeOpportunityStage } from '../../../shared/pipeline/changeOpportunityStage.ts';
import { stageProbability } from '../../../shared/pipeline/stageProbabilities.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  findDocument,
  hasCollection,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';
import { readSetting } from '../settings/settingsStore.ts';

// Stage moves go through changeStage (workflow + history); closing fields follow the stage.
type StageFields = 'stage' | 'stageHistory' | 'closedAt' | 'lostReason';

/** What a user enters for a deal; the stage defaults to prospecting, the probability to the stage's. */
export type OpportunityInput = Pick<
  Opportunity,
  'accountId' | 'name' | 'amount' | 'expectedCloseDate'
> &
  Partial<Omit<Opportunity, keyof BaseRecord | StageFields>> & {
    stage?: Extract<OpportunityStage, 'prospecting' | 'qualification' | 'proposal' | 'negotiation'>;
  };

export type OpportunityPatch = Partial<Omit<Opportunity, keyof BaseRecord | StageFields>>;

export type OpportunityCommands = {
  createOpportunity(input: OpportunityInput): Promise<Opportunity>;
  updateOpportunity(id: string, patch: OpportunityPatch): Promise<Opportunity>;
  changeStage(
    id: string,
    to: OpportunityStage,
    options?: { reason?: string },
  ): Promise<Opportunity>;
};

/** Opportunity commands; every stage change is checked by the workflow and recorded. */
export function createOpportunityCommands({
  data,
  clock,
  user,
}: CommandContext): OpportunityCommands {
  const stages = async () =>
    hasCollection(data, 'settings')
      ? (await readSetting(data, 'opportunityStages'))?.value
      : undefined;
  return {
    async createOpportunity(input) {
      await findDocument(data, 'accounts', input.accountId);
      const now = clock();
      const at = now.toISOString();
      const stage = input.stage ?? 'prospecting';
      const opportunity = withoutUndefined(
        parseRecord<Opportunity>('opportunity', opportunitySchema, {
          ...input,
          name: input.name.trim(),
          stage,
          probability: input.probability ?? stageProbability(stage, await stages()),
          stageHistory: [],
          id: newId(now.getTime()),
          ownerId: user.id,
          createdAt: at,
          updatedAt: at,
        }),
      );
      await collectionOf(data, 'opportunities').insert(opportunity);
      return opportunity;
    },

    async updateOpportunity(id, patch) {
      const doc = await findDocument(data, 'opportunities', id);
      const current = plainRecord<Opportunity>(doc._data);
      const {
        stage: _stage,
        stageHistory: _history,
        closedAt: _closedAt,
        lostReason: _lostReason,
        ...editable
      } = patch as Partial<Opportunity>;
      const next = withoutUndefined(
        parseRecord<Opportunity>('opportunity', opportunitySchema, {
          ...current,
          ...editable,
          id,
          ownerId: current.ownerId,
          createdAt: current.createdAt,
          updatedAt: clock().toISOString(),
        }),
      );
      return replaceDocument(doc, next);
    },

    async changeStage(id, to, options = {}) {
      const doc = await findDocument(data, 'opportunities', id);
      const current = plainRecord<Opportunity>(doc._data);
      const reason = options.reason?.trim() || undefined;
      const stageSetting = await stages();
      const next = changeOpportunityStage({
        opportunity: current,
        to,
        actor: user,
        now: clock().toISOString(),
        ...(reason ? { reason } : {}),
        ...(stageSetting ? { stages: stageSetting } : {}),
      });
      return replaceDocument(
        doc,
        withoutUndefined(parseRecord<Opportunity>('opportunity', opportunitySchema, next)),
      );
    },
  };
}
