import { type MigrationInterface, type QueryRunner } from 'typeorm';

const FOLLOW_UP_REASONS = `'patient_choice', 'clinical_deterioration', 'progression', 'toxicity',
  'other_therapy_chosen', 'death', 'other'`;

// Treatment plans: the institution's plan-builder thresholds, proposals with their stored evaluation,
// the vote history, the adopted recommendation (one per case) and the follow-up. Votes,
// recommendations and follow-ups are evidence: triggers keep them as written.
export class CreateTreatmentPlans1764300000000 implements MigrationInterface {
  name = 'CreateTreatmentPlans1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // One row. `thresholds` holds only the institution's overrides: '{}' means the rule set's
    // defaults, so a new rule-set version's defaults reach institutions that never tuned a value.
    await q.query(`
      CREATE TABLE plan_builder_settings (
        id smallint NOT NULL DEFAULT 1,
        thresholds jsonb NOT NULL DEFAULT '{}',
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT plan_builder_settings_pkey PRIMARY KEY (id),
        CONSTRAINT plan_builder_settings_single_row_check CHECK (id = 1),
        CONSTRAINT plan_builder_settings_thresholds_check CHECK (jsonb_typeof(thresholds) = 'object')
      )`);
    await q.query(`INSERT INTO plan_builder_settings (id) VALUES (1)`);

    await q.query(`
      CREATE TABLE proposal (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        proposed_by uuid NOT NULL,
        proposer_specialist_id uuid NOT NULL,
        intent text NOT NULL,
        steps jsonb NOT NULL,
        rationale text NOT NULL,
        -- The full plan-options result the steps were judged against.
        evaluation jsonb NOT NULL,
        rule_set_version text NOT NULL,
        status text NOT NULL DEFAULT 'proposed',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT proposal_pkey PRIMARY KEY (id),
        CONSTRAINT proposal_case_id_fkey FOREIGN KEY (case_id) REFERENCES board_case (id),
        CONSTRAINT proposal_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id),
        CONSTRAINT proposal_proposed_by_fkey FOREIGN KEY (proposed_by) REFERENCES app_user (id),
        CONSTRAINT proposal_proposer_specialist_id_fkey
          FOREIGN KEY (proposer_specialist_id) REFERENCES specialist (id),
        CONSTRAINT proposal_intent_check CHECK (intent IN ('curative', 'disease_control', 'palliative')),
        CONSTRAINT proposal_steps_check
          CHECK (jsonb_typeof(steps) = 'array' AND jsonb_array_length(steps) BETWEEN 1 AND 10),
        CONSTRAINT proposal_rationale_check CHECK (length(btrim(rationale)) BETWEEN 1 AND 5000),
        CONSTRAINT proposal_evaluation_check CHECK (jsonb_typeof(evaluation) = 'object'),
        CONSTRAINT proposal_rule_set_version_check CHECK (length(rule_set_version) BETWEEN 1 AND 40),
        CONSTRAINT proposal_status_check CHECK (status IN ('proposed', 'adopted'))
      )`);
    // A case's proposals in order (the list and its keyset).
    await q.query(`CREATE INDEX proposal_case_created_idx ON proposal (case_id, created_at, id)`);
    await q.query(`CREATE INDEX proposal_meeting_id_idx ON proposal (meeting_id)`);
    await q.query(`CREATE INDEX proposal_proposed_by_idx ON proposal (proposed_by)`);
    await q.query(`CREATE INDEX proposal_proposer_specialist_id_idx ON proposal (proposer_specialist_id)`);
    // A second guard beside recommendation_case_key: one adopted proposal per case.
    await q.query(
      `CREATE UNIQUE INDEX proposal_case_adopted_key ON proposal (case_id) WHERE status = 'adopted'`,
    );
    // A proposal is what the voters saw: only its status may change, once, from proposed to adopted.
    await q.query(`
      CREATE FUNCTION proposal_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Nested: OLD and NEW are not set for DELETE and TRUNCATE.
        IF TG_OP = 'UPDATE' THEN
          IF OLD.status = 'proposed' AND NEW.status = 'adopted'
             AND (NEW.id, NEW.case_id, NEW.meeting_id, NEW.proposed_by, NEW.proposer_specialist_id, NEW.intent,
                  NEW.steps, NEW.rationale, NEW.evaluation, NEW.rule_set_version, NEW.created_at)
                 IS NOT DISTINCT FROM
                 (OLD.id, OLD.case_id, OLD.meeting_id, OLD.proposed_by, OLD.proposer_specialist_id, OLD.intent,
                  OLD.steps, OLD.rationale, OLD.evaluation, OLD.rule_set_version, OLD.created_at) THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'a proposal is kept as proposed; only its adoption may be recorded'
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER proposal_append_only BEFORE UPDATE OR DELETE ON proposal
        FOR EACH ROW EXECUTE FUNCTION proposal_guard_change()`);
    await q.query(`
      CREATE TRIGGER proposal_no_truncate BEFORE TRUNCATE ON proposal
        FOR EACH STATEMENT EXECUTE FUNCTION proposal_guard_change()`);

