import { AnnouncedOutcome } from './announcement/announced-outcome.entity';
import { Announcement } from './announcement/announcement.entity';
import { Award } from './awards/award.entity';
import { AwardWithdrawal } from './awards/award-withdrawal.entity';
import { FeedbackRelease } from './feedback/feedback-release.entity';
import { GalleryListing } from './gallery/gallery-listing.entity';
import { Certificate } from './certificates/certificate.entity';
import { CertificateSettings } from './certificates/certificate-settings.entity';

/** The tables of how a contest ends (awards, announcements, gallery, certificates). */
export const RESULTS_ENTITIES: Function[] = [
  Award,
  AwardWithdrawal,
  FeedbackRelease,
  Announcement,
  AnnouncedOutcome,
  GalleryListing,
  Certificate,
  CertificateSettings,
];
