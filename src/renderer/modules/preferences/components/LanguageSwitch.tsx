import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage, supportedLanguages } from '../../../i18n/languages.ts';

/** A plain select: every keyboard, screen reader and test driver knows how to use it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isSupportedLanguage(i18n.language) ? i18n.language : 'en';

  return (
    <NativeSelect
      aria-label={t('app.language.label')}
      title={t('app.language.label')}
      value={current}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isSupportedLanguage(next)) void i18n.changeLanguage(next);
      }}
      data={supportedLanguages.map((language) => ({
        value: language,
        label: t(`languages.${language}`),
      }))}
      leftSection={<IconLanguage size={16} stroke={1.75} aria-hidden />}
      size="sm"
      w={132}
      variant="default"
    />
  );
}
