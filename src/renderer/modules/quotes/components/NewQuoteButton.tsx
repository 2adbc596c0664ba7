import { Button } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuoteCommands } from '../../../data/index.ts';
import { isSupportedLanguage } from '../../../i18n/languages.ts';
import { paths } from '../../../routes.tsx';
import { useQuoteAction } from '../hooks/useQuoteAction.ts';

export type NewQuoteButtonProps = {
  accountId: string;
  opportunityId?: string;
  currency: string;
};

/** "New quote" on an opportunity or account: makes a draft and opens the builder. */
export function NewQuoteButton({ accountId, opportunityId, currency }: NewQuoteButtonProps) {
  const { t, i18n } = useTranslation();
  const { createQuote } = useQuoteCommands();
  const { run, busy } = useQuoteAction();
  const navigate = useNavigate();

  const handleClick = async () => {
    const language = isSupportedLanguage(i18n.language) ? i18n.language : undefined;
    const quote = await run(() =>
      createQuote({
        accountId,
        currency,
        ...(opportunityId ? { opportunityId } : {}),
        ...(language ? { language } : {}),
      }),
    );
    if (quote) void navigate(paths.quote(quote.id));
  };

  return (
    <Button
      leftSection={<IconFilePlus size={16} aria-hidden />}
      onClick={() => void handleClick()}
      loading={busy}
    >
      {t('quotes.newQuote')}
    </Button>
  );
}
