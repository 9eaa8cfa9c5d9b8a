// Exports with visible progress: fetch + ReadableStream, measured against Content-Length (or shown as
// bytes so far when the server streams without one), then handed to the browser as a file.
import { ApiError, failure, request } from './api';
import { bytes, t } from './i18n';

export async function download(path: string, fallbackName: string, progress: (text: string, fraction: number | null) => void): Promise<void> {
  progress(t('downloadStarting'), 0);
  const response = await request('GET', path);
  if (!response.ok) throw await failure(response, 'GET', path);
  const total = Number(response.headers.get('Content-Length') ?? '') || null;
  const reader = response.body?.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read().catch((e: unknown) => {
        // The connection broke off mid-file: said as a network failure, and no partial file is saved.
        throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e), { method: 'GET', path });
      });
      if (done) break;
      parts.push(value);
      received += value.length;
      progress(total ? t('downloadProgress', bytes(received), bytes(total)) : t('downloadBytes', bytes(received)),
        total ? received / total : null);
    }
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const blob = new Blob(parts as BlobPart[], { type: response.headers.get('Content-Type') ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  progress(t('downloadDone', name, bytes(received)), 1);
}
