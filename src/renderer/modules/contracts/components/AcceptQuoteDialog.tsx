import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, addMonths } from '../../../../shared/billing/calendarDate.ts';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { useQuoteCommands, useToday } from '../../../data/index.ts';
import { useTaskSubject } from '../../activities/hooks/useTaskSubject.ts';
import { useQuoteAction } from '../../quotes/hooks/useQuoteAction.ts';
import { SignaturePad } from './SignaturePad.tsx';

export type AcceptQuoteDialogProps = {
  quote: Quote;
  opened: boolean;
  onClose: () => void;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Records the customer's acceptance on this screen: typed name and title, drawn signature, contract term. */
export function AcceptQuoteDialog({ quote, opened, onClose }: AcceptQuoteDialogProps) {
  const { t } = useTranslation();
  const { word } = useTaskSubject();
  const { accept } = useQuoteCommands();
  const { run, busy } = useQuoteAction();
  const today = useToday();
  const [signedBy, setSignedBy] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  const [signature, setSignature] = useState<string>();
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState(addDays(addMonths(today, 12), -1));
  const [days, setDays] = useState(String(quote.paymentTermsDays ?? 30));
  const [showErrors, setShowErrors] = useState(false);

  const daysValue = /^\d{1,3}$/.test(days.trim()) ? Number(days.trim()) : undefined;
  const errors = {
    signedBy: signedBy.trim() ? undefined : t('contracts.accept.nameRequired'),
    signature: signature ? undefined : t('contracts.accept.signatureRequired'),
    startsOn: isoDate.test(startsOn) ? undefined : t('contracts.accept.dateRequired'),
    endsOn:
      isoDate.test(endsOn) && endsOn >= startsOn ? undefined : t('contracts.accept.endAfterStart'),
    days: daysValue !== undefined && daysValue <= 365 ? undefined : t('quotes.terms.daysInvalid'),
  };
  const shown = (message: string | undefined) => (showErrors ? message : undefined);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (Object.values(errors).some(Boolean) || !signature || daysValue === undefined) {
      setShowErrors(true);
      return;
    }
    const done = await run(
      () =>
        accept(quote.id, {
          signedBy: signedBy.trim(),
          ...(signerTitle.trim() ? { signerTitle: signerTitle.trim() } : {}),
          signatureDataUrl: signature,
          contract: { startsOn, endsOn, paymentTermsDays: daysValue },
          // The renewal reminder lands in the rep's tasks, due on the contract's renewal date.
          renewalTaskSubject: (params) => word({ kind: 'contractRenewal', params }),
        }),
      t('contracts.accept.done'),
    );
    if (done) onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('contracts.accept.title', { number: quote.number })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('contracts.accept.signedBy')}
              value={signedBy}
              onChange={(event) => setSignedBy(event.currentTarget.value)}
              error={shown(errors.signedBy)}
              withAsterisk
              data-autofocus
            />
            <TextInput
              label={t('contracts.accept.signerTitle')}
              value={signerTitle}
              onChange={(event) => setSignerTitle(event.currentTarget.value)}
            />
          </SimpleGrid>
          <SignaturePad
            signed={signature !== undefined}
            onChange={setSignature}
            error={shown(errors.signature)}
          />
          <SimpleGrid cols={3} spacing="sm">
            <TextInput
              type="date"
              label={t('contracts.accept.startsOn')}
              value={startsOn}
              onChange={(event) => setStartsOn(event.currentTarget.value)}
              error={shown(errors.startsOn)}
            />
            <TextInput
              type="date"
              label={t('contracts.accept.endsOn')}
              value={endsOn}
              onChange={(event) => setEndsOn(event.currentTarget.value)}
              error={shown(errors.endsOn)}
            />
            <TextInput
              label={t('quotes.terms.paymentTermsDays')}
              value={days}
              inputMode="numeric"
              onChange={(event) => setDays(event.currentTarget.value)}
              error={shown(errors.days)}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="green" loading={busy}>
              {t('contracts.accept.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
