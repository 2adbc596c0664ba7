import type { Account } from '../domain/account.ts';
import type { Contact } from '../domain/contact.ts';
import type { Opportunity } from '../domain/opportunity.ts';
import { currencyExponent } from '../money/currencies.ts';
import { type CsvColumnSetId, recordCsvPresets } from './recordCsvPresets.ts';
import type { CsvTable } from './toCsv.ts';

function accountCell(account: Account, target: string): string {
  switch (target) {
    case 'addressLine1':
      return account.address?.line1 ?? '';
    case 'city':
      return account.address?.city ?? '';
    case 'region':
      return account.address?.region ?? '';
    case 'postalCode':
      return account.address?.postalCode ?? '';
    case 'country':
      return account.country ?? account.address?.country ?? '';
    case 'tags':
      return account.tags.join('; ');
    default: {
      const value = account[target as keyof Account];
      return typeof value === 'string' ? value : '';
    }
  }
}

/** Accounts in a preset's column set (Salesforce, HubSpot or Fieldbook's own). */
export function accountsToCsvTable(
  accounts: readonly Account[],
  presetId: CsvColumnSetId,
): CsvTable {
  const columns = recordCsvPresets.accounts[presetId]?.columns ?? [];
  return {
    columns: columns.map((column) => column.header),
    rows: accounts.map((account) => columns.map(({ target }) => accountCell(account, target))),
  };
}

/** Contacts in a preset's column set; `accountName` resolves the account column. */
export function contactsToCsvTable(
  contacts: readonly Contact[],
  presetId: CsvColumnSetId,
  accountName: (id: string) => string,
): CsvTable {
  const columns = recordCsvPresets.contacts[presetId]?.columns ?? [];
  return {
    columns: columns.map((column) => column.header),
    rows: contacts.map((contact) =>
      columns.map(({ target }) => {
        if (target === 'accountName') return accountName(contact.accountId);
        const value = contact[target as keyof Contact];
        return typeof value === 'string' ? value : '';
      }),
    ),
  };
}

/** An amount in minor units as the plain decimal spreadsheets read (12345 CNY → "123.45"). */
export function minorUnitsToDecimal(amount: number, currency: string): string {
  const exponent = currencyExponent(currency);
  if (exponent === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const opportunityColumns: Record<CsvColumnSetId, readonly [string, string][]> = {
  salesforce: [
    ['Name', 'name'],
    ['Account.Name', 'account'],
    ['StageName', 'stage'],
    ['Amount', 'amount'],
    ['CurrencyIsoCode', 'currency'],
    ['Probability', 'probability'],
    ['CloseDate', 'closeDate'],
    ['Owner.Name', 'owner'],
    ['Description', 'description'],
  ],
  hubspot: [
    ['Deal Name', 'name'],
    ['Associated Company', 'account'],
    ['Deal Stage', 'stage'],
    ['Amount', 'amount'],
    ['Currency', 'currency'],
    ['Deal probability', 'probability'],
    ['Close Date', 'closeDate'],
    ['Deal owner', 'owner'],
    ['Deal Description', 'description'],
  ],
  fieldbook: [
    ['name', 'name'],
    ['account', 'account'],
    ['stage', 'stage'],
    ['amount', 'amount'],
    ['currency', 'currency'],
    ['probability', 'probability'],
    ['expectedCloseDate', 'closeDate'],
    ['owner', 'owner'],
    ['description', 'description'],
  ],
};

/** Opportunities in a CRM's column set; names for accounts, owners and stages come from the caller. */
export function opportunitiesToCsvTable(
  opportunities: readonly Opportunity[],
  presetId: CsvColumnSetId,
  names: {
    account: (id: string) => string;
    owner: (id: string) => string;
    stage: (stage: Opportunity['stage']) => string;
  },
): CsvTable {
  const columns = opportunityColumns[presetId];
  return {
    columns: columns.map(([header]) => header),
    rows: opportunities.map((deal) =>
      columns.map(([, target]) => {
        switch (target) {
          case 'account':
            return names.account(deal.accountId);
          case 'owner':
            return names.owner(deal.ownerId);
          case 'stage':
            return names.stage(deal.stage);
          case 'amount':
            return minorUnitsToDecimal(deal.amount.amount, deal.amount.currency);
          case 'currency':
            return deal.amount.currency;
          case 'probability':
            return String(deal.probability);
          case 'closeDate':
            return deal.expectedCloseDate;
          case 'description':
            return deal.description;
          default:
            return deal.name;
        }
      }),
    ),
  };
}
