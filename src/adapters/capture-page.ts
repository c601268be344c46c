// The one capture pipeline: web mail (Gmail, Outlook) reads the open message; every other page runs the page
// layers. The in-page capture and the `extract` CLI both call this, so the CLI measures what users get.
import type { ExtractionResult } from '../domain/extraction';
import { extractEmailPage } from './email-page';
import { extractPage } from './pipeline';

export function capturePage(doc: Document, url: URL): ExtractionResult {
  return extractEmailPage(doc, url) ?? extractPage(doc, url);
}
