import { Button, Menu } from '@mantine/core';
import { IconArrowsRightLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OpportunityStage, opportunityStages } from '../../../../shared/domain/opportunity.ts';

export type StageMenuProps = {
  stage: OpportunityStage;
  label: string;
  onMove: (to: OpportunityStage) => void;
  compact?: boolean;
  /** The company's stage names (see useStageName); the built-in ones when absent. */
  stageName?: (stage: OpportunityStage) => string;
};

/**
 * "Move to stage": the keyboard- and screen-reader-friendly way to move a deal. Until it is first
 * used it is a plain button (a board shows dozens of these, and a menu's popover machinery per
 * card was a fifth of the board's first render); the first click opens the real menu.
 */
export function StageMenu({ stage, label, onMove, compact = false, stageName }: StageMenuProps) {
  const { t } = useTranslation();
  const [armed, setArmed] = useState(false);
  const button = (
    <Button
      size={compact ? 'compact-xs' : 'sm'}
      variant={compact ? 'subtle' : 'default'}
      color={compact ? 'gray' : undefined}
      aria-label={label}
      leftSection={<IconArrowsRightLeft size={compact ? 12 : 16} aria-hidden />}
      {...(armed ? {} : { 'aria-haspopup': 'menu', 'aria-expanded': false })}
      onClick={armed ? undefined : () => setArmed(true)}
    >
      {t(compact ? 'pipeline.opportunities.moveShort' : 'pipeline.opportunities.moveTo')}
    </Button>
  );
  if (!armed) return button;
  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        {opportunityStages
          .filter((item) => item !== stage)
          .map((item) => (
            <Menu.Item key={item} onClick={() => onMove(item)}>
              {stageName ? stageName(item) : t(`pipeline.stages.${item}`)}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
