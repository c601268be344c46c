// The signature parser: plain email text in, the sender's contact details out. Pure: no DOM.
export { parseSignature } from './parse-signature';
export { parseSelection } from './parse-selection';
export { newestPart, quotedMessageBy, type NewestPart } from './newest-part';
export { companyFromEmail, isFreeMail, countryFromEmail } from './email-domain';
export type { ParsedSignature, SenderHint, SignatureOptions } from './types';
