// Saves generated text as a file: a Blob and an <a download> click. Nothing goes over the network.

export function downloadText(fileName: string, text: string | BlobPart[], mime: string): void {
  const blob = new Blob(Array.isArray(text) ? text : [text], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "segue-prospects-2026-11-26.csv" */
export function datedFileName(stem: string, extension: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
