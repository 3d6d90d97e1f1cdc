import { Flag } from '@app/platform';

/** Turns the release of a round's judges' comments and scores to teams on or off. */
export class SetFeedbackReleaseDto {
  @Flag()
  released!: boolean;
}
