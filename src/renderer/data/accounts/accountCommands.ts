import {
  assertCreditTermsChange,
  type CreditTerms,
  canSetCreditTerms,
} from '../../../shared/billing/creditTerms.ts';
import { type Account, accountSchema } from '../../../shared/domain/account.ts';
import type { BaseRecord } from '../../../shared/domain/baseRecord.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  findDocument,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';

/** What a user enters for an account; the rest is stamped by the command. */
export type AccountInput = Omit<Account, keyof BaseRecord | 'tags' | 'notes'> &
  Partial<Pick<Account, 'tags' | 'notes'>>;

export type AccountCommands = {
  createAccount(input: AccountInput): Promise<Account>;
  updateAccount(id: string, patch: Partial<AccountInput>): Promise<Account>;
  /** Finance's change to an account: its credit limit, manual hold and payment terms, nothing else. */
  setCreditTerms(id: string, terms: CreditTerms): Promise<Account>;
};

/** Account commands: validate with the shared schema, stamp, write. */
export function createAccountCommands({ data, clock, user }: CommandContext): AccountCommands {
  return {
    async createAccount(input) {
      assertCreditTermsChange({ role: user.role, before: undefined, after: input });
      const now = clock();
      const at = now.toISOString();
      const account = withoutUndefined(
        parseRecord<Account>('account', accountSchema, {
          ...input,
          name: input.name.trim(),
          id: newId(now.getTime()),
          ownerId: user.id,
          createdAt: at,
          updatedAt: at,
        }),
      );
      await collectionOf(data, 'accounts').insert(account);
      return account;
    },

    async updateAccount(id, patch) {
      const doc = await findDocument(data, 'accounts', id);
      const current = plainRecord<Account>(doc._data);
      const { id: _id, ownerId, createdAt } = current;
      const next = withoutUndefined(
        parseRecord<Account>('account', accountSchema, {
          ...current,
          ...patch,
          id,
          ownerId,
          createdAt,
          updatedAt: clock().toISOString(),
        }),
      );
      assertCreditTermsChange({ role: user.role, before: current, after: next });
      return replaceDocument(doc, next);
    },

    async setCreditTerms(id, terms) {
      if (!canSetCreditTerms(user.role)) {
        throw new DomainError('creditTermsFinanceOnly', { role: user.role });
      }
      const doc = await findDocument(data, 'accounts', id);
      const current = plainRecord<Account>(doc._data);
      const { creditLimit: _limit, creditHold: _hold, paymentTermsDays: _days, ...rest } = current;
      const next = withoutUndefined(
        parseRecord<Account>('account', accountSchema, {
          ...rest,
          ...terms,
          updatedAt: clock().toISOString(),
        }),
      );
      return replaceDocument(doc, next);
    },
  };
}
