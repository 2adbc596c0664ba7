import { Select } from '@mantine/core';
import { useTeamMembers } from '../../../data/index.ts';
import { useOwnerName } from '../hooks/useOwnerName.ts';

export type OwnerSelectProps = {
  label: string;
  allLabel: string;
  /** '' means the whole team. */
  value: string;
  onChange: (ownerId: string) => void;
};

/** Whose deals to show: one team member, or the whole team (a manager sees everyone). */
export function OwnerSelect({ label, allLabel, value, onChange }: OwnerSelectProps) {
  const members = useTeamMembers();
  const ownerName = useOwnerName();
  return (
    <Select
      label={label}
      w={200}
      data={[
        { value: '', label: allLabel },
        ...members.map((member) => ({
          value: member.id,
          label: member.name || ownerName(member.id),
        })),
      ]}
      value={value}
      onChange={(next) => onChange(next ?? '')}
      allowDeselect={false}
    />
  );
}
