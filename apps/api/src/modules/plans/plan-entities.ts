import { FollowUp } from './follow-up.entity';
import { PlanBuilderSettings } from './plan-builder-settings.entity';
import { Proposal } from './proposal.entity';
import { Recommendation } from './recommendation.entity';
import { Vote } from './vote.entity';

// The treatment-plans feature's tables, registered in the one DataSource options object.
export const PLAN_ENTITIES = [PlanBuilderSettings, Proposal, Vote, Recommendation, FollowUp];
