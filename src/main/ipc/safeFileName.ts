/**
 * A file name to suggest in a save dialog: no folders, no characters Windows or macOS refuse, not
 * a reserved Windows device name, and the expected extension.
 */
export function safeFileName(requested: string, extension: 'pdf' | 'csv'): string {
  const base = (requested.split(/[\\/]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  const withoutExtension = base.replace(new RegExp(`\\.${extension}$`, 'i'), '');
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(withoutExtension);
  const stem =
    withoutExtension === '' || reserved ? `fieldbook-${withoutExtension}` : withoutExtension;
  return `${stem.replace(/-$/, '')}.${extension}`;
}
