import { Alert, Anchor, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Account } from '../../../../shared/domain/account.ts';
import { useAccountCommands, useAccountList } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { AddressFields } from '../../../ui/AddressFields.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { IndustryInput } from '../../../ui/IndustryInput.tsx';
import { useCommand } from '../../../ui/useCommand.ts';
import { useFormFields } from '../../../ui/useFormFields.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import {
  type AccountFormError,
  accountFormErrors,
  accountFormValues,
  accountFromForm,
  sameCompanyAccounts,
} from '../utils/accountForm.ts';

export type AccountEditModalProps = {
  /** The account to edit; without one the dialog creates an account and opens it. */
  account?: Account;
  opened: boolean;
  onClose: () => void;
};

/** Creates or edits an account: name, industry, how to reach it, tax ID, country and address. */
export function AccountEditModal({ account, opened, onClose }: AccountEditModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={account ? t('pipeline.accounts.editTitle') : t('pipeline.accounts.newTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {opened && <AccountForm account={account} onDone={onClose} />}
    </Modal>
  );
}

function AccountForm({ account, onDone }: { account: Account | undefined; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { createAccount, updateAccount } = useAccountCommands();
  const { values, patch, errorOf, field, validate } = useFormFields({
    initial: () => accountFormValues(account),
    describeError: (error: AccountFormError) => t(`pipeline.accounts.errors.${error}`),
  });
  const { run, busy: saving } = useCommand(errorMessage);
  const { rows: accounts } = useAccountList({});
  // Said, not refused: two sites of one group can be two accounts.
  const sameName = sameCompanyAccounts(accounts, values.name, account?.id);
  // An address in China is written from the province down (the order stays while typing).
  const [chineseOrder] = useState(
    () => (account?.country ?? (i18n.language.startsWith('zh') ? 'CN' : '')) === 'CN',
  );

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!validate(accountFormErrors(values))) return;
    const saved = await run(async () => {
      const fields = accountFromForm(values);
      if (account) {
        await updateAccount(account.id, fields);
      } else {
        const { industry, website, phone, email, taxId, country, address, ...rest } = fields;
        const created = await createAccount({
          ...rest,
          ...(industry ? { industry } : {}),
          ...(website ? { website } : {}),
          ...(phone ? { phone } : {}),
          ...(email ? { email } : {}),
          ...(taxId ? { taxId } : {}),
          ...(country ? { country } : {}),
          ...(address ? { address } : {}),
        });
        navigate(paths.account(created.id));
      }
      return true;
    }, t('pipeline.accounts.saved'));
    if (saved) onDone();
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {sameName.length > 0 && (
          <Alert color="yellow" variant="light" title={t('pipeline.accounts.sameName')}>
            <Stack gap={4}>
              {sameName.map((other) => (
                <Anchor
                  key={other.id}
                  component={Link}
                  to={paths.account(other.id)}
                  size="sm"
                  onClick={onDone}
                >
                  {other.name}
                </Anchor>
              ))}
            </Stack>
          </Alert>
        )}
        <SimpleGrid cols={2} spacing="md">
          <TextInput
            label={t('pipeline.accounts.fields.name')}
            withAsterisk
            data-autofocus
            {...field('name')}
          />
          <IndustryInput
            label={t('pipeline.accounts.fields.industry')}
            value={values.industry}
            onChange={(industry) => patch({ industry })}
            error={errorOf('industry')}
          />
          <TextInput label={t('pipeline.accounts.fields.phone')} type="tel" {...field('phone')} />
          <TextInput label={t('pipeline.accounts.fields.email')} type="email" {...field('email')} />
          <TextInput label={t('pipeline.accounts.fields.website')} {...field('website')} />
          <TextInput
            label={t('pipeline.accounts.fields.taxId')}
            placeholder={t('pipeline.accounts.fields.taxIdPlaceholder')}
            {...field('taxId')}
          />
        </SimpleGrid>
        <AddressFields
          values={values}
          onChange={patch}
          errors={{ country: errorOf('country') }}
          chineseOrder={chineseOrder}
          countryDescription={t('pipeline.accounts.fields.countryHint')}
        />
        <Textarea
          label={t('pipeline.accounts.fields.notes')}
          autosize
          minRows={2}
          maxRows={6}
          {...field('notes')}
        />
        <FormActions
          submitLabel={account ? t('pipeline.accounts.save') : t('pipeline.accounts.create')}
          saving={saving}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
