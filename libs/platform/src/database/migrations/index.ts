import { AddFestivalSequence1796623886501 as MysqlAddFestivalSequence1796623886501 } from './mysql/1796623886501-AddFestivalSequence';
import { AddFestivalSequence1796623883956 as SqliteAddFestivalSequence1796623883956 } from './sqlite/1796623883956-AddFestivalSequence';
import { AddSessionSequence1796612711666 as MysqlAddSessionSequence1796612711666 } from './mysql/1796612711666-AddSessionSequence';
import { AddSessionSequence1796612706116 as SqliteAddSessionSequence1796612706116 } from './sqlite/1796612706116-AddSessionSequence';
import { AddInvestorConnection1796612618883 as MysqlAddInvestorConnection1796612618883 } from './mysql/1796612618883-AddInvestorConnection';
import { AddInvestorConnection1796612614427 as SqliteAddInvestorConnection1796612614427 } from './sqlite/1796612614427-AddInvestorConnection';
import { MergePrizeLists1796599288861 as MysqlMergePrizeLists1796599288861 } from './mysql/1796599288861-MergePrizeLists';
import { MergePrizeLists1796599283963 as SqliteMergePrizeLists1796599283963 } from './sqlite/1796599283963-MergePrizeLists';
import { AddFestivalCheckIn1796599307136 as MysqlAddFestivalCheckIn1796599307136 } from './mysql/1796599307136-AddFestivalCheckIn';
import { AddFestivalCheckIn1796599302419 as SqliteAddFestivalCheckIn1796599302419 } from './sqlite/1796599302419-AddFestivalCheckIn';
import { AddLiveFinal1796599301739 as MysqlAddLiveFinal1796599301739 } from './mysql/1796599301739-AddLiveFinal';
import { AddLiveFinal1796599297612 as SqliteAddLiveFinal1796599297612 } from './sqlite/1796599297612-AddLiveFinal';
import { AddAwardWithdrawals1796587945392 as MysqlAddAwardWithdrawals1796587945392 } from './mysql/1796587945392-AddAwardWithdrawals';
import { AddAwardWithdrawals1796587944987 as SqliteAddAwardWithdrawals1796587944987 } from './sqlite/1796587944987-AddAwardWithdrawals';
import { AddFestival1796588191530 as MysqlAddFestival1796588191530 } from './mysql/1796588191530-AddFestival';
import { AddFestival1796588188651 as SqliteAddFestival1796588188651 } from './sqlite/1796588188651-AddFestival';
import { AddGalleryListings1796529116314 as MysqlAddGalleryListings1796529116314 } from './mysql/1796529116314-AddGalleryListings';
import { AddGalleryListings1796529115255 as SqliteAddGalleryListings1796529115255 } from './sqlite/1796529115255-AddGalleryListings';
import { AddAnnouncements1796530162759 as MysqlAddAnnouncements1796530162759 } from './mysql/1796530162759-AddAnnouncements';
import { AddAnnouncements1796530158952 as SqliteAddAnnouncements1796530158952 } from './sqlite/1796530158952-AddAnnouncements';
import { AddAwards1796528924540 as MysqlAddAwards1796528924540 } from './mysql/1796528924540-AddAwards';
import { AddAwards1796528923501 as SqliteAddAwards1796528923501 } from './sqlite/1796528923501-AddAwards';
import { AddCertificates1796529106675 as MysqlAddCertificates1796529106675 } from './mysql/1796529106675-AddCertificates';
import { AddCertificates1796529104876 as SqliteAddCertificates1796529104876 } from './sqlite/1796529104876-AddCertificates';
import { AddUserTitle1796519661290 as MysqlAddUserTitle1796519661290 } from './mysql/1796519661290-AddUserTitle';
import { AddUserTitle1796519661284 as SqliteAddUserTitle1796519661284 } from './sqlite/1796519661284-AddUserTitle';
import { AddRoundMaxLoad1796520525596 as MysqlAddRoundMaxLoad1796520525596 } from './mysql/1796520525596-AddRoundMaxLoad';
import { AddRoundMaxLoad1796520525296 as SqliteAddRoundMaxLoad1796520525296 } from './sqlite/1796520525296-AddRoundMaxLoad';
import { AddEntryCommune1796530000001 as MysqlAddEntryCommune1796530000001 } from './mysql/1796530000001-AddEntryCommune';
import { AddEntryCommune1796530000000 as SqliteAddEntryCommune1796530000000 } from './sqlite/1796530000000-AddEntryCommune';
import { AddEntrySearchCommune1796540000001 as MysqlAddEntrySearchCommune1796540000001 } from './mysql/1796540000001-AddEntrySearchCommune';
import { AddEntrySearchCommune1796540000000 as SqliteAddEntrySearchCommune1796540000000 } from './sqlite/1796540000000-AddEntrySearchCommune';
import { AddEntrySearchText1796455129906 as MysqlAddEntrySearchText1796455129906 } from './mysql/1796455129906-AddEntrySearchText';
import { AddEntrySearchText1796455129152 as SqliteAddEntrySearchText1796455129152 } from './sqlite/1796455129152-AddEntrySearchText';
import { AddMemberConfirmation1796406069167 as MysqlAddMemberConfirmation1796406069167 } from './mysql/1796406069167-AddMemberConfirmation';
import { AddMemberConfirmation1796406068779 as SqliteAddMemberConfirmation1796406068779 } from './sqlite/1796406068779-AddMemberConfirmation';
import { ReviewBlindConflictDeclarations1796406754176 as MysqlReviewBlindConflictDeclarations1796406754176 } from './mysql/1796406754176-ReviewBlindConflictDeclarations';
import { ReviewBlindConflictDeclarations1796406750974 as SqliteReviewBlindConflictDeclarations1796406750974 } from './sqlite/1796406750974-ReviewBlindConflictDeclarations';
import { SupersedeAdvancementOverrides1796405965242 as MysqlSupersedeAdvancementOverrides1796405965242 } from './mysql/1796405965242-SupersedeAdvancementOverrides';
import { SupersedeAdvancementOverrides1796405964746 as SqliteSupersedeAdvancementOverrides1796405964746 } from './sqlite/1796405964746-SupersedeAdvancementOverrides';
import { AddUserErasedAt1796406340288 as MysqlAddUserErasedAt1796406340288 } from './mysql/1796406340288-AddUserErasedAt';
import { AddUserErasedAt1796406337961 as SqliteAddUserErasedAt1796406337961 } from './sqlite/1796406337961-AddUserErasedAt';
import { WidenRankingContent1795690961019 as MysqlWidenRankingContent1795690961019 } from './mysql/1795690961019-WidenRankingContent';
import { WidenRankingContent1795690959230 as SqliteWidenRankingContent1795690959230 } from './sqlite/1795690959230-WidenRankingContent';
import { AddJudging1795690395804 as MysqlAddJudging1795690395804 } from './mysql/1795690395804-AddJudging';
import { AddJudging1795690395633 as SqliteAddJudging1795690395633 } from './sqlite/1795690395633-AddJudging';
import { MakeCodePrefixUnique1795688857743 as MysqlMakeCodePrefixUnique1795688857743 } from './mysql/1795688857743-MakeCodePrefixUnique';
import { MakeCodePrefixUnique1795688857408 as SqliteMakeCodePrefixUnique1795688857408 } from './sqlite/1795688857408-MakeCodePrefixUnique';
import { AddContestsAndEntries1795688086409 as MysqlAddContestsAndEntries1795688086409 } from './mysql/1795688086409-AddContestsAndEntries';
import { AddContestsAndEntries1795688086290 as SqliteAddContestsAndEntries1795688086290 } from './sqlite/1795688086290-AddContestsAndEntries';
import { CreateFoundationSchema1795687238095 as MysqlCreateFoundationSchema1795687238095 } from './mysql/1795687238095-CreateFoundationSchema';
import { CreateFoundationSchema1795687217365 as SqliteCreateFoundationSchema1795687217365 } from './sqlite/1795687217365-CreateFoundationSchema';
/** Migrations are listed explicitly so the bundled apps and the tests load the same set. */
export const MYSQL_MIGRATIONS: Function[] = [
  MysqlCreateFoundationSchema1795687238095,
  MysqlAddContestsAndEntries1795688086409,
  MysqlMakeCodePrefixUnique1795688857743,
  MysqlAddJudging1795690395804,
  MysqlWidenRankingContent1795690961019,
  MysqlAddMemberConfirmation1796406069167,
  MysqlSupersedeAdvancementOverrides1796405965242,
  MysqlReviewBlindConflictDeclarations1796406754176,
  MysqlAddUserErasedAt1796406340288,
  MysqlAddEntrySearchText1796455129906,
  MysqlAddUserTitle1796519661290,
  MysqlAddRoundMaxLoad1796520525596,
  MysqlAddEntryCommune1796530000001,
  MysqlAddEntrySearchCommune1796540000001,
  MysqlAddGalleryListings1796529116314,
  MysqlAddAwards1796528924540,
  MysqlAddAnnouncements1796530162759,
  MysqlAddCertificates1796529106675,
  MysqlAddAwardWithdrawals1796587945392,
  MysqlAddFestival1796588191530,
  MysqlMergePrizeLists1796599288861,
  MysqlAddLiveFinal1796599301739,
  MysqlAddFestivalCheckIn1796599307136,
  MysqlAddInvestorConnection1796612618883,
  MysqlAddSessionSequence1796612711666,
  MysqlAddFestivalSequence1796623886501,
];
export const SQLITE_MIGRATIONS: Function[] = [
  SqliteCreateFoundationSchema1795687217365,
  SqliteAddContestsAndEntries1795688086290,
  SqliteMakeCodePrefixUnique1795688857408,
  SqliteAddJudging1795690395633,
  SqliteWidenRankingContent1795690959230,
  SqliteAddMemberConfirmation1796406068779,
  SqliteSupersedeAdvancementOverrides1796405964746,
  SqliteReviewBlindConflictDeclarations1796406750974,
  SqliteAddUserErasedAt1796406337961,
  SqliteAddEntrySearchText1796455129152,
  SqliteAddUserTitle1796519661284,
  SqliteAddRoundMaxLoad1796520525296,
  SqliteAddEntryCommune1796530000000,
  SqliteAddEntrySearchCommune1796540000000,
  SqliteAddGalleryListings1796529115255,
  SqliteAddAwards1796528923501,
  SqliteAddAnnouncements1796530158952,
  SqliteAddCertificates1796529104876,
  SqliteAddAwardWithdrawals1796587944987,
  SqliteAddFestival1796588188651,
  SqliteMergePrizeLists1796599283963,
  SqliteAddLiveFinal1796599297612,
  SqliteAddFestivalCheckIn1796599302419,
  SqliteAddInvestorConnection1796612614427,
  SqliteAddSessionSequence1796612706116,
  SqliteAddFestivalSequence1796623883956,
];
