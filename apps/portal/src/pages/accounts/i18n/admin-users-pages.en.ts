import type { Catalogue } from '@app/platform';

/** English texts of the administrator's accounts and roles pages. */
export const adminUsersPagesEn: Catalogue = {
  adminUsers: {
    nav: 'Accounts',
    title: 'Accounts and roles',
    intro:
      'Find an account to see its details and change its role. Every role change is written to the audit log.',
    search: 'Search by name or e-mail',
    searchHint: 'Type part of a name or an e-mail address.',
    role: 'Role',
    anyRole: 'Any role',
    filter: 'Search',
    clear: 'Clear filters',
    total: '{{total}} accounts.',
    narrow: 'Showing the first {{shown}}; narrow the search.',
    none: 'No account matches.',
    actions: 'Actions',
    manage: 'Manage',
    you: 'you',
    back: '← All accounts',
    account: 'Account',
    createdAt: 'Created',
    changeTitle: 'Change the role',
    newRole: 'New role',
    next: 'Continue',
    selfNote: 'You cannot remove your own administrator role; another administrator has to do it.',
    confirmTitle: 'Confirm the role change',
    confirmQuestion: 'Change the role of {{name}} from "{{from}}" to "{{to}}"?',
    gives: {
      applicant: 'This person will only enter contests and follow their own entries.',
      judge:
        'This person will accept invitations, declare conflicts of interest and score the entries assigned to them.',
      organizer:
        'This person will configure contests, screen and rank entries, and can be the second organizer who confirms an override.',
      admin:
        'This person will have every organizer right and manage accounts, roles and personal-data requests.',
    },
    sessionsEnd: 'Every session of this person ends; they sign in again to use the new role.',
    audited: 'The change is written to the audit log under your name.',
    confirmButton: 'Make {{role}}',
    cancel: 'Cancel',
    changed: 'The role is now "{{role}}".',
    history: 'Role history',
    noHistory: 'The role has never been changed.',
    by: {
      api: 'through the API',
      'admin-page': 'on the admin page',
      'judge-invitation': 'by a judge invitation',
      cli: 'on the command line',
      unknown: 'source unknown',
    },
    refused: {
      OWN_ADMIN_ROLE: 'You cannot remove your own administrator role. Ask another administrator.',
      LAST_ADMIN:
        'This is the only administrator. Appoint another administrator before changing this role.',
    },
  },
};
