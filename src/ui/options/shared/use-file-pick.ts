// A file chosen for import, read and checked by the caller, until the preview is confirmed or cancelled; closing
// also resets the file input, so choosing the same file again reads it again.
import { useState } from 'preact/hooks';

export function useFilePick<T>(read: (text: string) => Promise<T> | T) {
  const [picked, setPicked] = useState<T | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const pick = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    setPicked(file ? await read(await file.text()) : null);
  };
  const close = () => { setPicked(null); setInputKey((k) => k + 1); };
  return { picked, setPicked, inputKey, pick, close };
}
