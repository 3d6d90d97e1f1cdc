export enum Role {
  applicant = 'applicant',
  judge = 'judge',
  organizer = 'organizer',
  admin = 'admin',
}

export const ROLES = Object.values(Role);
