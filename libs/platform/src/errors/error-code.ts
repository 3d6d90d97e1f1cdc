/** Stable error identifiers of the API. Clients branch on these, so never rename one. */
export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  MALFORMED_JSON = 'MALFORMED_JSON',
  /** A JSON body nested deeper than any request of the API needs. */
  BODY_TOO_DEEP = 'BODY_TOO_DEEP',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** A path parameter longer than any id or slug of the API (refused by the router). */
  URI_TOO_LONG = 'URI_TOO_LONG',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_TOKEN = 'INVALID_TOKEN',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  CSRF_FAILED = 'CSRF_FAILED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  STALE_VERSION = 'STALE_VERSION',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  CONTEST_NOT_OPEN = 'CONTEST_NOT_OPEN',
  ENTRY_INCOMPLETE = 'ENTRY_INCOMPLETE',
  ENTRY_LOCKED = 'ENTRY_LOCKED',
  INVALID_STATUS_TRANSITION = 'INVALID_STATUS_TRANSITION',
  /** `announced` is the effect of announcing results, never a status change of its own. */
  ANNOUNCED_BY_RESULTS = 'ANNOUNCED_BY_RESULTS',
  SLUG_TAKEN = 'SLUG_TAKEN',
  CODE_PREFIX_TAKEN = 'CODE_PREFIX_TAKEN',
  DUPLICATE_KEY = 'DUPLICATE_KEY',
  RUBRIC_LOCKED = 'RUBRIC_LOCKED',
  CATEGORY_IN_USE = 'CATEGORY_IN_USE',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_ERROR = 'INTERNAL_ERROR',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  UNSUPPORTED_FILE_TYPE = 'UNSUPPORTED_FILE_TYPE',
  EMPTY_FILE = 'EMPTY_FILE',
  TOO_MANY_FILES = 'TOO_MANY_FILES',
  MALFORMED_UPLOAD = 'MALFORMED_UPLOAD',
  /** The account cannot judge this contest (an organizer, or a participant in it). */
  CANNOT_JUDGE = 'CANNOT_JUDGE',
  ROUND_DECIDED = 'ROUND_DECIDED',
  SECOND_ORGANIZER_REQUIRED = 'SECOND_ORGANIZER_REQUIRED',
  RANKING_NOT_READY = 'RANKING_NOT_READY',
  /** The round's advancement rule names no cut-off (top N per category or a minimum total). */
  ADVANCEMENT_RULE_MISSING = 'ADVANCEMENT_RULE_MISSING',
  JUDGING_CLOSED = 'JUDGING_CLOSED',
  JUDGING_NOT_OPEN = 'JUDGING_NOT_OPEN',
  /** The judge already reviews the round's maximum load per judge. */
  JUDGE_AT_MAX_LOAD = 'JUDGE_AT_MAX_LOAD',
  /** A team member confirming a place while confirmed on another entry of the contest. */
  ALREADY_IN_ANOTHER_ENTRY = 'ALREADY_IN_ANOTHER_ENTRY',
  /** A team member confirming a place in a contest they judge (or are invited to judge). */
  JUDGE_OF_CONTEST = 'JUDGE_OF_CONTEST',
  /** A newer proposal for the same entry took this override's place. */
  OVERRIDE_SUPERSEDED = 'OVERRIDE_SUPERSEDED',
  /** An encrypted or unreadable PDF cannot be served to a blind judge without its metadata. */
  PDF_NOT_ANONYMISABLE = 'PDF_NOT_ANONYMISABLE',
  /** Erasing this account would leave the platform without an administrator. */
  LAST_ADMIN = 'LAST_ADMIN',
  /** A judge's account cannot be erased while entries still wait for their score. */
  OPEN_ASSIGNMENTS = 'OPEN_ASSIGNMENTS',
  /** An administrator removing their own administrator role: another administrator must. */
  OWN_ADMIN_ROLE = 'OWN_ADMIN_ROLE',
  /** Only a submitted entry (not a draft, withdrawn or ineligible one) can be in the public gallery. */
  GALLERY_UNAVAILABLE = 'GALLERY_UNAVAILABLE',
  /** Deleting a prize that is awarded, or has an award waiting for confirmation. */
  PRIZE_AWARDED = 'PRIZE_AWARDED',
  /** More awards of a prize than its number. */
  PRIZE_COUNT_EXCEEDED = 'PRIZE_COUNT_EXCEEDED',
  /** Awarding an entry that did not take part in the contest's final round. */
  AWARD_ENTRY_NOT_FINALIST = 'AWARD_ENTRY_NOT_FINALIST',
  /** Awarding before the contest's final round is decided. */
  FINAL_ROUND_NOT_DECIDED = 'FINAL_ROUND_NOT_DECIDED',
  /** Awarding a prize of one category to an entry of another. */
  AWARD_WRONG_CATEGORY = 'AWARD_WRONG_CATEGORY',
  /** A change from the proposal replaced by a newer one, or an award already withdrawn. */
  AWARD_SUPERSEDED = 'AWARD_SUPERSEDED',
  /** Withdrawing an award that is not confirmed (pending, replaced or withdrawn already). */
  AWARD_NOT_CONFIRMED = 'AWARD_NOT_CONFIRMED',
  /** Withdrawing an award that already has a withdrawal waiting for a second organizer. */
  AWARD_WITHDRAWAL_PENDING = 'AWARD_WITHDRAWAL_PENDING',
  /** Confirming or cancelling a withdrawal of an award that has none waiting. */
  AWARD_WITHDRAWAL_NOT_PENDING = 'AWARD_WITHDRAWAL_NOT_PENDING',
  /** Judges' comments and scores of a round not released to teams (or the round not decided). */
  FEEDBACK_NOT_RELEASED = 'FEEDBACK_NOT_RELEASED',
  /** Announcing results while a round of the contest is not decided. */
  ANNOUNCEMENT_ROUND_UNDECIDED = 'ANNOUNCEMENT_ROUND_UNDECIDED',
  /** Announcing results while award changes wait for a second organizer. */
  ANNOUNCEMENT_AWARDS_PENDING = 'ANNOUNCEMENT_AWARDS_PENDING',
  /** Announcing results of a contest that is not in judging (or announced, for a correction). */
  ANNOUNCEMENT_NOT_JUDGING = 'ANNOUNCEMENT_NOT_JUDGING',
  /** Announcing again when no outcome changed since the last version: nothing to send. */
  ANNOUNCEMENT_UNCHANGED = 'ANNOUNCEMENT_UNCHANGED',
  /** Another organizer announced the same version at the same moment; theirs was kept. */
  ANNOUNCEMENT_CONCURRENT = 'ANNOUNCEMENT_CONCURRENT',
  /** Registering for a festival whose programme is not published or whose day is over. */
  FESTIVAL_REGISTRATION_CLOSED = 'FESTIVAL_REGISTRATION_CLOSED',
  /** A guest registration naming a session that is not one of the festival's. */
  FESTIVAL_SESSION_UNKNOWN = 'FESTIVAL_SESSION_UNKNOWN',
  /** A second registration for the same festival with the same e-mail address. */
  FESTIVAL_GUEST_ALREADY_REGISTERED = 'FESTIVAL_GUEST_ALREADY_REGISTERED',
  /** Mailing the programme of a festival whose programme is not published yet. */
  FESTIVAL_NOT_PUBLISHED = 'FESTIVAL_NOT_PUBLISHED',
  /** A check-in code that matches no pass (mistyped, forged or revoked). */
  CHECK_IN_CODE_UNKNOWN = 'CHECK_IN_CODE_UNKNOWN',
  /** A check-in code of a real pass, but for another contest's festival. */
  CHECK_IN_OTHER_FESTIVAL = 'CHECK_IN_OTHER_FESTIVAL',
  /** Another booth of the same festival has this number. */
  BOOTH_NUMBER_TAKEN = 'BOOTH_NUMBER_TAKEN',
  /** A booth for an entry that did not reach the contest's final round. */
  BOOTH_ENTRY_NOT_FINALIST = 'BOOTH_ENTRY_NOT_FINALIST',
  /** A judge scoring, in a live round, an entry whose pitch is not the one open now. */
  PITCH_NOT_OPEN = 'PITCH_NOT_OPEN',
  /** A pitch order naming entries that are not exactly the category's finalists. */
  PITCH_ORDER_MISMATCH = 'PITCH_ORDER_MISMATCH',
  /** Changing the pitch order after the live final started, or revealing before it ended. */
  LIVE_FINAL_IN_PROGRESS = 'LIVE_FINAL_IN_PROGRESS',
  /** Revealing a prize when every prize is already shown. */
  NOTHING_TO_REVEAL = 'NOTHING_TO_REVEAL',
  /** Voting in the people's choice while it is not open (before, or after the close). */
  VOTING_CLOSED = 'VOTING_CLOSED',
  /** A badge code that is not one of this festival's. */
  INVALID_VOTE_CODE = 'INVALID_VOTE_CODE',
  /** A vote for an entry that is not a finalist of the contest. */
  VOTE_NOT_FINALIST = 'VOTE_NOT_FINALIST',
  /** A vote by an account or a pass that has not been checked in at this festival's door. */
  VOTE_NEEDS_CHECK_IN = 'VOTE_NEEDS_CHECK_IN',
  /** Browsing finalists or requesting a meeting without an investor profile approved by organizers. */
  INVESTOR_NOT_APPROVED = 'INVESTOR_NOT_APPROVED',
  /** A meeting request for a festival slot that another request already holds. */
  MEETING_SLOT_TAKEN = 'MEETING_SLOT_TAKEN',
  /** Accepting or declining a meeting request that was already answered. */
  MEETING_ALREADY_ANSWERED = 'MEETING_ALREADY_ANSWERED',
}

