import { Flag } from '@app/platform';

/** A judge's answer to "show my name and title on the public results". */
export class JudgeNameConsentDto {
  @Flag()
  show!: boolean;
}
