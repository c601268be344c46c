// Where blogs and CMSs put readers' comments (WordPress and its themes, Drupal, Disqus, microformats' p-comment):
// a commenter is never a person the page is about, whatever markup their name carries (an h-card, a schema.org
// Person, a card with an avatar).
import { closestWithin } from './dom';

export const COMMENT_SELECTOR = [
  '.comment', '.comments', '.comment-list', '.commentlist', '.comment-body', '.comment-author', '.comment-meta', '#comments',
  '[id^="comment-"]', '[id^="li-comment-"]', '#disqus_thread', '.p-comment', '.h-cite',
].join(', ');

/** Whether `el` is inside (or is) a comment or the comment section. */
export function inComments(el: Element): boolean {
  return closestWithin(el, COMMENT_SELECTOR, 40) !== null;
}
