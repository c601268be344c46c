// Companies: the model, identity (domain, then name, then profile), merge rules and the segment fallback.
export * from './company';
export * from './identity';
export * from './merge';
export * from './enrich';
export * from './size';
