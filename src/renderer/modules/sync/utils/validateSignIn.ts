export type SignInFields = { serverUrl: string; email: string; password: string };

export type SignInFieldErrors = Partial<
  Record<
    keyof SignInFields,
    'serverUrlRequired' | 'serverUrlInvalid' | 'emailRequired' | 'passwordRequired'
  >
>;

/** Checks what can be checked before asking the server; values are translation keys. */
export function validateSignIn(fields: SignInFields): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  const url = fields.serverUrl.trim();
  if (!url) errors.serverUrl = 'serverUrlRequired';
  else if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    errors.serverUrl = 'serverUrlInvalid';
  }
  if (!fields.email.trim()) errors.email = 'emailRequired';
  if (!fields.password) errors.password = 'passwordRequired';
  return errors;
}
