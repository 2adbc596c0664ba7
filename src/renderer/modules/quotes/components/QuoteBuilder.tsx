import {
  Alert,
  Badge,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../shared/domain/addressLines.ts';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { computeQuoteTotals } from '../../../../shared/money/computeQuoteTotals.ts';
import { crossBorderTreatment } from '../../../../shared/quotes/crossBorderVat.ts';
import {
  useAccount,
  useCompanyProfile,
  useNeedsApproval,
  useQuoteCommands,
  useToday,
} from '../../../data/index.ts';
import { ReasonModal } from '../../../ui/ReasonModal.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { AcceptQuoteDialog } from '../../contracts/components/AcceptQuoteDialog.tsx';
import { useQuoteAction } from '../hooks/useQuoteAction.ts';
import { parsePercentInput, percentInputText } from '../utils/decimalText.ts';
import { draftPatch, type LineDraft, previewLines } from '../utils/previewLines.ts';
import { CatalogPicker } from './CatalogPicker.tsx';
import { DeclineQuoteModal } from './DeclineQuoteModal.tsx';
import { DocumentTotals } from './DocumentTotals.tsx';
import { FreeLineForm } from './FreeLineForm.tsx';
import { QuoteActions } from './QuoteActions.tsx';
import { QuoteLinesTable } from './QuoteLinesTable.tsx';
import { QuoteStatusBadge } from './QuoteStatusBadge.tsx';
import { QuoteTermsForm } from './QuoteTermsForm.tsx';
import { QuoteVersionsPanel } from './QuoteVersionsPanel.tsx';

/** Builds and moves a quote: lines, discounts, live totals, terms, approval, sending, versions. */
export function QuoteBuilder({ quote }: { quote: Quote }) {
  const { t, i18n } = useTranslation();
  const commands = useQuoteCommands();
  const { run, busy } = useQuoteAction();
  const needsApproval = useNeedsApproval();
  const { account } = useAccount(quote.accountId);
  const sellerCountry = useCompanyProfile()?.country;
  const customerCountry = account?.country;
  // What a catalog line gets for this customer (catalogLineItem: no domestic VAT abroad).
  const abroad = crossBorderTreatment({ sellerCountry, customerCountry });
  const today = useToday();
  const [drafts, setDrafts] = useState<Record<string, LineDraft>>({});
  const [orderDiscount, setOrderDiscount] = useState<string>();
  const [accepting, setAccepting] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [requesting, setRequesting] = useState(false);
  const editable = quote.status === 'draft';
  const language = quote.language ?? i18n.language;

  const orderDiscountBps =
    orderDiscount === undefined
      ? quote.orderDiscountBps
      : (parsePercentInput(orderDiscount) ?? quote.orderDiscountBps);
  const lines = useMemo(
    () => previewLines(quote.lines, drafts, quote.currency),
    [quote.lines, drafts, quote.currency],
  );
  const totals = useMemo(() => {
    try {
      return computeQuoteTotals({ lines, orderDiscountBps, currency: quote.currency });
    } catch {
      // A draft past the range of money: show the saved quote until the draft is fixed.
      return computeQuoteTotals(quote);
    }
  }, [lines, orderDiscountBps, quote]);
  const approvalNeeded = needsApproval({ ...quote, lines, orderDiscountBps, totals });

  const commitLine = async (lineId: string) => {
    const draft = drafts[lineId];
    if (!draft) return;
    const patch = draftPatch(draft, quote.currency);
    if (Object.keys(patch).length === 0) return;
    const saved = await run(() => commands.updateLine(quote.id, lineId, patch));
    if (saved === undefined) return;
    // Forget only what was saved: the person may have typed on in another cell meanwhile.
    setDrafts((all) => {
      const current = all[lineId] ?? {};
      const left = Object.fromEntries(
        Object.entries(current).filter(
          ([field, text]) =>
            text !== Reflect.get(draft, field) ||
            Object.keys(draftPatch({ [field]: text }, quote.currency)).length === 0,
        ),
      );
      const { [lineId]: _done, ...rest } = all;
      return Object.keys(left).length > 0 ? { ...rest, [lineId]: left } : rest;
    });
  };

  const commitOrderDiscount = async () => {
    if (orderDiscount === undefined) return;
    const bps = parsePercentInput(orderDiscount);
    if (bps === undefined) return;
    if (bps !== quote.orderDiscountBps) await run(() => commands.setOrderDiscount(quote.id, bps));
    setOrderDiscount(undefined);
  };

  const handleDiscountKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void commitOrderDiscount();
  };

  const lastTax = quote.lines.at(-1)?.taxRateBps ?? 0;

  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="xl">
        <Group justify="space-between" align="flex-start" gap="md">
          <div>
            <Group gap="sm">
              <Title order={1} fz={26}>
                {t('quotes.builder.title', { number: quote.number })}
              </Title>
              <Badge variant="outline" size="lg">
                {t('quotes.builder.version', { version: quote.version })}
              </Badge>
              <QuoteStatusBadge status={quote.status} />
              {approvalNeeded && quote.status === 'draft' && (
                <Badge
                  color="orange"
                  size="lg"
                  leftSection={<IconAlertTriangle size={14} aria-hidden />}
                >
                  {t('quotes.builder.needsApproval')}
                </Badge>
              )}
            </Group>
            <Text c="dimmed" mt={4}>
              {t('quotes.builder.customer', {
                name: account?.name ?? '…',
                currency: quote.currency,
              })}
            </Text>
          </div>
          <QuoteActions
            quote={quote}
            needsApproval={approvalNeeded}
            busy={busy}
            onRequestApproval={() => setRequesting(true)}
            onSend={() => void run(() => commands.send(quote.id), t('quotes.actions.sent'))}
            onRevise={() => void run(() => commands.revise(quote.id), t('quotes.actions.revised'))}
            onAccept={() => setAccepting(true)}
            onDecline={() => setDeclining(true)}
          />
        </Group>
        {quote.status === 'pending_approval' && (
          <Alert color="orange" mt="md" title={t('quotes.approval.pendingTitle')}>
            {t('quotes.approval.pendingBody')}
            {quote.approval?.reason && (
              <Text size="sm" mt={4} data-testid="approval-reason">
                {t('quotes.approval.reasonGiven', { reason: quote.approval.reason })}
              </Text>
            )}
          </Alert>
        )}
        {quote.approval?.decision === 'rejected' && quote.status === 'draft' && (
          <Alert color="red" mt="md" title={t('quotes.approval.rejectedTitle')}>
            {quote.approval.comment}
          </Alert>
        )}
      </Card>

      <SectionCard title={t('quotes.lines.title')}>
        <Stack gap="md">
          {editable && abroad && customerCountry && (
            <Text size="sm" c="dimmed">
              {t(`quotes.lines.abroad.${abroad}`, {
                country: countryName(customerCountry, i18n.language),
              })}
            </Text>
          )}
          {editable && (
            <>
              <CatalogPicker
                currency={quote.currency}
                language={language}
                {...(account ? { account } : {})}
                today={today}
                disabled={busy}
                onPick={(productId) =>
                  void run(() => commands.addCatalogLine(quote.id, { productId, quantity: 1 }))
                }
              />
              <FreeLineForm
                currency={quote.currency}
                defaultTaxPercent={percentInputText(lastTax)}
                onAdd={async (line) =>
                  (await run(() => commands.addFreeLine(quote.id, line))) !== undefined
                }
              />
            </>
          )}
          <QuoteLinesTable
            lines={lines}
            lineTotals={totals.lines}
            currency={quote.currency}
            editable={editable}
            drafts={drafts}
            onDraft={(lineId, draft) => setDrafts((all) => ({ ...all, [lineId]: draft }))}
            onCommit={(lineId) => void commitLine(lineId)}
            onRemove={(lineId) => void run(() => commands.removeLine(quote.id, lineId))}
          />
        </Stack>
      </SectionCard>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <SectionCard title={t('quotes.terms.title')}>
          <QuoteTermsForm
            quote={quote}
            editable={editable}
            onSave={(patch) => void run(() => commands.setTerms(quote.id, patch))}
          />
        </SectionCard>
        <SectionCard title={t('quotes.totals.title')}>
          <Stack gap="md">
            <TextInput
              label={t('quotes.totals.orderDiscount')}
              value={orderDiscount ?? percentInputText(quote.orderDiscountBps)}
              readOnly={!editable}
              inputMode="decimal"
              rightSection="%"
              w={160}
              error={
                orderDiscount !== undefined && parsePercentInput(orderDiscount) === undefined
                  ? t('quotes.lines.invalidNumber')
                  : undefined
              }
              onChange={(event) => setOrderDiscount(event.currentTarget.value)}
              onBlur={() => void commitOrderDiscount()}
              onKeyDown={handleDiscountKey}
            />
            <DocumentTotals
              totals={totals}
              currency={quote.currency}
              orderDiscountBps={orderDiscountBps}
              testIdPrefix="quote"
            />
          </Stack>
        </SectionCard>
      </SimpleGrid>

      <SectionCard title={t('quotes.versions.title')}>
        <QuoteVersionsPanel quote={quote} />
      </SectionCard>

      <AcceptQuoteDialog quote={quote} opened={accepting} onClose={() => setAccepting(false)} />
      <ReasonModal
        opened={requesting}
        title={t('quotes.approval.requestTitle', { number: quote.number })}
        description={t('quotes.approval.requestDescription')}
        label={t('quotes.approval.requestLabel')}
        placeholder={t('quotes.approval.requestPlaceholder')}
        requiredMessage={t('quotes.approval.requestRequired')}
        confirmLabel={t('quotes.actions.requestApproval')}
        onClose={() => setRequesting(false)}
        onConfirm={async (reason) =>
          (await run(
            () => commands.requestApproval(quote.id, { reason }),
            t('quotes.actions.requested'),
          )) !== undefined
        }
      />
      <DeclineQuoteModal
        quote={declining ? quote : undefined}
        onClose={() => setDeclining(false)}
        onConfirm={async (reason) =>
          (await run(
            () => commands.reject(quote.id, reason),
            t('quotes.actions.declined', { number: quote.number }),
          )) !== undefined
        }
      />
    </Stack>
  );
}
