import { Category } from './categories/category.entity';
import { Contest } from './contests/contest.entity';
import { Prize } from './prizes/prize.entity';
import { ContestQuestion } from './questions/contest-question.entity';
import { Round } from './rounds/round.entity';

export const CONTESTS_ENTITIES = [Contest, Category, Round, ContestQuestion, Prize];
