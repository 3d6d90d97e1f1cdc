export * from './gallery-listing.entity';
export * from './gallery-rules';
export * from './gallery-prizes';
export * from './gallery.dto';
export * from './gallery.mapper';
export * from './gallery.service';
export * from './gallery-opt-in.service';
