import type { ComponentChildren } from 'preact';

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty-state card" data-testid="empty-state">
      <p class="empty-title">{title}</p>
      {children && <div class="muted stack">{children}</div>}
    </div>
  );
}
