import { Button, Menu, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventQuestionTemplate } from '../../../../shared/domain/eventQuestionTemplates.ts';

export type QuestionTemplateMenuProps = {
  templates: readonly EventQuestionTemplate[];
  icon: ReactNode;
  onPick: (template: EventQuestionTemplate) => void;
};

/** "Add questions from a template": the templates managers keep in settings, one click each. */
export function QuestionTemplateMenu({ templates, icon, onPick }: QuestionTemplateMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="subtle" leftSection={icon}>
          {t('events.editor.fromTemplate')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {templates.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="xs" maw={280}>
            {t('events.editor.noTemplates')}
          </Text>
        ) : (
          templates.map((template) => (
            <Menu.Item key={template.id} onClick={() => onPick(template)}>
              {t('events.editor.templateItem', {
                name: template.name,
                count: template.questions.length,
              })}
            </Menu.Item>
          ))
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
