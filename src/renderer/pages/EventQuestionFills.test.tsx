import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventSchema, type FieldEvent } from '../../shared/domain/event.ts';
import type { FieldbookData } from '../data/index.ts';
import { setLocalProfile } from '../data/testing/setLocalProfile.ts';
import { openPipelineTestData } from '../modules/pipeline/testing/pipelineTestData.tsx';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

async function storedEvents(): Promise<FieldEvent[]> {
  const docs = await data.db.collections.events?.find().exec();
  return (docs ?? []).map((doc) => eventSchema.parse(doc.toJSON()));
}

beforeEach(async () => {
  localStorage.clear();
  setLocalProfile({ id: 'manager-1', name: '张伟', role: 'manager' });
  data = await openPipelineTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('a booth question that fills in the lead', () => {
  it('a manager makes the budget question set each lead’s budget, option by option', async () => {
    const { user } = renderApp(data, { path: '/events/new' });
    await screen.findByRole('heading', { name: 'New event' });
    await user.click(screen.getByLabelText(/^Name/));
    await user.paste('CeMAT Asia 2026');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.click(screen.getByRole('textbox', { name: /^Question 1( \*)?$/ }));
    await user.paste('Budget this year?');
    await user.click(screen.getByLabelText('Question 1 – Option 1'));
    await user.paste('< 100k');
    await user.click(screen.getByLabelText('Question 1 – Option 2'));
    await user.paste('≥ 100k');
    // No value inputs until the question fills a field.
    expect(screen.queryByLabelText('Budget for option 1 of question 1')).toBeNull();

    await user.click(screen.getByRole('combobox', { name: 'Question 1 fills in' }));
    await user.click(await screen.findByRole('option', { name: 'Budget' }));
    await user.type(screen.getByLabelText('Budget for option 1 of question 1'), '50000');
    await user.type(screen.getByLabelText('Budget for option 2 of question 1'), '100000');
    expect(screen.getByLabelText<HTMLInputElement>('Budget for option 1 of question 1').value).toBe(
      '50,000',
    );

    await user.click(screen.getByRole('button', { name: 'Save event' }));
    await waitFor(async () => expect(await storedEvents()).toHaveLength(1));
    const [event] = await storedEvents();
    expect(event?.qualificationQuestions[0]).toMatchObject({
      prompt: 'Budget this year?',
      fills: 'budget',
      options: [
        { label: '< 100k', budget: { amount: 5_000_000, currency: 'CNY' } },
        { label: '≥ 100k', budget: { amount: 10_000_000, currency: 'CNY' } },
      ],
    });
  });

  it('a question turned into a multiple choice fills nothing any more, and keeps no values', async () => {
    const { user } = renderApp(data, { path: '/events/new', language: 'zh-CN' });
    await screen.findByRole('heading', { name: '新建活动' });
    await user.click(screen.getByLabelText(/^名称/));
    await user.paste('进博会 2026');
    await user.click(screen.getByRole('button', { name: '添加问题' }));
    await user.click(screen.getByRole('textbox', { name: /^问题 1( \*)?$/ }));
    await user.paste('什么时候采购？');
    await user.click(screen.getByLabelText('问题 1 – 选项 1'));
    await user.paste('本季度');
    await user.click(screen.getByLabelText('问题 1 – 选项 2'));
    await user.paste('明年');
    await user.click(screen.getByRole('combobox', { name: '问题 1 填入线索的' }));
    await user.click(await screen.findByRole('option', { name: '采购时间' }));
    await user.click(screen.getByRole('combobox', { name: '问题 1 选项 1 的采购时间' }));
    await user.click(await screen.findByRole('option', { name: '3 个月内' }));
    expect(
      (screen.getByRole('combobox', { name: '问题 1 选项 1 的采购时间' }) as HTMLInputElement)
        .value,
    ).toBe('3 个月内');

    await user.click(screen.getByRole('combobox', { name: '问题 1 的类型' }));
    await user.click(await screen.findByRole('option', { name: '多选' }));
    expect(screen.queryByRole('combobox', { name: '问题 1 填入线索的' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '保存活动' }));
    await waitFor(async () => expect(await storedEvents()).toHaveLength(1));
    const [question] = (await storedEvents())[0]?.qualificationQuestions ?? [];
    expect(question?.type).toBe('multiple');
    expect(question?.fills).toBeUndefined();
    expect(question?.options).toEqual([
      expect.objectContaining({ label: '本季度' }),
      expect.objectContaining({ label: '明年' }),
    ]);
    expect(question?.options.some((option) => option.purchaseTimeline)).toBe(false);
  });
});
