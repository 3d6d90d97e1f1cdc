import type { Catalogue } from '@app/platform';

/** English texts of the certificate pages. */
export const certificatePagesEn: Catalogue = {
  certificates: {
    title: 'Certificates',
    intro:
      'Every confirmed member of a team whose entry reached the final round gets a certificate of participation; members of prize-winning teams also get a prize certificate. The team leader can download the whole team’s.',
    none: 'There are no certificates for this entry yet. Certificates come when the entry reaches the final round.',
    person: 'Awarded to',
    what: 'Certifies',
    code: 'Verification code',
    issuedAt: 'Issued on',
    download: '– {{what}}, {{name}}',
    downloadShort: 'Download PDF',
    kind_participation: 'Took part in the final round',
    kind_prize: 'Won the {{prize}}',
    backToEntry: 'Back to the entry',
    organizerTitle: 'Certificates of the contest',
    organizerIntro:
      'Download one ZIP file with the certificates of every member of the finalist and prize-winning teams, one PDF per person. The file is built while it downloads, so a large contest can take a few minutes.',
    zip: 'Download all certificates (ZIP)',
    verifyLink: 'Certificate verification page',
    settingsTitle: 'What the certificates print',
    settingsIntro:
      'The organising units print in the top left corner, the place before the date of issue, and the signature blocks in the bottom right corner. Changes apply to every later download, certificates already issued included (their verification codes stay).',
    settingsDefault: 'The contest prints the defaults.',
    organisers: 'Organising units',
    organisersHint:
      'One unit per line, the superior unit first (at most 4 lines of 60 characters).',
    place: 'Place',
    placeHint: 'Printed before the date of issue, e.g. “Quảng Ngãi, ngày 06 tháng 12 năm 2026”.',
    signatory: 'Signature block {{n}}',
    signatoryTitle: 'Title',
    signatoryName: 'Full name',
    settingsSave: 'Save what certificates print',
    settingsSaved: 'Saved what the certificates print.',
    settingsErrors: 'Not saved: please correct the fields marked below.',
  },
  certificateVerify: {
    title: 'Verify a certificate',
    intro:
      'Enter the verification code printed at the bottom left of the certificate, or scan its QR code.',
    codeLabel: 'Verification code',
    codeHint: 'Three groups of four characters, for example 7KQ2-M9XD-4RTA.',
    submit: 'Verify',
    genuine: 'This certificate was issued by the organisers.',
    revoked:
      'This certificate was issued by the organisers but is no longer valid: what it certified changed after it was issued (the entry was withdrawn or the prize was changed).',
    withdrawn:
      'This certificate was issued by the organisers but is no longer valid: the organisers withdrew the prize it certifies on {{date}}.',
    unknown:
      'No certificate has the code {{code}}. A paper with this code was not issued by the organisers; check each character again.',
    malformed:
      '“{{code}}” is not a verification code. A code has three groups of four characters, for example 7KQ2-M9XD-4RTA.',
    person: 'Awarded to',
    contest: 'Contest',
    what: 'Certifies',
    entry: 'Entry',
    team: 'Team',
    issuedAt: 'Issued on',
    code: 'Verification code',
    kind_participation: 'Took part in the final round',
    kind_prize: 'Won the {{prize}}',
    withdrawnAt: 'Prize withdrawn on',
    again: 'Verify another code',
  },
};
