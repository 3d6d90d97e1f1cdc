import type { Catalogue } from '@app/platform';

/** English texts of the public gallery of ideas and a team's choice to be in it. */
export const galleryPagesEn: Catalogue = {
  gallery: {
    title: 'Gallery of ideas',
    intro:
      'Entries whose teams agreed to show them publicly: the idea, category, field, place and team name.',
    searchLabel: 'Search ideas',
    search: 'Search by title, summary or team name',
    searchHint: 'Accents are optional, e.g. "sa huynh".',
    filtersTitle: 'Search and filter',
    moreFilters: 'Filter by category, field or place',
    any: 'Any',
    filter: 'Search',
    clear: 'Clear filters',
    total: '{{total}} ideas.',
    empty: 'No ideas in the gallery yet.',
    noMatch: 'No idea matches. Try other words or clear the filters.',
    team: 'Team',
    place: 'Place',
    prize: 'Prize',
    imageAlt: 'Picture of the idea {{title}}',
    pages: 'Pages of the gallery',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {{page}} of {{pages}}',
    backToContest: 'Back to the contest',
    openGallery: 'See the gallery of ideas',
  },
  entryGallery: {
    title: 'Showing the entry in the gallery of ideas',
    explain:
      "When the team agrees, the entry is shown publicly in the contest's gallery of ideas: title, summary, category, field, commune or ward, team name, prize and one picture the team chooses. Members' names, e-mail addresses and phone numbers are never published.",
    listed: 'The entry has been in the gallery of ideas since {{at}}.',
    listedHidden:
      "The team agreed to be shown, but the entry is not shown now because of the entry's status.",
    notListed: 'The entry is not in the gallery of ideas.',
    unavailable:
      'Only a submitted entry (not a draft, withdrawn or ineligible) can be in the gallery.',
    leaderOnly: "The team's leader decides whether the entry is shown in the gallery.",
    image: 'Picture in the gallery',
    noImage: 'No picture',
    imageHint: 'Choose a PNG, JPEG or WebP picture uploaded with the entry.',
    noImages:
      'The entry has no picture yet. The team can upload one on the edit page (file type "Image") while the entry can still change.',
    imageInvalid: 'Choose a picture of this very entry.',
    optIn: 'Show in the gallery',
    save: 'Save the picture',
    withdraw: 'Withdraw from the gallery',
    withdrawHint: 'The entry disappears from the gallery at once; the team can agree again later.',
    notice_optedIn: 'The entry is now in the gallery of ideas.',
    notice_saved: 'The picture was saved.',
    notice_withdrawn: 'The entry was withdrawn from the gallery of ideas.',
    viewGallery: 'See the gallery of ideas',
    backToEntry: 'Back to the entry',
    manage: 'Gallery of ideas',
  },
};
