import type { Catalogue } from '@app/platform';

/** English texts of the team-membership pages (answering the mailed link; states on the form). */
export const membershipPagesEn: Catalogue = {
  membership: {
    title: 'Confirm your place on a team',
    intro: '{{leader}} listed you ({{name}}, {{email}}) as a member of the team of:',
    entryLine: '"{{title}}" · code {{code}}',
    teamLine: 'Team: {{team}}',
    contestLine: 'Contest: {{contest}}',
    leaderLine: 'Team leader: {{leader}}',
    question:
      'Are you on this team? Once you confirm, you take part in the contest with this team; where the contest allows one entry per person, you can confirm only one.',
    expires: 'The link can be used once, until {{time}}.',
    confirm: 'I confirm I am on the team',
    decline: 'I am not on this team',
    declineHint: 'If you do not know this team, choose "I am not on this team".',
    confirmed: 'Thank you. You have confirmed your place on the team of "{{title}}" ({{code}}).',
    declined:
      'You declined. You are not counted as a member of the team of "{{title}}" ({{code}}).',
    failedTitle: 'Your answer could not be recorded',
    error_INVALID_TOKEN: 'This link is not valid or has already been used.',
    error_TOKEN_EXPIRED: 'This link has expired. Ask the team leader to send the mail again.',
    error_ENTRY_LOCKED: 'This entry has been withdrawn from the contest.',
    error_ALREADY_IN_ANOTHER_ENTRY:
      'You have already confirmed a place on another entry of this contest; a person may be on only one.',
    error_JUDGE_OF_CONTEST:
      'You judge (or are invited to judge) this contest, so you cannot be on one of its teams.',
    error_TOO_MANY_REQUESTS: 'Too many attempts. Please wait a moment and try again.',
    state_pending: 'Waiting for confirmation',
    state_confirmed: 'Confirmed',
    state_declined: 'Declined',
    invitedAt: 'Mail sent {{time}}',
    notMailed: 'Not mailed yet (a mail went to this address a short while ago).',
    afterSave: 'New members are mailed a link to confirm once you save the entry.',
    resend: 'Send the confirmation mail again',
    resendTooSoon:
      'A confirmation mail went to this address a short while ago. You can send it again after {{time}}.',
    resendConfirmed: 'This member has already confirmed.',
    rule_before_submission:
      'The contest requires every member to confirm before the entry is submitted.',
    rule_not_required:
      'The contest does not require members to confirm before submission; only those who confirmed count as taking part.',
    unconfirmedTitle: 'Members who have not confirmed:',
    unconfirmedLine: '{{name}} ({{email}}): {{state}}',
  },
};
