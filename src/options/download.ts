// Saves text as a file the reader downloads (dataset and settings exports).
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: the download may start after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
