import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Role } from '../../../../shared/domain/roles.ts';
import type { AdminApi, AdminTeam, AdminUser } from '../../../data/admin/adminApi.ts';
import { adminErrorText } from '../utils/adminErrorText.ts';
import { temporaryPassword } from '../utils/temporaryPassword.ts';
import { TemporaryPasswordNotice } from './TemporaryPasswordNotice.tsx';

export type UserFormModalProps = {
  api: AdminApi;
  /** The user to edit; undefined creates one. */
  user: AdminUser | undefined;
  opened: boolean;
  teams: readonly AdminTeam[];
  /** Roles this person may give (managers never `admin`). */
  assignableRoles: readonly Role[];
  /** A manager's own team: new and edited users stay in it. */
  fixedTeamId: string | undefined;
  onClose: () => void;
  onSaved: () => void;
};

const emailSchema = z.email();

/** Creates a user (with a temporary password shown once) or changes a user's name, role and team. */
export function UserFormModal(props: UserFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.user
          ? t('admin.users.editTitle', { name: props.user.name })
          : t('admin.users.createTitle')
      }
    >
      {props.opened && <UserForm key={props.user?.id ?? 'new'} {...props} />}
    </Modal>
  );
}

function UserForm({
  api,
  user,
  teams,
  assignableRoles,
  fixedTeamId,
  onClose,
  onSaved,
}: UserFormModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'rep');
  const [teamId, setTeamId] = useState<string | null>(fixedTeamId ?? user?.teamId ?? null);
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ email: string; password: string }>();

  if (created) {
    return (
      <Stack>
        <TemporaryPasswordNotice email={created.email} password={created.password} />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('admin.common.done')}</Button>
        </Group>
      </Stack>
    );
  }

  const handleSubmit = async () => {
    const next = {
      name: name.trim() ? undefined : t('admin.users.errors.nameRequired'),
      email:
        user || emailSchema.safeParse(email.trim()).success
          ? undefined
          : t('admin.users.errors.emailInvalid'),
    };
    setErrors(next);
    if (next.name || next.email) return;
    setBusy(true);
    setFailure(undefined);
    try {
      if (user) {
        await api.updateUser(user.id, { name: name.trim(), role, teamId });
        onSaved();
        onClose();
      } else {
        const password = temporaryPassword();
        await api.createUser({
          name: name.trim(),
          email: email.trim(),
          password,
          role,
          ...(teamId ? { teamId } : {}),
        });
        onSaved();
        setCreated({ email: email.trim(), password });
      }
    } catch (error) {
      setFailure(adminErrorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      {failure && (
        <Alert color="red" variant="light" role="alert">
          {failure}
        </Alert>
      )}
      <TextInput
        label={t('admin.users.name')}
        value={name}
        error={errors.name}
        required
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <TextInput
        label={t('admin.users.email')}
        type="email"
        value={email}
        disabled={user !== undefined}
        error={errors.email}
        required
        onChange={(e) => setEmail(e.currentTarget.value)}
      />
      <Select
        label={t('admin.users.role')}
        data={assignableRoles.map((value) => ({ value, label: t(`admin.roles.${value}`) }))}
        value={role}
        allowDeselect={false}
        onChange={(value) => {
          const next = assignableRoles.find((candidate) => candidate === value);
          if (next) setRole(next);
        }}
      />
      <Select
        label={t('admin.users.team')}
        data={teams.map((team) => ({ value: team.id, label: team.name }))}
        value={teamId}
        clearable={!fixedTeamId}
        disabled={fixedTeamId !== undefined}
        placeholder={t('admin.users.noTeam')}
        onChange={setTeamId}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('admin.common.cancel')}
        </Button>
        <Button loading={busy} onClick={() => void handleSubmit()}>
          {user ? t('admin.common.save') : t('admin.users.create')}
        </Button>
      </Group>
    </Stack>
  );
}