export const ERROR_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.MALFORMED_JSON]: 400,
  [ErrorCode.BODY_TOO_DEEP]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.URI_TOO_LONG]: 414,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.INVALID_CREDENTIALS]: 401,
  [ErrorCode.INVALID_TOKEN]: 400,
  [ErrorCode.TOKEN_EXPIRED]: 400,
  [ErrorCode.EMAIL_TAKEN]: 409,
  [ErrorCode.EMAIL_NOT_VERIFIED]: 403,
  [ErrorCode.WEAK_PASSWORD]: 400,
  [ErrorCode.CONSENT_REQUIRED]: 400,
  [ErrorCode.CSRF_FAILED]: 403,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.STALE_VERSION]: 409,
  [ErrorCode.DEADLINE_PASSED]: 409,
  [ErrorCode.NOT_ELIGIBLE]: 403,
  // Assigning a conflicted judge clashes with recorded state, like a duplicate.
  [ErrorCode.CONFLICT_OF_INTEREST]: 409,
  [ErrorCode.CONTEST_NOT_OPEN]: 409,
  [ErrorCode.ENTRY_INCOMPLETE]: 422,
  [ErrorCode.ENTRY_LOCKED]: 409,
  [ErrorCode.INVALID_STATUS_TRANSITION]: 409,
  [ErrorCode.ANNOUNCED_BY_RESULTS]: 409,
  [ErrorCode.SLUG_TAKEN]: 409,
  [ErrorCode.CODE_PREFIX_TAKEN]: 409,
  [ErrorCode.DUPLICATE_KEY]: 409,
  [ErrorCode.RUBRIC_LOCKED]: 409,
  [ErrorCode.CATEGORY_IN_USE]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_ERROR]: 500,
  [ErrorCode.FILE_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_FILE_TYPE]: 415,
  [ErrorCode.EMPTY_FILE]: 400,
  [ErrorCode.TOO_MANY_FILES]: 409,
  [ErrorCode.MALFORMED_UPLOAD]: 400,
  [ErrorCode.CANNOT_JUDGE]: 409,
  [ErrorCode.ROUND_DECIDED]: 409,
  [ErrorCode.SECOND_ORGANIZER_REQUIRED]: 403,
  [ErrorCode.RANKING_NOT_READY]: 409,
  [ErrorCode.ADVANCEMENT_RULE_MISSING]: 409,
  [ErrorCode.JUDGING_CLOSED]: 409,
  [ErrorCode.JUDGING_NOT_OPEN]: 409,
  [ErrorCode.JUDGE_AT_MAX_LOAD]: 409,
  [ErrorCode.ALREADY_IN_ANOTHER_ENTRY]: 409,
  [ErrorCode.JUDGE_OF_CONTEST]: 409,
  [ErrorCode.OVERRIDE_SUPERSEDED]: 409,
  [ErrorCode.PDF_NOT_ANONYMISABLE]: 422,
  [ErrorCode.LAST_ADMIN]: 409,
  [ErrorCode.OPEN_ASSIGNMENTS]: 409,
  [ErrorCode.OWN_ADMIN_ROLE]: 409,
  [ErrorCode.GALLERY_UNAVAILABLE]: 409,
  [ErrorCode.PRIZE_AWARDED]: 409,
  [ErrorCode.PRIZE_COUNT_EXCEEDED]: 409,
  [ErrorCode.AWARD_ENTRY_NOT_FINALIST]: 409,
  [ErrorCode.FINAL_ROUND_NOT_DECIDED]: 409,
  [ErrorCode.AWARD_WRONG_CATEGORY]: 409,
  [ErrorCode.AWARD_SUPERSEDED]: 409,
  [ErrorCode.AWARD_NOT_CONFIRMED]: 409,
  [ErrorCode.AWARD_WITHDRAWAL_PENDING]: 409,
  [ErrorCode.AWARD_WITHDRAWAL_NOT_PENDING]: 409,
  [ErrorCode.FEEDBACK_NOT_RELEASED]: 403,
  [ErrorCode.ANNOUNCEMENT_ROUND_UNDECIDED]: 409,
  [ErrorCode.ANNOUNCEMENT_AWARDS_PENDING]: 409,
  [ErrorCode.ANNOUNCEMENT_NOT_JUDGING]: 409,
  [ErrorCode.ANNOUNCEMENT_UNCHANGED]: 409,
  [ErrorCode.ANNOUNCEMENT_CONCURRENT]: 409,
  [ErrorCode.FESTIVAL_REGISTRATION_CLOSED]: 409,
  [ErrorCode.FESTIVAL_SESSION_UNKNOWN]: 422,
  [ErrorCode.FESTIVAL_GUEST_ALREADY_REGISTERED]: 409,
  [ErrorCode.FESTIVAL_NOT_PUBLISHED]: 409,
  [ErrorCode.CHECK_IN_CODE_UNKNOWN]: 404,
  [ErrorCode.CHECK_IN_OTHER_FESTIVAL]: 409,
  [ErrorCode.BOOTH_NUMBER_TAKEN]: 409,
  [ErrorCode.BOOTH_ENTRY_NOT_FINALIST]: 409,
  [ErrorCode.PITCH_NOT_OPEN]: 409,
  [ErrorCode.PITCH_ORDER_MISMATCH]: 422,
  [ErrorCode.LIVE_FINAL_IN_PROGRESS]: 409,
  [ErrorCode.NOTHING_TO_REVEAL]: 409,
  [ErrorCode.VOTING_CLOSED]: 409,
  [ErrorCode.INVALID_VOTE_CODE]: 403,
  [ErrorCode.VOTE_NOT_FINALIST]: 422,
  [ErrorCode.VOTE_NEEDS_CHECK_IN]: 403,
  [ErrorCode.INVESTOR_NOT_APPROVED]: 403,
  [ErrorCode.MEETING_SLOT_TAKEN]: 409,
  [ErrorCode.MEETING_ALREADY_ANSWERED]: 409,
};
