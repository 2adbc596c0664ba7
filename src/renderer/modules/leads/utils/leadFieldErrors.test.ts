import { describe, expect, it } from 'vitest';
import { clearFieldError, leadFieldErrors } from './leadFieldErrors.ts';

describe('leadFieldErrors', () => {
  it('puts the name message under the first name field in reading order and flags the rest', () => {
    const issues = [{ field: 'name', code: 'nameOrCompanyRequired' }] as const;
    expect(leadFieldErrors(issues)).toEqual({
      firstName: 'nameOrCompanyRequired',
      lastName: 'flag',
      company: 'flag',
    });
    expect(leadFieldErrors(issues, 'familyFirst').lastName).toBe('nameOrCompanyRequired');
  });

  it('keeps a field-specific message over a group flag', () => {
    const errors = leadFieldErrors([
      { field: 'contact', code: 'contactRequired' },
      { field: 'phone', code: 'invalidPhone' },
    ]);
    expect(errors).toEqual({ email: 'contactRequired', phone: 'invalidPhone' });
  });

  it('clears a group message when any member of the group is edited', () => {
    const errors = leadFieldErrors([
      { field: 'name', code: 'nameOrCompanyRequired' },
      { field: 'email', code: 'invalidEmail' },
    ]);
    expect(clearFieldError(errors, 'company')).toEqual({ email: 'invalidEmail' });
  });
});
