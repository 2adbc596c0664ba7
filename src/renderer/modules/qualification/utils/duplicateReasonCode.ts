/** The translation code of a duplicate reason, whether it comes as a code or as `{ kind }`. */
export function duplicateReasonCode(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  if (typeof reason === 'object' && reason !== null && 'kind' in reason) {
    return String(reason.kind);
  }
  return 'similarNameAndCompany';
}
