import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../App.tsx';
import { createI18n } from '../../../i18n/createI18n.ts';
import { SignaturePad } from './SignaturePad.tsx';

afterEach(cleanup);

function Harness({ seen }: { seen: Array<string | undefined> }) {
  const [value, setValue] = useState<string>();
  return (
    <SignaturePad
      signed={value !== undefined}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

describe('signature pad', () => {
  it('gives a PNG data URL after a stroke and clears from the keyboard', async () => {
    const seen: Array<string | undefined> = [];
    render(
      <AppProviders i18n={createI18n('en')} env="test">
        <Harness seen={seen} />
      </AppProviders>,
    );
    const clear = screen.getByRole('button', { name: 'Clear' });
    expect(clear.hasAttribute('disabled')).toBe(true);
    const pad = screen.getByRole('img', { name: 'Signature' });
    fireEvent.pointerDown(pad, { pointerId: 1, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(pad, { pointerId: 1, clientX: 60, clientY: 40 });
    fireEvent.pointerUp(pad, { pointerId: 1, clientX: 60, clientY: 40 });
    expect(seen.at(-1)).toMatch(/^data:image\/png;base64,/);

    const user = userEvent.setup();
    clear.focus();
    await user.keyboard('{Enter}');
    expect(seen.at(-1)).toBeUndefined();
    expect(seen).toHaveLength(2);
  });
});
