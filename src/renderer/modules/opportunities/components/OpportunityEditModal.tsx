import { Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ForecastCategory,
  forecastCategories,
  type Opportunity,
} from '../../../../shared/domain/opportunity.ts';
import { parseDecimal } from '../../../../shared/money/parseDecimal.ts';
import {
  currencyChoicesWith,
  useCurrencyChoices,
  useOpportunityCommands,
} from '../../../data/index.ts';
import { FormActions } from '../../../ui/FormActions.tsx';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { moneyInputText, parseMoneyInput } from '../../quotes/utils/decimalText.ts';

export type OpportunityEditModalProps = {
  opportunity: Opportunity;
  opened: boolean;
  onClose: () => void;
};

/** "By stage" leaves the category to the stage (see forecastCategoryOf). */
const byStage = 'by_stage';
// Closed deals are categorised by their stage; a rep picks among the open-deal calls.
const openCategories = forecastCategories.filter((category) => category !== 'closed');

/** Edits what a rep keeps current on a deal: name, amount, odds, close date, forecast call, next step. */
export function OpportunityEditModal({ opportunity, opened, onClose }: OpportunityEditModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('pipeline.opportunities.editTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {opened && <OpportunityEditForm opportunity={opportunity} onDone={onClose} />}
    </Modal>
  );
}

type Errors = Partial<Record<'name' | 'amount' | 'probability' | 'closeDate', string>>;

function OpportunityEditForm({
  opportunity,
  onDone,
}: {
  opportunity: Opportunity;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { updateOpportunity } = useOpportunityCommands();
  const currencies = useCurrencyChoices();
  const [name, setName] = useState(opportunity.name);
  const [amount, setAmount] = useState(
    moneyInputText(opportunity.amount.amount, opportunity.amount.currency),
  );
  const [currency, setCurrency] = useState(opportunity.amount.currency);
  const [probability, setProbability] = useState(String(opportunity.probability));
  const [closeDate, setCloseDate] = useState(opportunity.expectedCloseDate);
  const [category, setCategory] = useState<string>(opportunity.forecastCategory ?? byStage);
  const [nextStep, setNextStep] = useState(opportunity.nextStep ?? '');
  const [description, setDescription] = useState(opportunity.description);
  const [errors, setErrors] = useState<Errors>({});
  const { run, busy: saving } = useCommand(errorMessage);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minor = parseMoneyInput(amount, currency);
    const percent = parseDecimal(probability.replace('%', ''), 0);
    const next: Errors = {
      ...(name.trim() ? {} : { name: t('pipeline.opportunities.nameRequired') }),
      ...(minor === undefined ? { amount: t('qualification.convert.amountInvalid') } : {}),
      ...(percent === undefined || percent < 0 || percent > 100
        ? { probability: t('pipeline.opportunities.probabilityInvalid') }
        : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(closeDate)
        ? {}
        : { closeDate: t('pipeline.opportunities.closeDateRequired') }),
    };
    setErrors(next);
    if (Object.keys(next).length > 0 || minor === undefined || percent === undefined) return;
    const saved = await run(async () => {
      await updateOpportunity(opportunity.id, {
        name: name.trim(),
        amount: { amount: minor, currency },
        probability: percent,
        expectedCloseDate: closeDate,
        forecastCategory:
          category === byStage
            ? undefined
            : forecastCategories.find(
                (candidate): candidate is ForecastCategory => candidate === category,
              ),
        nextStep: nextStep.trim() || undefined,
        description,
      });
      return true;
    }, t('pipeline.opportunities.saved'));
    if (saved) onDone();
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('pipeline.opportunities.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          withAsterisk
          autoComplete="off"
          data-autofocus
        />
        <SimpleGrid cols={2} spacing="md">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              label={t('pipeline.opportunities.amount')}
              value={amount}
              onChange={(event) => setAmount(event.currentTarget.value)}
              error={errors.amount}
              inputMode="decimal"
              autoComplete="off"
              withAsterisk
              style={{ flex: 1 }}
            />
            <Select
              label={t('qualification.convert.currency')}
              data={currencyChoicesWith(currency, currencies.enabled)}
              value={currency}
              onChange={(value) => value && setCurrency(value)}
              allowDeselect={false}
              w={100}
            />
          </Group>
          <TextInput
            label={t('pipeline.opportunities.probabilityInput')}
            value={probability}
            onChange={(event) => setProbability(event.currentTarget.value)}
            error={errors.probability}
            inputMode="numeric"
            autoComplete="off"
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="md">
          <TextInput
            type="date"
            label={t('pipeline.opportunities.closeDate')}
            value={closeDate}
            onChange={(event) => setCloseDate(event.currentTarget.value)}
            error={errors.closeDate}
            withAsterisk
          />
          <Select
            label={t('pipeline.opportunities.forecastCategory')}
            data={[
              { value: byStage, label: t('pipeline.opportunities.categoryByStage') },
              ...openCategories.map((value) => ({
                value,
                label: t(`pipeline.categories.${value}`),
              })),
            ]}
            value={category}
            onChange={(value) => value && setCategory(value)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <TextInput
          label={t('pipeline.opportunities.nextStep')}
          placeholder={t('pipeline.opportunities.nextStepPlaceholder')}
          value={nextStep}
          onChange={(event) => setNextStep(event.currentTarget.value)}
          autoComplete="off"
        />
        <Textarea
          label={t('pipeline.opportunities.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autoComplete="off"
          autosize
          minRows={3}
          maxRows={8}
        />
        <FormActions
          submitLabel={t('pipeline.opportunities.save')}
          saving={saving}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
