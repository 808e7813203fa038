/** Saves text as a file the way a link with `download` does: no permission, no network. */
export function download(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has the file by then; the address is only kept so the click can finish.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
