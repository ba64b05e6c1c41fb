/**
 * Offer data as a file download from an extension page (never from the platform's page): nothing
 * leaves the machine. The link is put in the document for the click, or Chromium ignores the file
 * name of a blob download.
 */
export function downloadFile(name: string, data: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
