import { Button, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18n.ts';
import { useCommand } from './useCommand.ts';

afterEach(cleanup);

// Like a feature's own wording of its errors.
const describeError = (error: unknown) =>
  error instanceof Error ? `Refused: ${error.message}` : 'Refused';

function SaveButton({ command }: { command: () => Promise<string> }) {
  const { run, busy } = useCommand(describeError);
  return (
    <Button loading={busy} onClick={() => run(command, (name) => `Saved ${name}`)}>
      Save
    </Button>
  );
}

function renderButton(command: () => Promise<string>) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MantineProvider>
        <Notifications />
        <SaveButton command={command} />
      </MantineProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('useCommand', () => {
  it('says what was done, from the command’s result', async () => {
    const user = renderButton(async () => 'Nordlicht Logistics');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved Nordlicht Logistics')).toBeTruthy();
  });

  it('says why a command was refused, in the feature’s words, and can be tried again', async () => {
    let attempts = 0;
    const user = renderButton(async () => {
      attempts += 1;
      throw new Error(`credit hold ${attempts}`);
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Refused: credit hold 1')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Refused: credit hold 2')).toBeTruthy();
  });

  it('marks the button busy while the command runs', async () => {
    let finish: (name: string) => void = () => undefined;
    const user = renderButton(() => new Promise<string>((resolve) => (finish = resolve)));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('data-loading')).toBe(true);
    finish('it');
    expect(await screen.findByText('Saved it')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('data-loading')).toBe(false);
  });
});
