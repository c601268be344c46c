// The hand-off contract (marketing → sales): the record and its state machine, the team list, return reasons, stage
// rules and the hand-off file. Team sync replicates `Handoff` records as they are and merges copies with
// `mergeHandoffs`.
export * from './handoff';
export * from './team';
export * from './return-reasons';
export * from './stage-rules';
export * from './handoff-file';
