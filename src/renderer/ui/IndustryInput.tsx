import { Autocomplete, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { industryChoiceRank, industryChoices } from '../i18n/industryLabels.ts';

export type IndustryInputProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** As Mantine inputs take it: a message, or true to mark the field without one. */
  error?: ReactNode;
};

const isItem = (option: unknown): option is ComboboxItem =>
  typeof option === 'object' && option !== null && 'value' in option;

/**
 * An industry typed freely or picked from the known ones, named in the UI's language; what is
 * typed is looked up in both languages (a Chinese UI offers 机械设备 for "machinery").
 */
export function IndustryInput({ label, value, onChange, error }: IndustryInputProps) {
  const { t, i18n } = useTranslation();
  const choices = useMemo(() => industryChoices(t, i18n.language), [t, i18n.language]);
  const filter = useMemo<OptionsFilter>(
    () =>
      ({ options, search, limit }) =>
        options
          .filter(isItem)
          .map((option) => ({ option, rank: industryChoiceRank(option.value, search) }))
          .filter(
            (match): match is { option: ComboboxItem; rank: number } => match.rank !== undefined,
          )
          .sort((a, b) => a.rank - b.rank)
          .slice(0, limit)
          .map((match) => match.option),
    [],
  );
  return (
    <Autocomplete
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      data={choices}
      filter={filter}
      limit={12}
      maxLength={100}
    />
  );
}
