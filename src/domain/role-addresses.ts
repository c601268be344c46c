// Role addresses: a company's shared mailboxes (sales@, info@ …). Many people write from and are reached at them,
// so they never identify a person. Matched on the local part, ignoring a "+tag" and letter case.

export const ROLE_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'accounts', 'admin', 'administrator', 'billing', 'bookings', 'business', 'careers', 'community', 'contact', 'contactus',
  'customerservice', 'customersuccess', 'cs', 'enquiries', 'events', 'feedback', 'finance', 'general', 'hello', 'help',
  'helpdesk', 'hi', 'hr', 'info', 'information', 'inquiries', 'invoices', 'it', 'jobs', 'legal', 'mail', 'mailer-daemon',
  'marketing', 'media', 'newsletter', 'no-reply', 'noreply', 'do-not-reply', 'donotreply', 'notifications', 'office',
  'operations', 'orders', 'partners', 'partnerships', 'postmaster', 'press', 'privacy', 'recruiting', 'reception',
  'sales', 'security', 'service', 'support', 'team', 'webmaster', 'welcome',
]);

export function isRoleAddress(email: string): boolean {
  const address = email.trim().replace(/^mailto:/i, '').toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return false;
  const local = address.slice(0, at).split('+')[0]!;
  return ROLE_LOCAL_PARTS.has(local);
}
