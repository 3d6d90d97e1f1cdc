// The platform's assignment planner as the bench calls it in-process: the whole-round
// plan, the plan made the old way (the full network in batches of 500 entries) and the
// cost of a plan under the whole round's objective. Bundled by bench/scenarios/assignment.mjs;
// never imported by the apps.
export { planAssignments } from '@app/judging/assignment/assignment-planner';
export { planWithNetwork } from '@app/judging/assignment/network-plan';
export { planCost } from '@app/judging/assignment/plan-cost';

/** The batch size the planner used before it planned whole rounds. */
export const OLD_BATCH_ENTRIES = 500;
