import { GalleryListing } from './gallery/gallery-listing.entity';

/** The tables of how a contest ends (prizes, awards, announcements, gallery, certificates). */
export const RESULTS_ENTITIES: Function[] = [GalleryListing];
