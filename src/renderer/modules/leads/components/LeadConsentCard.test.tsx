import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../../shared/domain/exampleRecords.ts';
import type { Consent } from '../../../../shared/domain/lead.ts';
import { AppProviders } from '../../../App.tsx';
import { createI18n } from '../../../i18n/createI18n.ts';
import { LeadConsentCard } from './LeadConsentCard.tsx';
import { LeadQualificationCard } from './LeadQualificationCard.tsx';

afterEach(cleanup);

function show(consent: Consent, language: 'en' | 'zh-CN' = 'en') {
  render(
    <AppProviders i18n={createI18n(language)} env="test">
      <LeadConsentCard consent={consent} />
    </AppProviders>,
  );
}

describe('the consent card', () => {
  it('shows the text the lead agreed to with its version, and when', () => {
    show({
      given: true,
      at: '2026-03-02T02:30:00.000Z',
      text: 'I agree that the exhibitor may contact me.',
      version: '2026-03',
    });
    expect(screen.getByText('Agreed on')).toBeTruthy();
    expect(screen.getByText('Text agreed to (version 2026-03)')).toBeTruthy();
    expect(screen.getByText('I agree that the exhibitor may contact me.')).toBeTruthy();
  });

  it('records a refusal as recorded, not agreed, and asks no text version of it', () => {
    show({ given: false, at: '2026-03-02T02:30:00.000Z' }, 'zh-CN');
    expect(screen.getByText('未同意')).toBeTruthy();
    expect(screen.getByText('记录时间')).toBeTruthy();
    expect(screen.queryByText('同意时间')).toBeNull();
    expect(screen.queryByText(/版本/)).toBeNull();
  });
});

describe('the qualification card', () => {
  it('names the lead’s country in the reader’s language', () => {
    const lead = { ...exampleRecords.leads, country: 'DE', region: 'Bayern' };
    render(
      <AppProviders i18n={createI18n('zh-CN')} env="test">
        <LeadQualificationCard lead={lead} />
      </AppProviders>,
    );
    expect(screen.getByText('德国 · Bayern')).toBeTruthy();
  });
});
