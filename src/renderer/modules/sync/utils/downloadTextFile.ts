/** Saves text as a file through the browser's download (Electron shows its save dialog). */
export function downloadTextFile(params: { name: string; text: string; type: string }): void {
  const url = URL.createObjectURL(new Blob([params.text], { type: params.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = params.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
