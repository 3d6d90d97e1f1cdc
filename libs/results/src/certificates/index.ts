export * from './certificate.entity';
export * from './certificate-settings.entity';
export * from './certificate-code';
export * from './certificate.mapper';
export * from './certificate.service';
export * from './certificate-archive.service';
export * from './certificate-views';
