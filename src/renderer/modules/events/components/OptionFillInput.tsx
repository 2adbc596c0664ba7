import { NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionFillField, QuestionOption } from '../../../../shared/domain/event.ts';
import { purchaseTimelines } from '../../../../shared/domain/purchaseTimeline.ts';
import { currencyExponent } from '../../../../shared/money/currencies.ts';

/** The values an option may carry for its question's lead field (replaced as a whole). */
export type OptionValues = Pick<QuestionOption, 'budget' | 'companySize' | 'purchaseTimeline'>;

/**
 * The value an option gives the lead field its question fills: a budget in the company's base
 * currency (whole amounts), a head count, or when the visitor means to buy.
 */
export function OptionFillInput({
  field,
  option,
  label,
  currency,
  readOnly,
  onChange,
}: {
  field: QuestionFillField;
  option: QuestionOption;
  /** The input's accessible name ("Budget for option 2 of question 1"). */
  label: string;
  /** The currency a new budget is in (the company's base currency). */
  currency: string;
  readOnly: boolean;
  onChange: (values: OptionValues) => void;
}) {
  const { t } = useTranslation();
  if (field === 'purchaseTimeline') {
    return (
      <Select
        w={190}
        aria-label={label}
        placeholder={t('events.editor.fillsValue')}
        data={purchaseTimelines.map((value) => ({ value, label: t(`leads.timelines.${value}`) }))}
        value={option.purchaseTimeline ?? null}
        onChange={(value) => {
          const when = purchaseTimelines.find((item) => item === value);
          onChange(when ? { purchaseTimeline: when } : {});
        }}
        readOnly={readOnly}
        clearable
      />
    );
  }
  if (field === 'companySize') {
    return (
      <NumberInput
        w={150}
        aria-label={label}
        placeholder={t('events.editor.fillsValue')}
        rightSection={t('events.editor.staff')}
        rightSectionWidth={56}
        min={0}
        max={10_000_000}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        value={option.companySize ?? ''}
        onChange={(value) => onChange(typeof value === 'number' ? { companySize: value } : {})}
        readOnly={readOnly}
      />
    );
  }
  const budgetCurrency = option.budget?.currency ?? currency;
  const scale = 10 ** currencyExponent(budgetCurrency);
  return (
    <NumberInput
      w={170}
      aria-label={label}
      placeholder={t('events.editor.fillsValue')}
      rightSection={budgetCurrency}
      rightSectionWidth={48}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=","
      value={option.budget ? option.budget.amount / scale : ''}
      onChange={(value) =>
        onChange(
          typeof value === 'number'
            ? { budget: { amount: Math.round(value * scale), currency: budgetCurrency } }
            : {},
        )
      }
      readOnly={readOnly}
    />
  );
}
