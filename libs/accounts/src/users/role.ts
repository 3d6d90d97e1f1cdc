export enum Role {
  applicant = 'applicant',
  judge = 'judge',
  organizer = 'organizer',
  admin = 'admin',
}

export const ALL_ROLES = Object.values(Role);