    await q.query(`
      CREATE TABLE vote (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL,
        specialist_id uuid NOT NULL,
        user_id uuid NOT NULL,
        vote text NOT NULL,
        comment text,
        cast_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        -- Set once, when the specialist casts a new vote on the same proposal.
        superseded_at timestamptz(3),
        CONSTRAINT vote_pkey PRIMARY KEY (id),
        CONSTRAINT vote_proposal_id_fkey FOREIGN KEY (proposal_id) REFERENCES proposal (id),
        CONSTRAINT vote_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES specialist (id),
        CONSTRAINT vote_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT vote_vote_check CHECK (vote IN ('approve', 'reject', 'abstain')),
        CONSTRAINT vote_comment_check CHECK (length(btrim(comment)) BETWEEN 1 AND 2000),
        -- A reject is recorded dissent: it says why.
        CONSTRAINT vote_reject_comment_check CHECK (vote <> 'reject' OR comment IS NOT NULL),
        CONSTRAINT vote_superseded_at_check CHECK (superseded_at >= cast_at)
      )`);
    // One current vote per specialist per proposal; the database decides between parallel votes.
    await q.query(
      `CREATE UNIQUE INDEX vote_current_key ON vote (proposal_id, specialist_id) WHERE superseded_at IS NULL`,
    );
    // A proposal's vote history in order (and its keyset).
    await q.query(`CREATE INDEX vote_proposal_cast_idx ON vote (proposal_id, cast_at, id)`);
    await q.query(`CREATE INDEX vote_specialist_id_idx ON vote (specialist_id)`);
    await q.query(`CREATE INDEX vote_user_id_idx ON vote (user_id)`);
    // Append-only, except that a current vote is marked superseded once.
    await q.query(`
      CREATE FUNCTION vote_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.superseded_at IS NULL AND NEW.superseded_at IS NOT NULL
             AND (NEW.id, NEW.proposal_id, NEW.specialist_id, NEW.user_id, NEW.vote, NEW.comment, NEW.cast_at)
                 IS NOT DISTINCT FROM
                 (OLD.id, OLD.proposal_id, OLD.specialist_id, OLD.user_id, OLD.vote, OLD.comment, OLD.cast_at) THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'votes are never changed or deleted; a new vote supersedes the old one'
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER vote_append_only BEFORE UPDATE OR DELETE ON vote
        FOR EACH ROW EXECUTE FUNCTION vote_guard_change()`);
    await q.query(`
      CREATE TRIGGER vote_no_truncate BEFORE TRUNCATE ON vote
        FOR EACH STATEMENT EXECUTE FUNCTION vote_guard_change()`);

