// Reading a picked file in the renderer: base64 through FileReader (no Node), and what
// kind of import its name asks for.
export type FileKind = 'table' | 'package' | 'graph' | 'unknown';

export function fileKind(name: string): FileKind {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (['csv', 'tsv', 'txt', 'xlsx'].includes(ext)) return 'table';
  if (['json', 'zip', 'thorpkg'].includes(ext)) return 'package';
  if (['graphml', 'gexf', 'xml'].includes(ext)) return 'graph';
  return 'unknown';
}

/** The base64 body of a data: URL ("data:text/csv;base64,AAAA" → "AAAA"). */
export function base64OfDataUrl(url: string): string {
  const comma = url.indexOf(',');
  return comma < 0 ? '' : url.slice(comma + 1);
}

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64OfDataUrl(String(reader.result)));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function readAsText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
