// English is the reference tree: zhCN must have exactly the same keys (checked by i18n.test.ts).
import { adminEn } from './adminEn.ts';
import { analyticsEn } from './analyticsEn.ts';
import { desktopEn, platformErrorsEn } from './desktopEn.ts';
import { eventsEn } from './eventsEn.ts';
import { exportEn, followUpEn, importEn } from './importEn.ts';
import { intakeEn } from './intakeEn.ts';
import { invoiceErrorsEn, invoicesEn } from './invoicesEn.ts';
import { inventoryEn, ordersEn } from './ordersEn.ts';
import { orderToCashErrorsEn } from './orderToCashErrorsEn.ts';
import { pipelineEn } from './pipelineEn.ts';
import { qualificationEn, qualificationErrorsEn } from './qualificationEn.ts';
import { catalogEn, contractsEn, quotesEn } from './quotesEn.ts';
import { stockFiguresEn } from './stockFiguresEn.ts';
import { syncEn } from './syncEn.ts';
import { ticketsEn } from './ticketsEn.ts';

export const en = {
  app: {
    name: 'Fieldbook',
    tagline: 'Lead to cash, offline',
    skipToContent: 'Skip to content',
    loading: 'Opening your data…',
    locked: {
      title: 'Fieldbook cannot unlock the data on this device',
      description:
        'It was encrypted with a key this device no longer has, for example after the system keychain was locked or reset. Unlock the keychain and try again. Starting over erases what this device had not synced yet; everything already synced comes back from the server.',
      retry: 'Try again',
      startOver: 'Start over with an empty device',
    },
    openError: {
      title: 'Fieldbook could not open its local data',
      description:
        'Your leads are stored on this device. Close other Fieldbook windows and reload to try again.',
      reload: 'Reload',
    },
    insecureAddress: {
      title: 'Open Fieldbook at its secure address',
      description:
        'Fieldbook encrypts the data it keeps on this device, and browsers allow that only on secure addresses: https://, or localhost on the server itself. {{address}} is neither.',
      action:
        'Ask whoever runs your Fieldbook server for its https:// address (it runs behind a TLS proxy, see the operations guide).',
    },
    nav: {
      label: 'Main navigation',
      toggle: 'Toggle navigation',
      leads: 'Leads',
      sections: {
        sales: 'Sales',
        marketing: 'Marketing',
        ordersFinance: 'Orders & finance',
        service: 'Service',
        insights: 'Insights',
        workspace: 'Workspace',
      },
    },
    colorScheme: {
      dark: 'Dark mode',
    },
    language: {
      label: 'Language',
    },
    shortcuts: {
      newLead: 'Ctrl N',
      newLeadMac: '⌘ N',
    },
    notFound: {
      title: 'Page not found',
      description: 'This page does not exist. It may have been moved or deleted.',
      back: 'Go to leads',
    },
  },
  languages: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  common: {
    cancel: 'Cancel',
    clear: 'Clear',
    close: 'Close',
    notSet: '—',
    yes: 'Yes',
    no: 'No',
  },
  leads: {
    title: 'Leads',
    subtitle: 'Everyone you met, captured on the spot.',
    newLead: 'New lead',
    unnamed: 'Unnamed lead',
    fields: {
      firstName: 'First name',
      lastName: 'Last name',
      company: 'Company',
      title: 'Title',
      email: 'Email',
      phone: 'Phone',
      source: 'Source',
      rating: 'Rating',
      event: 'Event',
      notes: 'Notes',
      consent: 'Agreed to be contacted',
      status: 'Status',
      createdAt: 'Created',
      updatedAt: 'Updated',
      disqualifyReason: 'Disqualification reason',
    },
    placeholders: {
      email: 'name@company.com',
      phone: '+86 138 0013 8000',
      notes: 'What did you talk about? What happens next?',
      rating: 'Not rated',
      event: 'No event',
    },
    sources: {
      trade_show: 'Trade show',
      website: 'Website',
      social: 'Social media',
      ad: 'Advertising',
      referral: 'Referral',
      import: 'Import',
      other: 'Other',
    },
    statuses: {
      new: 'New',
      contacted: 'Contacted',
      qualified: 'Qualified',
      disqualified: 'Disqualified',
      converted: 'Converted',
    },
    ratingLabelled: '{{label}}: {{rating}}',
    ratings: {
      hot: 'Hot',
      warm: 'Warm',
      cold: 'Cold',
    },
    errors: {
      nameOrCompanyRequired: 'Enter a name or a company.',
      contactRequired: 'Enter an email or a phone number.',
      invalidEmail: 'Enter a valid email address, like name@company.com.',
      invalidPhone: 'Enter a valid phone number, like +86 138 0013 8000.',
      tooLong: 'This is too long.',
      invalidValue: 'This value is not valid.',
    },
    capture: {
      title: 'New lead',
      hint: 'Press Enter to save and start the next lead right away.',
      save: 'Save lead',
      saved: 'Lead saved',
      savedMessage: '{{name}} is in your leads.',
      sessionCount_one: '{{count}} lead captured in this session',
      sessionCount_other: '{{count}} leads captured in this session',
      failed: 'The lead could not be saved.',
    },
    list: {
      search: 'Search leads',
      searchPlaceholder: 'Name, company, email or phone',
      total_one: '{{formatted}} lead',
      total_other: '{{formatted}} leads',
      shown_one: '{{count}} lead shown',
      shown_other: '{{count}} leads shown',
      filters: 'Filters',
      anyStatus: 'All statuses',
      anySource: 'All sources',
      anyRating: 'All ratings',
      anyEvent: 'All events',
      clearFilters: 'Clear filters',
      sortBy: 'Sort by {{column}}',
      loadingMore: 'Loading more leads…',
      columns: {
        name: 'Name',
        company: 'Company',
        email: 'Email',
        phone: 'Phone',
        status: 'Status',
        rating: 'Rating',
        source: 'Source',
        created: 'Created',
      },
      empty: {
        title: 'Capture your first lead',
        description:
          'Met someone interesting? Add them in seconds — it works offline, and Ctrl+N opens the form from anywhere.',
        action: 'Capture a lead',
      },
      noResults: {
        title: 'No leads match',
        description: 'Try another word, or clear the filters.',
      },
    },
    detail: {
      back: 'All leads',
      notFound: 'This lead does not exist or was deleted.',
      contact: 'Contact',
      details: 'Details',
      notes: 'Notes',
      noNotes: 'No notes yet.',
      edit: 'Edit',
      editTitle: 'Edit lead',
      saveChanges: 'Save changes',
      saved: 'Changes saved',
      delete: 'Delete',
      deleted: 'Lead deleted',
      deletedMessage: '{{name}} was deleted.',
      undo: 'Undo',
      restored: 'Lead restored',
      consentGiven: 'Given',
      consentGivenAt: 'Given on {{date}}',
      consentMissing: 'Not given',
      statusActions: 'Change status',
      statusChanged: 'Status changed to {{status}}',
      sendEmail: 'Send email to {{email}}',
      call: 'Call {{phone}}',
    },
    consent: {
      version: 'Version {{version}}',
      missingBadge: 'No consent',
      missingHint: 'Left out of marketing exports until the lead agrees.',
      title: 'Consent',
      status: 'Agreed to be contacted',
      at: 'When',
      textVersion: 'Text version',
      text: 'Text agreed to',
      noRecord: 'Not recorded',
    },
    answers: {
      title: 'Event and qualification answers',
      event: 'Event',
      none: 'No answers recorded.',
      yes: 'Yes',
      no: 'No',
      rating: '{{value}} of {{max}}',
    },
    transitions: {
      new: 'Reopen',
      contacted: 'Mark as contacted',
      qualified: 'Qualify',
      disqualified: 'Disqualify',
      converted: 'Convert',
    },
    disqualify: {
      title: 'Disqualify lead',
      description: 'Say why, so your team knows not to follow up.',
      reason: 'Reason',
      reasonPlaceholder: 'For example: no budget this year',
      confirm: 'Disqualify lead',
      reasonRequired: 'Enter a reason.',
    },
  },
  sync: syncEn,
  analytics: analyticsEn,
  events: eventsEn,
  qualification: qualificationEn,
  pipeline: pipelineEn,
  admin: adminEn,
  intake: intakeEn,
  import: importEn,
  export: exportEn,
  followUp: followUpEn,
  catalog: catalogEn,
  quotes: quotesEn,
  contracts: contractsEn,
  invoices: invoicesEn,
  orders: ordersEn,
  inventory: { ...inventoryEn, figures: stockFiguresEn },
  tickets: ticketsEn,
  desktop: desktopEn,
  errors: {
    ...platformErrorsEn,
    ...orderToCashErrorsEn,
    ...invoiceErrorsEn,
    ...qualificationErrorsEn,
    forbiddenTransition: 'This record cannot move from “{{from}}” to “{{to}}”.',
    roleNotAllowed: 'Your role cannot make this change.',
    reasonRequired: 'Enter a reason.',
    approvalRequired: 'This change needs approval first.',
    notFound: 'This record no longer exists.',
    unknown: 'Something went wrong. Please try again.',
  },
};

/** The shape every language must provide. */
export type Resources = typeof en;
