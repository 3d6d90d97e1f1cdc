import type { Catalogue } from '@app/platform';

/** English texts of the statistics page (group names come from the report's texts). */
export const statisticsPagesEn: Catalogue = {
  statisticsPage: {
    title: 'Statistics and report',
    link: 'Statistics and report',
    intro:
      'The contest in numbers, as of when this page was opened. Entries submitted do not count drafts or withdrawn entries; every chart has a table of its numbers for screen readers.',
    received: 'Entries submitted',
    members: 'Team members',
    entriesSection: 'Entries',
    roundsSection: 'Rounds',
    submissionsSection: 'Submissions over time',
    noRounds: 'The contest has no rounds yet.',
    noSubmissions: 'No entry has been submitted yet.',
    noJudges: 'No judges are assigned in this round yet.',
    group: 'Group',
    count: 'Count',
    judge: 'Judge',
    scored: 'Scored / assigned',
    scoredOf: '{{scored}}/{{total}}',
    chartDesc:
      '{{groups}} groups, {{total}} in all. The numbers of each group are in the table after the chart.',
    more: 'The chart draws the largest groups; {{count}} more are in the XLSX report.',
    roundHeading: 'Round {{position}}: {{name}}',
    decidedAt: 'Decided {{at}}.',
    undecided: 'Not decided yet.',
    submissionsDesc:
      'Entries submitted, running total per day, {{total}} in all; deadline {{deadline}}. The numbers of each day are in the table after the chart.',
    deadlineMark: 'Deadline {{day}}',
    deadline: 'Deadline: {{day}}',
    day: 'Day',
    dayCount: 'Submitted that day',
    cumulative: 'Running total',
    downloads: 'XLSX report',
    downloadHint:
      'The whole contest for the year-end report: statistics, entries and teams, scores of each round by criterion, and the results of each round.',
    download: 'Download the report (XLSX)',
    downloadAnonymous: 'Download with judges unnamed (XLSX)',
  },
};
