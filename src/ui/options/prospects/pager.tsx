import { t } from '../../shared/i18n';
import { formatNumber } from '../shared/format';

/** "1–50 of 100,000" with previous/next. */
export function Pager(props: { offset: number; pageSize: number; shown: number; total: number; capped?: boolean; onPage: (offset: number) => void; label: string }) {
  const { offset, pageSize, shown, total } = props;
  const start = shown ? offset + 1 : 0;
  const end = offset + shown;
  const totalText = props.capped ? t('opt_atLeast', formatNumber(total)) : formatNumber(total);
  return (
    <nav class="pager" aria-label={props.label}>
      <span class="muted" data-testid="page-range" aria-live="polite">{t('opt_pageRange', formatNumber(start), formatNumber(end), totalText)}</span>
      <button type="button" class="btn small" disabled={offset === 0} onClick={() => props.onPage(Math.max(0, offset - pageSize))} data-testid="page-prev">
        {t('opt_previousPage')}
      </button>
      <button type="button" class="btn small" disabled={end >= total} onClick={() => props.onPage(offset + pageSize)} data-testid="page-next">
        {t('opt_nextPage')}
      </button>
    </nav>
  );
}
