import {
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Account } from '../../../../shared/domain/account.ts';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { moneyFromDecimal } from '../../../../shared/money/parseDecimal.ts';
import {
  currencyChoicesWith,
  useCurrencyChoices,
  useQualificationCommands,
} from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { leadDisplayName } from '../../leads/utils/leadDisplayName.ts';
import { moneyInputText } from '../../quotes/utils/decimalText.ts';

export type ConvertLeadModalProps = {
  lead: Lead;
  opened: boolean;
  onClose: () => void;
};

const newAccount = 'new';

/**
 * One step from a qualified lead to an account (new, or an existing one found by name or web
 * domain), a contact and, if wanted, a deal; then to the page of what it became.
 */
export function ConvertLeadModal({ lead, opened, onClose }: ConvertLeadModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { convertLead, findAccountMatches } = useQualificationCommands();
  const [matches, setMatches] = useState<Account[]>();
  const [accountChoice, setAccountChoice] = useState(newAccount);
  const [withOpportunity, setWithOpportunity] = useState(true);
  const companyName = lead.company || leadDisplayName(lead, t);
  const [name, setName] = useState('');
  const [amount, setAmount] = useState('');
  const currencies = useCurrencyChoices();
  const [currency, setCurrency] = useState(currencies.base);
  const [errors, setErrors] = useState<{ name?: string; amount?: string }>({});
  const { run, busy: saving } = useCommand(errorMessage);

  useEffect(() => {
    if (!opened) return;
    let current = true;
    setMatches(undefined);
    setAccountChoice(newAccount);
    setName(t('qualification.convert.opportunityNameDefault', { company: companyName }));
    // The deal starts at the budget the lead named, in its currency; else in the company's.
    setAmount(lead.budget ? moneyInputText(lead.budget.amount, lead.budget.currency) : '');
    setCurrency(lead.budget?.currency ?? currencies.base);
    setErrors({});
    findAccountMatches(lead.id).then(
      (found) => {
        if (!current) return;
        setMatches(found);
        // The best match is the likely home; the person can still pick "new".
        if (found[0]) setAccountChoice(found[0].id);
      },
      () => current && setMatches([]),
    );
    return () => {
      current = false;
    };
  }, [opened, lead.id, lead.budget, currencies.base, findAccountMatches, companyName, t]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const money = withOpportunity ? moneyFromDecimal(amount, currency) : undefined;
    const nextErrors = {
      ...(withOpportunity && !name.trim() ? { name: t('qualification.convert.nameRequired') } : {}),
      ...(withOpportunity && (!money || money.amount < 0)
        ? { amount: t('qualification.convert.amountInvalid') }
        : {}),
    };
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) return;
    const result = await run(
      () =>
        convertLead({
          leadId: lead.id,
          ...(accountChoice === newAccount ? {} : { accountId: accountChoice }),
          createOpportunity: withOpportunity,
          ...(withOpportunity && money ? { opportunityName: name.trim(), amount: money } : {}),
        }),
      t('qualification.convert.done'),
    );
    if (!result) return;
    onClose();
    navigate(
      result.opportunityId
        ? paths.opportunity(result.opportunityId)
        : paths.account(result.accountId),
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('qualification.convert.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('qualification.convert.description')}
          </Text>
          {matches === undefined ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('qualification.convert.searching')}</Text>
            </Group>
          ) : (
            <Radio.Group
              label={t('qualification.convert.account')}
              value={accountChoice}
              onChange={setAccountChoice}
            >
              <Stack gap="xs" mt="xs">
                {matches.map((account) => (
                  <Radio
                    key={account.id}
                    value={account.id}
                    label={t('qualification.convert.existingAccount', { name: account.name })}
                    description={account.website}
                  />
                ))}
                <Radio
                  value={newAccount}
                  label={t('qualification.convert.newAccount', { name: companyName })}
                />
              </Stack>
            </Radio.Group>
          )}
          <Checkbox
            label={t('qualification.convert.createOpportunity')}
            checked={withOpportunity}
            onChange={(event) => setWithOpportunity(event.currentTarget.checked)}
          />
          {withOpportunity && (
            <>
              <TextInput
                label={t('qualification.convert.opportunityName')}
                value={name}
                error={errors.name}
                onChange={(event) => setName(event.currentTarget.value)}
                withAsterisk
              />
              <Group gap="sm" align="flex-start" grow>
                <TextInput
                  label={t('qualification.convert.amount')}
                  inputMode="decimal"
                  value={amount}
                  error={errors.amount}
                  onChange={(event) => setAmount(event.currentTarget.value)}
                  withAsterisk
                  data-autofocus
                />
                <Select
                  label={t('qualification.convert.currency')}
                  data={currencyChoicesWith(currency, currencies.enabled)}
                  value={currency}
                  onChange={(value) => value && setCurrency(value)}
                  allowDeselect={false}
                />
              </Group>
            </>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={matches === undefined}>
              {t('qualification.convert.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