    await q.query(`
      CREATE TABLE recommendation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        proposal_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        adopted_by uuid NOT NULL,
        chair_specialist_id uuid NOT NULL,
        patient_preferences_discussed boolean NOT NULL,
        -- Votes with comments, attendance, quorum and tally at the moment of adoption.
        snapshot jsonb NOT NULL,
        rule_set_version text NOT NULL,
        adopted_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT recommendation_pkey PRIMARY KEY (id),
        -- Exactly one adopted plan per case: the constraint that settles concurrent adoptions.
        CONSTRAINT recommendation_case_key UNIQUE (case_id),
        CONSTRAINT recommendation_proposal_key UNIQUE (proposal_id),
        CONSTRAINT recommendation_case_id_fkey FOREIGN KEY (case_id) REFERENCES board_case (id),
        CONSTRAINT recommendation_proposal_id_fkey FOREIGN KEY (proposal_id) REFERENCES proposal (id),
        CONSTRAINT recommendation_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id),
        CONSTRAINT recommendation_adopted_by_fkey FOREIGN KEY (adopted_by) REFERENCES app_user (id),
        CONSTRAINT recommendation_chair_specialist_id_fkey
          FOREIGN KEY (chair_specialist_id) REFERENCES specialist (id),
        CONSTRAINT recommendation_snapshot_check CHECK (jsonb_typeof(snapshot) = 'object'),
        CONSTRAINT recommendation_rule_set_version_check CHECK (length(rule_set_version) BETWEEN 1 AND 40)
      )`);
    await q.query(`CREATE INDEX recommendation_adopted_at_idx ON recommendation (adopted_at, id)`);
    await q.query(`CREATE INDEX recommendation_meeting_id_idx ON recommendation (meeting_id)`);
    await q.query(`CREATE INDEX recommendation_adopted_by_idx ON recommendation (adopted_by)`);
    // Board metrics select the meetings closed in a date range.
    await q.query(`CREATE INDEX meeting_closed_at_idx ON meeting (closed_at) WHERE status = 'closed'`);
    await q.query(
      `CREATE INDEX recommendation_chair_specialist_id_idx ON recommendation (chair_specialist_id)`,
    );
    await q.query(`
      CREATE FUNCTION recommendation_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a recommendation is never changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER recommendation_append_only BEFORE UPDATE OR DELETE ON recommendation
        FOR EACH ROW EXECUTE FUNCTION recommendation_reject_change()`);
    await q.query(`
      CREATE TRIGGER recommendation_no_truncate BEFORE TRUNCATE ON recommendation
        FOR EACH STATEMENT EXECUTE FUNCTION recommendation_reject_change()`);

    await q.query(`
      CREATE TABLE follow_up (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        recommendation_id uuid NOT NULL,
        status text NOT NULL,
        reason text,
        note text,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT follow_up_pkey PRIMARY KEY (id),
        CONSTRAINT follow_up_case_key UNIQUE (case_id),
        CONSTRAINT follow_up_case_id_fkey FOREIGN KEY (case_id) REFERENCES board_case (id),
        CONSTRAINT follow_up_recommendation_id_fkey
          FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
        CONSTRAINT follow_up_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES app_user (id),
        CONSTRAINT follow_up_status_check
          CHECK (status IN ('implemented', 'partially_implemented', 'not_implemented')),
        CONSTRAINT follow_up_reason_check CHECK (reason IN (${FOLLOW_UP_REASONS})),
        CONSTRAINT follow_up_reason_required_check CHECK (status = 'implemented' OR reason IS NOT NULL),
        CONSTRAINT follow_up_note_check CHECK (length(btrim(note)) BETWEEN 1 AND 2000)
      )`);
    await q.query(`CREATE INDEX follow_up_recorded_at_idx ON follow_up (recorded_at, id)`);
    await q.query(`CREATE INDEX follow_up_recommendation_id_idx ON follow_up (recommendation_id)`);
    await q.query(`CREATE INDEX follow_up_recorded_by_idx ON follow_up (recorded_by)`);
    await q.query(`
      CREATE FUNCTION follow_up_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'follow_up is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER follow_up_append_only BEFORE UPDATE OR DELETE ON follow_up
        FOR EACH ROW EXECUTE FUNCTION follow_up_reject_change()`);
    await q.query(`
      CREATE TRIGGER follow_up_no_truncate BEFORE TRUNCATE ON follow_up
        FOR EACH STATEMENT EXECUTE FUNCTION follow_up_reject_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meeting_closed_at_idx`);
    await q.query(`DROP TABLE follow_up`);
    await q.query(`DROP FUNCTION follow_up_reject_change()`);
    await q.query(`DROP TABLE recommendation`);
    await q.query(`DROP FUNCTION recommendation_reject_change()`);
    await q.query(`DROP TABLE vote`);
    await q.query(`DROP FUNCTION vote_guard_change()`);
    await q.query(`DROP TABLE proposal`);
    await q.query(`DROP FUNCTION proposal_guard_change()`);
    await q.query(`DROP TABLE plan_builder_settings`);
  }
}
