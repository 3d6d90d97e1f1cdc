import { Certificate } from './certificates/certificate.entity';
import { CertificateSettings } from './certificates/certificate-settings.entity';

/** The tables of how a contest ends (prizes, awards, announcements, gallery, certificates). */
export const RESULTS_ENTITIES: Function[] = [Certificate, CertificateSettings];
