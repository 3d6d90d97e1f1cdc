/** The live-events topic of a festival's hall: anything a hall screen shows has changed. */
export function hallTopic(festivalId: string): string {
  return `festival-hall:${festivalId}`;
}
