import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventSchema, type FieldEvent } from '../../shared/domain/event.ts';
import { useSettingEditor } from '../data/admin/adminHooks.ts';
import type { FieldbookData } from '../data/index.ts';
import { setLocalProfile } from '../data/testing/setLocalProfile.ts';
import {
  hookValueFor,
  openPipelineTestData,
} from '../modules/pipeline/testing/pipelineTestData.tsx';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

// A question's prompt input, not its options' inputs (labelled "Question 1 – Option 1").
const prompt = (number: number) => ({ name: new RegExp(`^Question ${number}( \\*)?$`) });

// Pasting keeps the test quick; each keystroke re-renders the whole editor.
async function fill(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

function signInLocally(role: 'manager' | 'rep') {
  setLocalProfile({ id: `${role}-1`, name: role === 'manager' ? '张伟' : '王丽', role });
}

async function storedTemplates() {
  const docs = await data.db.collections.settings
    ?.find({ selector: { key: 'eventQuestionTemplates' } })
    .exec();
  return docs?.[0]?.toJSON().value;
}

async function storedEvents(): Promise<FieldEvent[]> {
  const docs = await data.db.collections.events?.find().exec();
  return (docs ?? []).map((doc) => eventSchema.parse(doc.toJSON()));
}

beforeEach(async () => {
  localStorage.clear();
  data = await openPipelineTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('event question templates', () => {
  it('a manager keeps a question template in settings, checked as the event editor checks', async () => {
    signInLocally('manager');
    const { user } = renderApp(data, { path: '/settings' });
    const main = await screen.findByRole('main');
    await user.click(await within(main).findByRole('link', { name: /Event question templates/ }));
    await screen.findByRole('heading', { name: 'Event question templates' });
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await fill(user, screen.getByLabelText('Name of template 1'), 'Standard B2B');

    // An empty question is pointed at, and nothing is saved.
    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    expect(await screen.findByText(/^Fix the .*highlighted fields? before saving\.$/)).toBeTruthy();
    expect(screen.getAllByText('Too short or too small.').length).toBeGreaterThan(0);
    expect(await storedTemplates()).toBeUndefined();

    const questions = screen.getByRole('group', { name: 'Questions of Standard B2B' });
    await fill(
      user,
      within(questions).getByRole('textbox', prompt(1)),
      'Budget approved this year?',
    );
    await fill(user, within(questions).getByLabelText('Question 1 – Option 1'), 'Yes');
    await fill(user, within(questions).getByLabelText('Question 1 – Option 2'), 'No');
    await user.click(within(questions).getByRole('button', { name: 'Add question' }));
    await fill(user, within(questions).getByRole('textbox', prompt(2)), 'Who decides?');
    expect(screen.getByText('2 questions')).toBeTruthy();
    // A choice question without options is refused as the event editor would refuse it.
    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    expect(
      await within(questions).findByText('A choice question needs at least two options.'),
    ).toBeTruthy();
    expect(await storedTemplates()).toBeUndefined();
    await fill(user, within(questions).getByLabelText('Question 2 – Option 1'), 'Owner');
    await fill(user, within(questions).getByLabelText('Question 2 – Option 2'), 'Purchasing');

    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save Event question templates?' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await storedTemplates()).toMatchObject({
        kind: 'eventQuestionTemplates',
        templates: [
          {
            name: 'Standard B2B',
            questions: [
              {
                type: 'single',
                prompt: 'Budget approved this year?',
                options: [{ label: 'Yes' }, { label: 'No' }],
              },
              {
                type: 'single',
                prompt: 'Who decides?',
                options: [{ label: 'Owner' }, { label: 'Purchasing' }],
              },
            ],
          },
        ],
      }),
    );
  });

  it('the event editor adds the questions of a template as copies, once', async () => {
    signInLocally('manager');
    const templates = hookValueFor(data, () => useSettingEditor('eventQuestionTemplates'));
    await templates.save({
      kind: 'eventQuestionTemplates',
      templates: [
        {
          id: 'tpl-b2b',
          name: 'Standard B2B',
          questions: [
            {
              id: 'tpl-q-budget',
              type: 'single',
              prompt: 'Budget approved this year?',
              required: true,
              options: [
                { id: 'o-yes', label: 'Yes' },
                { id: 'o-no', label: 'No' },
              ],
            },
            { id: 'tpl-q-who', type: 'text', prompt: 'Who decides?', required: false, options: [] },
          ],
        },
      ],
    });
    const { user } = renderApp(data, { path: '/events/new' });
    await screen.findByRole('heading', { name: 'New event' });
    await fill(user, screen.getByLabelText(/^Name/), 'CIIE 2026 上海进博会');
    await user.click(screen.getByRole('button', { name: 'Add questions from a template' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Standard B2B (2 questions)' }));
    expect(await screen.findByText('Added 2 questions from “Standard B2B”.')).toBeTruthy();
    expect((screen.getByRole('textbox', prompt(1)) as HTMLInputElement).value).toBe(
      'Budget approved this year?',
    );
    expect((screen.getByRole('textbox', prompt(2)) as HTMLInputElement).value).toBe('Who decides?');

    // Adding the same template again adds nothing twice.
    await user.click(screen.getByRole('button', { name: 'Add questions from a template' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Standard B2B (2 questions)' }));
    expect(
      await screen.findByText('The event already asks every question of “Standard B2B”.'),
    ).toBeTruthy();
    expect(screen.queryByRole('textbox', prompt(3))).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save event' }));
    await waitFor(async () => expect(await storedEvents()).toHaveLength(1));
    const [event] = await storedEvents();
    expect(event?.qualificationQuestions.map((question) => question.prompt)).toEqual([
      'Budget approved this year?',
      'Who decides?',
    ]);
    // Copies, not links: the event's questions have their own ids.
    for (const question of event?.qualificationQuestions ?? []) {
      expect(['tpl-q-budget', 'tpl-q-who']).not.toContain(question.id);
    }
  });

  it('lets a rep read the templates but not change them', async () => {
    signInLocally('rep');
    renderApp(data, { path: '/settings/eventQuestions' });
    await screen.findByRole('heading', { name: 'Event question templates' });
    expect(
      screen.getByText('Only managers and administrators can change this setting.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Review and save' })).toBeNull();
  });

  it('tells a manager where templates come from when there are none', async () => {
    signInLocally('manager');
    const { user } = renderApp(data, { path: '/events/new', language: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '从模板添加问题' }));
    expect(
      await screen.findByText('还没有问题模板。经理可在“设置 → 活动问题模板”中添加。'),
    ).toBeTruthy();
  });
});
