// Initials on a colour picked from the name: Segue never loads a remote photo (no network request from the extension).
const COLOURS = ['#4f46e5', '#0ea5e9', '#0f8a5f', '#c2410c', '#9333ea', '#be123c', '#0f766e', '#4d7c0f'];

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0]!.charAt(0);
  const last = parts.length > 1 ? parts[parts.length - 1]!.charAt(0) : '';
  return (first + last).toUpperCase();
}

function colourFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}

export function Avatar({ name, size = 36 }: { name: string; size?: number }) {
  return (
    <span class="avatar" aria-hidden="true" style={{ background: colourFor(name), width: `${size}px`, height: `${size}px` }}>
      {initials(name)}
    </span>
  );
}
