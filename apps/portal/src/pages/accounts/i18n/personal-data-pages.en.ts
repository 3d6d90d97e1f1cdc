import type { Catalogue } from '@app/platform';

/** English texts of the personal-data pages (the person's own, and the administrator's). */
export const personalDataPagesEn: Catalogue = {
  personalData: {
    title: 'My data',
    intro:
      'Under the Personal Data Protection Law No. 91/2025/QH15 you have the right to access, correct and have your personal data deleted. Here you exercise those rights yourself.',
    downloadTitle: 'Download my data',
    downloadBody:
      'A JSON file with your account, the consent we recorded, the entries you lead or belong to (answers and list of files), judge invitations and scores if you are a judge, and the e-mails the platform sent you. It never contains passwords or sign-in tokens.',
    downloadButton: 'Download (JSON)',
    profileTitle: 'Correct my details',
    profileIntro: 'Leave an optional field empty to remove it.',
    emailNote:
      'Sign-in e-mail: {{email}}. To change it, contact the organizers so the new address can be verified.',
    dateOfBirth: 'Date of birth',
    gender: 'Gender',
    district: 'District',
    personTitle: 'Title',
    personTitleHint:
      'For example PGS.TS. or Dr. Mails to judges address you by it: "Dear Assoc. Prof. Nguyễn Văn A".',
    locale: 'Language of e-mails',
    locales: { vi: 'Tiếng Việt', en: 'English' },
    saveProfile: 'Save details',
    saved: 'Your details have been saved.',
    deleteTitle: 'Delete my account',
    deleteBody:
      'Deleting your account removes your name, e-mail, phone, date of birth, gender, title, organisation and district from your account, your teams and the e-mails sent to you; drafts you never submitted are deleted with their files; every session ends and you cannot sign in again. Your e-mail address becomes free to register again.',
    deleteKept:
      'What belongs to the contest record stays under the pseudonym "Người dùng đã xoá" (deleted user): submitted entries, scores and comments given, decisions and the audit trail.',
    deletePassword: 'Current password',
    deleteConfirm: 'I understand that deleting my account cannot be undone.',
    deleteButton: 'Delete my account for good',
    confirmRequired: 'Tick the confirmation box to delete your account.',
    deletedTitle: 'Your account has been deleted',
    deletedBody:
      'Your personal data has been deleted or pseudonymised and every session has ended. Thank you for taking part.',
    link: 'My personal data',
  },
  adminPersonalData: {
    title: 'Personal-data requests',
    intro:
      "Carry out a person's written request: download their data or erase their account. Every action is written to the audit log.",
    lookupLabel: 'E-mail of the account',
    lookupButton: 'Find',
    notFound: 'No account has this e-mail (or it has been erased).',
    account: 'Account',
    role: 'Role',
    createdAt: 'Created',
    download: 'Download data (JSON)',
    profileTitle: 'Correct details on request',
    eraseTitle: 'Erase personal data',
    reason: 'Reference of the written request',
    reasonHint: 'For example: Erasure request No. 12/2026 of 04/12/2026.',
    confirm: 'I have checked the written request; erasure cannot be undone.',
    eraseButton: "Erase this person's data",
    erased: "The account's personal data has been erased. The action is in the audit log.",
    dashboardIntro: "Download or erase a person's data on a written request.",
  },
};
