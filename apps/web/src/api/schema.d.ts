// Generated from apps/api/openapi.json by `npm run openapi`. Do not edit by hand.

export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database status, for load balancers and monitors */
    get: operations['healthHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first, filterable by actor, entity, action and time */
    get: operations['auditList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange email and password for an access token */
    post: operations['authLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, with their permissions */
    get: operations['authMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/login-lock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's recent failed logins by address, and whether it is locked out */
    get: operations['loginLocksGet'];
    put?: never;
    post?: never;
    /** Clear the account's failed logins, ending any lock-out (audited) */
    delete: operations['loginLocksClear'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List accounts, oldest first */
    get: operations['usersList'];
    put?: never;
    /** Create an account (a clinician also gets a specialist profile) */
    post: operations['usersCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One account */
    get: operations['usersGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change name, role, discipline, password or active flag */
    patch: operations['usersUpdate'];
    trace?: never;
  };
  '/api/specialists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List specialists by name, optionally of one discipline */
    get: operations['specialistsList'];
    put?: never;
    /** Add a specialist profile (possibly without a user account, e.g. a visiting expert) */
    post: operations['specialistsCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/specialists/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One specialist */
    get: operations['specialistsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change name, discipline, institution or sub-specialties */
    patch: operations['specialistsUpdate'];
    trace?: never;
  };
  '/api/settings/institution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's settings (imaging window, time zone, quorum disciplines, follow-up overdue days) and their defaults */
    get: operations['settingsGet'];
    /** Replace the institution's settings (audited with before and after) */
    put: operations['settingsUpdate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/patients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search patients by MRN prefix or part of the name, alphabetical */
    get: operations['patientsList'];
    put?: never;
    /** Register a patient (clinician or coordinator) */
    post: operations['patientsCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/patients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One patient with a summary of the patient's cases */
    get: operations['patientsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Correct a patient's MRN, name, birth date or sex (clinician or coordinator) */
    patch: operations['patientsUpdate'];
    trace?: never;
  };
  '/api/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List cases, newest (or oldest) first, by status, patient, presenting specialist or text */
    get: operations['casesList'];
    put?: never;
    /** Prepare a case for the board (starts in draft) */
    post: operations['casesCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case with its patient and presenting specialist */
    get: operations['casesGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change facts (null clears one) until the case is decided; audited
     * @description The treating physician (the letter's addressee) may still change after the decision, until the board's letter is signed.
     */
    patch: operations['casesUpdate'];
    trace?: never;
  };
  '/api/cases/{id}/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The readiness checklist: what the case still lacks before it can be submitted */
    get: operations['casesReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's immutable history (who, when, from, to, reason), oldest first */
    get: operations['casesEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a draft to the board once the readiness checklist is met */
    post: operations['casesSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a submitted case for the board (coordinator) */
    post: operations['casesAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return a submitted case to its author as a draft, with a reason (coordinator) */
    post: operations['casesReturnToDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a case that has not been decided, with a reason */
    post: operations['casesWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List meetings by start time (soonest first), optionally from/to and status */
    get: operations['meetingsList'];
    put?: never;
    /** Schedule a board meeting (coordinator); overlapping bookings come back as warnings */
    post: operations['meetingsCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One meeting with its agenda (cases, patients, readiness), attendance, quorum and warnings */
    get: operations['meetingsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a planned meeting (null clears location or videoUrl; one must remain) */
    patch: operations['meetingsUpdate'];
    trace?: never;
  };
  '/api/meetings/{id}/current-case': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Move the board to a case of its agenda, or to none (the chair or a coordinator, in progress) */
    put: operations['meetingsSetCurrentCase'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/cases/{caseId}/defer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Defer a case of the agenda during the meeting, with the board's reason (the chair or a coordinator) */
    post: operations['meetingsDeferCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a planned meeting (planned → in_progress) */
    post: operations['meetingsStart'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a meeting in progress; each case still scheduled on it (no plan adopted) is deferred */
    post: operations['meetingsClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a planned meeting, with a reason; its cases go back to accepted */
    post: operations['meetingsCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put an accepted or deferred case at the end of the agenda (it becomes scheduled); warns on overrun */
    post: operations['meetingsAddToAgenda'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/agenda/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Reorder the agenda: caseIds lists every case on it exactly once */
    put: operations['meetingsReorderAgenda'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/agenda/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a case off the agenda; it returns to accepted or deferred */
    delete: operations['meetingsRemoveFromAgenda'];
    options?: never;
    head?: never;
    /** Change a case's planned minutes on a planned meeting's agenda (null: the default) */
    patch: operations['meetingsUpdateAgendaItem'];
    trace?: never;
  };
  '/api/meetings/{id}/attendance/{specialistId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record a specialist present or absent: a coordinator anyone's, a clinician their own; conflicts are warnings */
    put: operations['meetingsRecordAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/cases/{caseId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's discussion at the meeting, oldest first (notes are never edited) */
    get: operations['meetingsNotes'];
    put?: never;
    /** Add a discussion note on an agenda case while the meeting is in progress (present clinician or coordinator) */
    post: operations['meetingsAddNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The meeting as an iCalendar (RFC 5545) file, without patient data */
    get: operations['meetingsCalendarFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/specialists/{id}/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new secret calendar-feed URL for a specialist (themselves or a coordinator); any previous one stops working */
    post: operations['calendarFeedsCreateFeed'];
    /** Revoke a specialist's calendar-feed URL (themselves or a coordinator) */
    delete: operations['calendarFeedsRevokeFeed'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/feeds/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every board a specialist is expected at (chair, presenter, quorum discipline, recorded attendance) from 30 days ago on, as a subscribable iCalendar feed */
    get: operations['calendarFeedsFeed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/stream-ticket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A short-lived ticket to open the meeting's live event stream (an EventSource sends no headers) */
    post: operations['meetingStreamTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The meeting's live events as Server-Sent Events (ids and kinds; refetch what changed)
     * @description Each event: `id` (for Last-Event-ID), `event` (its kind) and `data` (JSON: id, meetingId, kind, caseId, proposalId, occurredAt). On reconnection the events since Last-Event-ID (or `lastEventId`) are replayed first; the stream ends after meeting_closed.
     */
    get: operations['meetingStreamEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/modalities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The documented modalities (and agents) a proposal may use */
    get: operations['modalitiesList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/plan-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every documented modality with its verdict and reasons, from the case's current facts
     * @description Verdicts are eligibility flags with cited sources, not decisions. Evaluated on today's date in the institution's time zone with the institution's thresholds; nothing is cached.
     */
    get: operations['planOptionsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings/plan-builder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The plan builder's thresholds: in force, the institution's overrides, the defaults */
    get: operations['planBuilderSettingsGet'];
    /**
     * Replace the institution's threshold overrides (audited; applied to the next evaluation)
     * @description A threshold left out (or null) takes the rule set default; `{}` restores every default.
     */
    put: operations['planBuilderSettingsUpdate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's proposals, oldest first, each with its current votes and tally */
    get: operations['caseProposalsList'];
    put?: never;
    /**
     * Propose a plan for a case on a meeting agenda
     * @description Before the meeting (planned) any clinician may propose; while it is in progress only specialists marked present. Each step must be a documented modality (and agent); a contraindicated step needs an overrideJustification. The plan-builder evaluation is stored with the proposal.
     */
    post: operations['caseProposalsPropose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One proposal with its current votes and the stored plan-builder evaluation */
    get: operations['proposalsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}/votes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every vote cast on the proposal, superseded ones included, oldest first */
    get: operations['proposalsVotes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}/vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Cast or change one's vote (a reject needs a comment)
     * @description Only a specialist marked present while the meeting is in progress. A changed vote supersedes the previous one, which stays in the history; the same vote again changes nothing.
     */
    put: operations['proposalsVote'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}/adopt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Adopt the proposal as the board's recommendation; the case becomes decided
     * @description By the meeting's chair, marked present, or a coordinator, while the meeting is in progress and quorate, when the proposal has more approvals than rejections among present voters. One adopted plan per case.
     */
    post: operations['proposalsAdopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/recommendation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The board's adopted (advisory) recommendation with votes, dissent, attendance and quorum */
    get: operations['recommendationsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/recommendation.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The letter to the treating physician as a printable page
     * @description The same content as the PDF; "draft — not signed" until the chair signs.
     */
    get: operations['recommendationsHtml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/recommendation.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The letter to the treating physician as PDF
     * @description Rendered on the server with embedded fonts. Every page names the patient, its number and the print time; an unsigned letter says "draft — not signed" on every page. Addenda follow, each on its own page.
     */
    get: operations['recommendationsPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/recommendation/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The chair signs the board's letter, once
     * @description The signature is the signer, the time and the SHA-256 of the canonical content; it is final (a correction is an addendum). The caller sends the `draftContentHash` it reviewed. Where the institution allows it, a clinician present at the decision signs as deputy. The letter needs an addressee and every supportive-care service recorded.
     */
    post: operations['recommendationsSign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/recommendation/addenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A signed correction of the signed letter (a new document that references it) */
    post: operations['recommendationsAddAddendum'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/recommendation/supportive-care': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record supportive care with the plan, until the letter is signed
     * @description By a coordinator, the chair or (where allowed) a present deputy. The services given are recorded; the others keep what they had.
     */
    put: operations['recommendationsSetSupportiveCare'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/follow-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record whether the recommendation was carried out; the case is closed
     * @description A reason code is required unless the recommendation was implemented.
     */
    post: operations['recommendationsFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/recommendations/awaiting-signature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The decisions the caller chaired whose letter is not signed yet, oldest first */
    get: operations['lettersAwaiting'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The board's metrics over a range (default the last 90 days, at most two years)
     * @description Aggregates only, no patient identifiers. Each figure is defined in the response schema.
     */
    get: operations['metricsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/fhir': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case as a FHIR R4 Bundle aligned with HL7 mCODE STU4
     * @description A `collection` of the patient (CancerPatient, identified by the institution setting `mrnSystem`), the primary cancer and the liver metastases, each lesion with its size, ECOG, the tumour markers, the liver labs, the other facts with Consilium's own codes, prior treatments, and the board's question as a ServiceRequest. Each resource claims in `meta.profile` only a profile it validates against.
     */
    get: operations['fhirExportCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/recommendation/fhir': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The board's recommendation as FHIR R4: CarePlan, Provenance of the votes, the signed letter
     * @description A `collection` with the case's Patient and Conditions (the ids of the case export), a Practitioner per person named, the adopted plan as a CarePlan (intent `proposal`; status `active`, then `completed` or `revoked` by the follow-up; one activity per step with its modality, agent, verdict and override justification; the rationale, every dissenting comment and the advisory statement as notes; author the chair), the votes as a Provenance (one agent per voter, Consilium's vote codes) and, once signed, the letter as a DocumentReference to its PDF with the SHA-256 of the content signed.
     */
    get: operations['fhirExportRecommendation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/CodeSystem/consilium': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Consilium's own CodeSystem: the local codes the exchange writes and reads
     * @description For facts no standard terminology codes (or none that could be verified): extrahepatic disease, future liver remnant, Child-Pugh class, Couinaud segments, modalities, plan intents, verdicts and votes. Its `url` is the canonical URL the exported codings name as their system.
     */
    get: operations['fhirCodeSystem'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A draft case from the hospital record's FHIR R4 Bundle; audited, all or nothing
     * @description Takes a `transaction` or `collection` Bundle (application/fhir+json or application/json) with one Patient, Conditions, Observations and optionally a ServiceRequest. The patient is matched by the MRN in the institution's `mrnSystem`, or registered. Every fact it can read goes into a new draft case (SI units converted); what it cannot read is listed in `unmapped` with the reason, never guessed.
     */
    post: operations['fhirImportCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    HealthDto: {
      /** @enum {string} */
      status: 'ok' | 'error';
      /** @enum {string} */
      database: 'up' | 'down';
    };
    AuditEntryDto: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      occurredAt: string;
      /** Format: uuid */
      actorId: string | null;
      actorRole: string | null;
      /** @example user.create */
      action: string;
      /** @example user */
      entityType: string;
      /** Format: uuid */
      entityId: string | null;
      requestId: string | null;
      /** @enum {string} */
      outcome: 'success' | 'failure' | 'denied';
      details: {
        [key: string]: unknown;
      } | null;
    };
    AuditEntryPageDto: {
      items: components['schemas']['AuditEntryDto'][];
      nextCursor: string | null;
    };
    FieldProblemDto: {
      /**
       * @description The field path, e.g. `facts.lesions[0].diameterMm`
       * @example email
       */
      field: string;
      /**
       * @example [
       *       "email must be an email"
       *     ]
       */
      problems: string[];
    };
    ErrorResponseDto: {
      /** @example 400 */
      statusCode: number;
      /**
       * @description Stable machine-readable code
       * @example VALIDATION_FAILED
       */
      error: string;
      /** @example Invalid fields: email, password */
      message: string;
      /** @description For VALIDATION_FAILED, the per-field problems; for a rule error, what the rule was judged on (an object, or a list such as the failing readiness items) */
      details?:
        | components['schemas']['FieldProblemDto'][]
        | unknown[]
        | {
            [key: string]: unknown;
          };
    };
    LoginDto: {
      /** @example oncologist@demo.consilium.test */
      email: string;
      /** @example consilium-demo */
      password: string;
    };
    MeDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      /** @enum {string} */
      role: 'admin' | 'coordinator' | 'clinician';
      /** @enum {string|null} */
      discipline:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
        | null;
      /** Format: uuid */
      specialistId: string | null;
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      permissions: (
        | 'users.manage'
        | 'specialists.manage'
        | 'settings.manage'
        | 'audit.read'
        | 'clinical.read'
        | 'patients.write'
        | 'cases.write'
        | 'cases.triage'
        | 'followup.record'
        | 'meetings.manage'
        | 'attendance.own'
        | 'discussion.write'
        | 'plans.propose'
        | 'plans.vote'
        | 'plans.adopt'
        | 'letters.sign'
      )[];
    };
    LoginResponseDto: {
      /** @description JWT to send as `Authorization: Bearer <token>` */
      accessToken: string;
      /** @example Bearer */
      tokenType: string;
      /** @description Lifetime of the token in seconds */
      expiresIn: number;
      user: components['schemas']['MeDto'];
    };
    LoginLockAddressDto: {
      /**
       * @description Client address the failures came from
       * @example 192.0.2.10
       */
      address: string;
      /** @description Failed logins for the account from this address within the window */
      failures: number;
      /**
       * Format: date-time
       * @description While the account is refused from this address: until when
       */
      lockedUntil: string | null;
    };
    LoginLockDto: {
      /** @description Whether the account is refused from at least one address */
      locked: boolean;
      /** @description Recent failures by address, most first */
      addresses: components['schemas']['LoginLockAddressDto'][];
    };
    CreateUserDto: {
      /** @example a.surgeon@hospital.example */
      email: string;
      /** @example Dr Ana Surgeon */
      displayName: string;
      /** @enum {string} */
      role: 'admin' | 'coordinator' | 'clinician';
      /**
       * @description Required for clinicians, absent otherwise
       * @enum {string}
       */
      discipline?:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other';
      /**
       * Format: uuid
       * @description Link a clinician to an existing specialist profile instead of creating one
       */
      specialistId?: string;
      password: string;
    };
    UserDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      /** @enum {string} */
      role: 'admin' | 'coordinator' | 'clinician';
      /** @enum {string|null} */
      discipline:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
        | null;
      /** Format: uuid */
      specialistId: string | null;
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UserPageDto: {
      items: components['schemas']['UserDto'][];
      nextCursor: string | null;
    };
    UpdateUserDto: {
      /** @example Dr Ana Surgeon */
      displayName?: string;
      /** @enum {string} */
      role?: 'admin' | 'coordinator' | 'clinician';
      /**
       * @description Required when the role becomes clinician
       * @enum {string}
       */
      discipline?:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other';
      /** @description A deactivated user cannot sign in and their tokens stop working at once */
      active?: boolean;
      password?: string;
    };
    CreateSpecialistDto: {
      /** @example Prof. Dr Hanna Visser */
      fullName: string;
      /** @enum {string} */
      discipline:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other';
      /**
       * @description Defaults to this installation's institution (a visiting expert may come from elsewhere)
       * @example Regional Liver Centre
       */
      institution?: string;
      /**
       * @example [
       *       "robotic liver surgery"
       *     ]
       */
      subSpecialties?: string[];
    };
    SpecialistDto: {
      /** Format: uuid */
      id: string;
      fullName: string;
      /** @enum {string} */
      discipline:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other';
      institution: string;
      subSpecialties: string[];
      /**
       * Format: uuid
       * @description The user account of this specialist; null for a specialist without one (a visiting expert)
       */
      userId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    SpecialistPageDto: {
      items: components['schemas']['SpecialistDto'][];
      nextCursor: string | null;
    };
    UpdateSpecialistDto: {
      /** @example Prof. Dr Hanna Visser */
      fullName?: string;
      /**
       * @description A specialist linked to a user account changes discipline through the user's account
       * @enum {string}
       */
      discipline?:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other';
      /** @example Regional Liver Centre */
      institution?: string;
      subSpecialties?: string[];
    };
    InstitutionSettingsValuesDto: {
      /** @example 42 */
      imagingWindowDays: number;
      /** @example Europe/Amsterdam */
      timeZone: string;
      quorumDisciplines: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
      /** @example 60 */
      followUpOverdueDays: number;
      /** @enum {string} */
      letterLanguage: 'en' | 'es';
      deputySigning: boolean;
      /** @example urn:oid:2.16.840.1.113883.19.5 */
      mrnSystem: string;
    };
    InstitutionSettingsDto: {
      /** @example 42 */
      imagingWindowDays: number;
      /** @example Europe/Amsterdam */
      timeZone: string;
      quorumDisciplines: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
      /** @example 60 */
      followUpOverdueDays: number;
      /** @enum {string} */
      letterLanguage: 'en' | 'es';
      deputySigning: boolean;
      /** @example urn:oid:2.16.840.1.113883.19.5 */
      mrnSystem: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description The documented defaults: what a new installation starts with and "reset to default" restores */
      defaults: components['schemas']['InstitutionSettingsValuesDto'];
    };
    UpdateInstitutionSettingsDto: {
      /**
       * @description How old the latest cross-sectional imaging may be for a case to be ready (days)
       * @example 42
       */
      imagingWindowDays: number;
      /**
       * @description IANA time zone of the institution
       * @example Europe/Amsterdam
       */
      timeZone: string;
      /**
       * @description Disciplines that must be present for a meeting to be quorate
       * @example [
       *       "medical_oncology",
       *       "surgery",
       *       "interventional_radiology",
       *       "radiology"
       *     ]
       */
      quorumDisciplines: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
      /**
       * @description Days after the decision after which a case without a recorded follow-up is overdue
       * @example 60
       */
      followUpOverdueDays: number;
      /**
       * @description The language of the board's letter (PDF and printable page) unless a request asks for another
       * @example en
       * @enum {string}
       */
      letterLanguage: 'en' | 'es';
      /**
       * @description Whether a clinician who was present at the decision may sign the board's letter as the chair's deputy
       * @example false
       */
      deputySigning: boolean;
      /**
       * @description The identifier system (a URI: urn:oid:…, https://…) of the institution's MRNs: an exported FHIR Patient carries it, and an imported bundle is matched to a patient only by an identifier in it
       * @example urn:oid:2.16.840.1.113883.19.5
       */
      mrnSystem: string;
    };
    CreatePatientDto: {
      /**
       * @description Medical record number, unique within the institution (stored upper-cased)
       * @example MRN-0012345
       */
      mrn: string;
      /** @example Maria Jansen */
      fullName: string;
      /**
       * Format: date
       * @example 1961-04-23
       */
      birthDate: string;
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
    };
    PatientDto: {
      /** Format: uuid */
      id: string;
      mrn: string;
      fullName: string;
      /** Format: date */
      birthDate: string;
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
      institution: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdatePatientDto: {
      /**
       * @description Medical record number, unique within the institution (stored upper-cased)
       * @example MRN-0012345
       */
      mrn?: string;
      /** @example Maria Jansen */
      fullName?: string;
      /**
       * Format: date
       * @example 1961-04-23
       */
      birthDate?: string;
      /** @enum {string} */
      sex?: 'female' | 'male' | 'other' | 'unknown';
    };
    PatientPageDto: {
      items: components['schemas']['PatientDto'][];
      nextCursor: string | null;
    };
    PatientCaseSummaryDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status:
        'draft' | 'submitted' | 'accepted' | 'scheduled' | 'deferred' | 'decided' | 'closed' | 'withdrawn';
      /** @enum {string|null} */
      primarySite: 'colon' | 'rectum' | 'pancreas' | 'lung' | 'breast' | 'other' | null;
      /** Format: date-time */
      createdAt: string;
    };
    PatientDetailDto: {
      /** Format: uuid */
      id: string;
      mrn: string;
      fullName: string;
      /** Format: date */
      birthDate: string;
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
      institution: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Newest first */
      cases: components['schemas']['PatientCaseSummaryDto'][];
    };
    LiverLesionDto: {
      /**
       * @description Couinaud segment
       * @example 7
       */
      segment: number;
      /**
       * @description Largest diameter in millimetres
       * @example 24
       */
      diameterMm: number;
    };
    PriorTreatmentDto: {
      /**
       * @description A documented modality of the plan builder
       * @enum {string}
       */
      modality:
        | 'surgical_resection'
        | 'radiofrequency_ablation'
        | 'cryoablation'
        | 'systemic_chemotherapy'
        | 'tace'
        | 'targeted_therapy'
        | 'immunotherapy'
        | 'sbrt'
        | 'clinical_trial';
      /** @example FOLFOX + panitumumab */
      regimen?: string | null;
      /** @example 6 */
      months?: number | null;
      /**
       * @description Best response (RECIST)
       * @enum {string|null}
       */
      bestResponse?: 'CR' | 'PR' | 'SD' | 'PD' | null;
    };
    CreateCaseDto: {
      /** @enum {string|null} */
      primarySite?: 'colon' | 'rectum' | 'pancreas' | 'lung' | 'breast' | 'other' | null;
      /**
       * @description Only for colon and rectum
       * @enum {string|null}
       */
      primarySide?: 'left' | 'right' | null;
      /** @example adenocarcinoma */
      histology?: string | null;
      /**
       * Format: date
       * @example 2025-09-14
       */
      diagnosisDate?: string | null;
      /** @enum {string|null} */
      ras?: 'wild_type' | 'mutant' | 'pending' | null;
      /**
       * @description BRAF V600E
       * @enum {string|null}
       */
      brafV600e?: 'present' | 'absent' | 'pending' | null;
      /**
       * @description MSI-H/dMMR or MSS/pMMR
       * @enum {string|null}
       */
      msi?: 'msi_high' | 'mss' | 'pending' | null;
      /** @description PD-L1, % */
      pdl1Percent?: number | null;
      lesions?: components['schemas']['LiverLesionDto'][] | null;
      /** @description Lesions in both liver lobes */
      bilobar?: boolean | null;
      /** @enum {string|null} */
      extrahepaticDisease?: 'none' | 'limited' | 'extensive' | null;
      /** @description Bilirubin, mg/dL */
      bilirubinMgDl?: number | null;
      /** @description Albumin, g/dL */
      albuminGDl?: number | null;
      inr?: number | null;
      /** @enum {string|null} */
      childPugh?: 'A' | 'B' | 'C' | null;
      cirrhosisOrFibrosis?: boolean | null;
      /** @description Planned future liver remnant, % of total liver volume */
      futureLiverRemnantPercent?: number | null;
      /** @description ECOG performance status */
      ecog?: number | null;
      /**
       * @example [
       *       "type 2 diabetes"
       *     ]
       */
      comorbidities?: string[] | null;
      priorTreatments?: components['schemas']['PriorTreatmentDto'][] | null;
      /**
       * Format: date
       * @description Date of the latest cross-sectional imaging (CT or MRI)
       */
      latestImagingDate?: string | null;
      /**
       * Format: date
       * @description Planned resection, if any
       */
      plannedSurgeryDate?: string | null;
      questionForBoard?: string | null;
      /**
       * Format: uuid
       * @description The treating (referring) physician, a specialist of the directory
       */
      treatingPhysicianSpecialistId?: string | null;
      /**
       * @description An outside treating physician, by name (not with a directory specialist)
       * @example Dr Ana Ruiz, Hospital Comarcal
       */
      treatingPhysicianName?: string | null;
      /**
       * @description The outside physician's contact (address, e-mail, phone)
       * @example ana.ruiz@hcomarcal.example, +34 900 000 000
       */
      treatingPhysicianContact?: string | null;
      /** Format: uuid */
      patientId: string;
      /**
       * Format: uuid
       * @description Who presents the case; by default the creating clinician's own specialist profile
       */
      presentingSpecialistId?: string | null;
    };
    PatientSummaryDto: {
      /** Format: uuid */
      id: string;
      mrn: string;
      fullName: string;
      /** Format: date */
      birthDate: string;
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
    };
    CaseNextStepMeetingDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /**
       * Format: date-time
       * @description UTC
       */
      startsAt: string;
      /** @description Start in the institution time zone, with its offset */
      localStartsAt: string;
      /** @example Europe/Madrid */
      timeZone: string;
    };
    CaseNextStepDto: {
      /**
       * @description complete / revise / submit: the presenter; awaiting_triage / awaiting_agenda / awaiting_new_board: the coordinator; on_agenda: the board; awaiting_follow_up: follow-up of the recommendation
       * @enum {string}
       */
      kind:
        | 'complete'
        | 'revise'
        | 'submit'
        | 'awaiting_triage'
        | 'awaiting_agenda'
        | 'awaiting_new_board'
        | 'on_agenda'
        | 'awaiting_follow_up'
        | 'none';
      /** @description Readiness items still missing (draft) */
      missing: (
        'primary_tumour' | 'liver_lesions' | 'ecog' | 'liver_function' | 'imaging' | 'biomarkers' | 'question'
      )[];
      /** @description The coordinator's reason for returning the case */
      returnReason: string | null;
      /**
       * Format: date-time
       * @description When the case entered its current state (its latest workflow event): submitted at while awaiting triage, decided at while awaiting follow-up
       */
      since: string | null;
      /**
       * Format: date-time
       * @description awaiting_follow_up only: the decision plus the institution's followUpOverdueDays; null otherwise
       */
      followUpDueAt: string | null;
      /** @description awaiting_follow_up and past followUpDueAt */
      overdue: boolean;
      /** @description The open board whose agenda holds the case */
      meeting: (components['schemas']['CaseNextStepMeetingDto'] | (never | null)) | null;
    };
    CaseDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status:
        'draft' | 'submitted' | 'accepted' | 'scheduled' | 'deferred' | 'decided' | 'closed' | 'withdrawn';
      /** Format: uuid */
      patientId: string;
      patient: components['schemas']['PatientSummaryDto'];
      /** Format: uuid */
      presentingSpecialistId: string | null;
      presentingSpecialist: (components['schemas']['SpecialistSummaryDto'] | (never | null)) | null;
      /** @enum {string|null} */
      primarySite: 'colon' | 'rectum' | 'pancreas' | 'lung' | 'breast' | 'other' | null;
      /** @enum {string|null} */
      primarySide: 'left' | 'right' | null;
      histology: string | null;
      /** Format: date */
      diagnosisDate: string | null;
      /** @enum {string|null} */
      ras: 'wild_type' | 'mutant' | 'pending' | null;
      /** @enum {string|null} */
      brafV600e: 'present' | 'absent' | 'pending' | null;
      /** @enum {string|null} */
      msi: 'msi_high' | 'mss' | 'pending' | null;
      /** @description % */
      pdl1Percent: number | null;
      lesions: components['schemas']['LiverLesionDto'][];
      bilobar: boolean | null;
      /** @enum {string|null} */
      extrahepaticDisease: 'none' | 'limited' | 'extensive' | null;
      /** @description mg/dL */
      bilirubinMgDl: number | null;
      /** @description g/dL */
      albuminGDl: number | null;
      inr: number | null;
      /** @enum {string|null} */
      childPugh: 'A' | 'B' | 'C' | null;
      cirrhosisOrFibrosis: boolean | null;
      /** @description % */
      futureLiverRemnantPercent: number | null;
      ecog: number | null;
      comorbidities: string[];
      priorTreatments: components['schemas']['PriorTreatmentDto'][];
      /** Format: date */
      latestImagingDate: string | null;
      /** Format: date */
      plannedSurgeryDate: string | null;
      questionForBoard: string | null;
      /** Format: uuid */
      treatingPhysicianSpecialistId: string | null;
      /** @description The treating physician, a specialist of the directory */
      treatingPhysicianSpecialist: (components['schemas']['SpecialistSummaryDto'] | (never | null)) | null;
      /** @description An outside treating physician */
      treatingPhysicianName: string | null;
      treatingPhysicianContact: string | null;
      /** @description What the case needs next, and from whom */
      nextStep: components['schemas']['CaseNextStepDto'];
      /** Format: uuid */
      createdById: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CasePageDto: {
      items: components['schemas']['CaseDto'][];
      nextCursor: string | null;
    };
    UpdateCaseDto: {
      /** @enum {string|null} */
      primarySite?: 'colon' | 'rectum' | 'pancreas' | 'lung' | 'breast' | 'other' | null;
      /**
       * @description Only for colon and rectum
       * @enum {string|null}
       */
      primarySide?: 'left' | 'right' | null;
      /** @example adenocarcinoma */
      histology?: string | null;
      /**
       * Format: date
       * @example 2025-09-14
       */
      diagnosisDate?: string | null;
      /** @enum {string|null} */
      ras?: 'wild_type' | 'mutant' | 'pending' | null;
      /**
       * @description BRAF V600E
       * @enum {string|null}
       */
      brafV600e?: 'present' | 'absent' | 'pending' | null;
      /**
       * @description MSI-H/dMMR or MSS/pMMR
       * @enum {string|null}
       */
      msi?: 'msi_high' | 'mss' | 'pending' | null;
      /** @description PD-L1, % */
      pdl1Percent?: number | null;
      lesions?: components['schemas']['LiverLesionDto'][] | null;
      /** @description Lesions in both liver lobes */
      bilobar?: boolean | null;
      /** @enum {string|null} */
      extrahepaticDisease?: 'none' | 'limited' | 'extensive' | null;
      /** @description Bilirubin, mg/dL */
      bilirubinMgDl?: number | null;
      /** @description Albumin, g/dL */
      albuminGDl?: number | null;
      inr?: number | null;
      /** @enum {string|null} */
      childPugh?: 'A' | 'B' | 'C' | null;
      cirrhosisOrFibrosis?: boolean | null;
      /** @description Planned future liver remnant, % of total liver volume */
      futureLiverRemnantPercent?: number | null;
      /** @description ECOG performance status */
      ecog?: number | null;
      /**
       * @example [
       *       "type 2 diabetes"
       *     ]
       */
      comorbidities?: string[] | null;
      priorTreatments?: components['schemas']['PriorTreatmentDto'][] | null;
      /**
       * Format: date
       * @description Date of the latest cross-sectional imaging (CT or MRI)
       */
      latestImagingDate?: string | null;
      /**
       * Format: date
       * @description Planned resection, if any
       */
      plannedSurgeryDate?: string | null;
      questionForBoard?: string | null;
      /**
       * Format: uuid
       * @description The treating (referring) physician, a specialist of the directory
       */
      treatingPhysicianSpecialistId?: string | null;
      /**
       * @description An outside treating physician, by name (not with a directory specialist)
       * @example Dr Ana Ruiz, Hospital Comarcal
       */
      treatingPhysicianName?: string | null;
      /**
       * @description The outside physician's contact (address, e-mail, phone)
       * @example ana.ruiz@hcomarcal.example, +34 900 000 000
       */
      treatingPhysicianContact?: string | null;
      /** Format: uuid */
      presentingSpecialistId?: string | null;
    };
    ReadinessItemDto: {
      /** @enum {string} */
      item:
        | 'primary_tumour'
        | 'liver_lesions'
        | 'ecog'
        | 'liver_function'
        | 'imaging'
        | 'biomarkers'
        | 'question';
      ok: boolean;
      /** @example missing: ECOG performance status */
      message: string;
    };
    ReadinessDto: {
      ready: boolean;
      items: components['schemas']['ReadinessItemDto'][];
    };
    CaseEventActorDto: {
      /** Format: uuid */
      id: string;
      displayName: string;
      /** @enum {string} */
      role: 'admin' | 'coordinator' | 'clinician';
    };
    CaseEventDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      action:
        | 'created'
        | 'submit'
        | 'accept'
        | 'return'
        | 'schedule'
        | 'unschedule'
        | 'defer'
        | 'cancel_meeting'
        | 'decide'
        | 'close'
        | 'withdraw';
      /** @enum {string|null} */
      fromState:
        | 'draft'
        | 'submitted'
        | 'accepted'
        | 'scheduled'
        | 'deferred'
        | 'decided'
        | 'closed'
        | 'withdrawn'
        | null;
      /** @enum {string} */
      toState:
        'draft' | 'submitted' | 'accepted' | 'scheduled' | 'deferred' | 'decided' | 'closed' | 'withdrawn';
      reason: string | null;
      /** @description Null for a system transition */
      actor: (components['schemas']['CaseEventActorDto'] | (never | null)) | null;
      /** Format: date-time */
      occurredAt: string;
    };
    CaseEventPageDto: {
      items: components['schemas']['CaseEventDto'][];
      nextCursor: string | null;
    };
    CaseActionReasonDto: {
      /** @example Please add the MSI status from pathology */
      reason: string;
    };
    CreateMeetingDto: {
      /** @example Liver board, week 13 */
      title: string;
      /** @example Hepatobiliary MDT */
      boardType: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset (Z or ±hh:mm); stored in UTC, shown in the institution time zone
       * @example 2026-03-29T16:00:00+02:00
       */
      startsAt: string;
      /** @example 90 */
      durationMinutes: number;
      /**
       * @description A location, a video link, or both
       * @example Room 4.12, Tower B
       */
      location?: string | null;
      /** @example https://video.example/liver-board */
      videoUrl?: string | null;
      /**
       * Format: uuid
       * @description The specialist who chairs the meeting
       */
      chairSpecialistId: string;
      /** @description Disciplines that must be present for quorum; default: the institution's quorum setting */
      requiredDisciplines?: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
    };
    SpecialistSummaryDto: {
      /** Format: uuid */
      id: string;
      fullName: string;
      /** @enum {string} */
      discipline:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other';
    };
    AgendaPatientDto: {
      /** Format: uuid */
      id: string;
      mrn: string;
      fullName: string;
      /** Format: date */
      birthDate: string;
    };
    AgendaCaseDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status:
        'draft' | 'submitted' | 'accepted' | 'scheduled' | 'deferred' | 'decided' | 'closed' | 'withdrawn';
      /** @enum {string|null} */
      primarySite: 'colon' | 'rectum' | 'pancreas' | 'lung' | 'breast' | 'other' | null;
      questionForBoard: string | null;
      presentingSpecialist: (components['schemas']['SpecialistSummaryDto'] | (never | null)) | null;
      patient: components['schemas']['AgendaPatientDto'];
      readiness: components['schemas']['ReadinessDto'];
    };
    AgendaItemDto: {
      /** @description 1-based */
      position: number;
      plannedMinutes: number | null;
      /** @description True while the meeting is open */
      active: boolean;
      /**
       * @description The state removing the case from the agenda returns it to
       * @enum {string}
       */
      previousState:
        'draft' | 'submitted' | 'accepted' | 'scheduled' | 'deferred' | 'decided' | 'closed' | 'withdrawn';
      /** Format: date-time */
      addedAt: string;
      /**
       * @description What this board did with the case: decided (its plan adopted here), deferred or withdrawn (once the board has closed); null while not known
       * @enum {string|null}
       */
      outcome: 'decided' | 'deferred' | 'withdrawn' | null;
      case: components['schemas']['AgendaCaseDto'];
    };
    AttendanceDto: {
      specialist: components['schemas']['SpecialistSummaryDto'];
      present: boolean;
      role: string | null;
      /** Format: uuid */
      recordedById: string;
      /** Format: date-time */
      recordedAt: string;
    };
    ExpectedAttendeeDto: {
      specialist: components['schemas']['SpecialistSummaryDto'];
      /** @description Why they are expected: chairs it, presents a case on its agenda, a discipline of its quorum, attendance recorded (docs/adr/0013) */
      reasons: ('chair' | 'presenter' | 'quorum' | 'recorded')[];
      /** @description Recorded present (true) or absent (false); null while not recorded */
      present: boolean | null;
    };
    QuorumDto: {
      quorate: boolean;
      requiredDisciplines: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
      presentDisciplines: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
      missingDisciplines: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
    };
    AgendaTotalsDto: {
      cases: number;
      /** @description Planned minutes, counting the default for cases without any */
      plannedMinutes: number;
      overrunMinutes: number;
      /** @example 10 */
      defaultMinutesPerCase: number;
    };
    MeetingDetailDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** @example Hepatobiliary MDT */
      boardType: string;
      /**
       * Format: date-time
       * @description UTC
       * @example 2026-03-29T14:00:00.000Z
       */
      startsAt: string;
      /**
       * @description Start in the institution time zone, with its offset
       * @example 2026-03-29T16:00:00+02:00
       */
      localStartsAt: string;
      /**
       * Format: date-time
       * @description UTC
       */
      endsAt: string;
      /** @example 2026-03-29T17:30:00+02:00 */
      localEndsAt: string;
      /**
       * @description The institution's time zone (a setting)
       * @example Europe/Amsterdam
       */
      timeZone: string;
      /** @example 90 */
      durationMinutes: number;
      location: string | null;
      videoUrl: string | null;
      chair: components['schemas']['SpecialistSummaryDto'];
      requiredDisciplines: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'closed' | 'cancelled';
      cancelReason: string | null;
      /** Format: date-time */
      startedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** @description Increases with each change a calendar must pick up (iCalendar SEQUENCE) */
      revision: number;
      /**
       * Format: uuid
       * @description The case the board is discussing now (in progress only)
       */
      currentCaseId: string | null;
      /**
       * Format: date-time
       * @description Since when the board discusses it
       */
      currentCaseSince: string | null;
      /** Format: uuid */
      createdById: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description In agenda order */
      agenda: components['schemas']['AgendaItemDto'][];
      attendance: components['schemas']['AttendanceDto'][];
      /** @description Everyone expected at the board, by discipline then name (at most 500) */
      expected: components['schemas']['ExpectedAttendeeDto'][];
      quorum: components['schemas']['QuorumDto'];
      totals: components['schemas']['AgendaTotalsDto'];
      /** @description Warnings, never refusals: agenda overrun, people booked into overlapping meetings */
      warnings: string[];
    };
    MeetingSummaryDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** @example Hepatobiliary MDT */
      boardType: string;
      /**
       * Format: date-time
       * @description UTC
       * @example 2026-03-29T14:00:00.000Z
       */
      startsAt: string;
      /**
       * @description Start in the institution time zone, with its offset
       * @example 2026-03-29T16:00:00+02:00
       */
      localStartsAt: string;
      /**
       * Format: date-time
       * @description UTC
       */
      endsAt: string;
      /** @example 2026-03-29T17:30:00+02:00 */
      localEndsAt: string;
      /**
       * @description The institution's time zone (a setting)
       * @example Europe/Amsterdam
       */
      timeZone: string;
      /** @example 90 */
      durationMinutes: number;
      location: string | null;
      videoUrl: string | null;
      chair: components['schemas']['SpecialistSummaryDto'];
      requiredDisciplines: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'closed' | 'cancelled';
      cancelReason: string | null;
      /** Format: date-time */
      startedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** @description Increases with each change a calendar must pick up (iCalendar SEQUENCE) */
      revision: number;
      /**
       * Format: uuid
       * @description The case the board is discussing now (in progress only)
       */
      currentCaseId: string | null;
      /**
       * Format: date-time
       * @description Since when the board discusses it
       */
      currentCaseSince: string | null;
      /** Format: uuid */
      createdById: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Cases on the agenda */
      agendaSize: number;
    };
    MeetingSummaryPageDto: {
      items: components['schemas']['MeetingSummaryDto'][];
      nextCursor: string | null;
    };
    UpdateMeetingDto: {
      title?: string;
      boardType?: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset (Z or ±hh:mm); stored in UTC, shown in the institution time zone
       * @example 2026-03-29T16:00:00+02:00
       */
      startsAt?: string;
      durationMinutes?: number;
      location?: string | null;
      videoUrl?: string | null;
      /** Format: uuid */
      chairSpecialistId?: string;
      requiredDisciplines?: (
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other'
      )[];
    };
    CurrentCaseDto: {
      /**
       * Format: uuid
       * @description A case on the agenda, or null for none (between cases)
       */
      caseId: string | null;
    };
    DeferCaseDto: {
      /** @example Await the PET-CT of the new lung nodule */
      reason: string;
    };
    CancelMeetingDto: {
      /** @example Chair ill; cases move to next week */
      reason: string;
    };
    AddAgendaItemDto: {
      /**
       * Format: uuid
       * @description An accepted or deferred case
       */
      caseId: string;
      /** @example 10 */
      plannedMinutes?: number;
    };
    AgendaOrderDto: {
      /** @description Every case on the agenda, each exactly once, in the new order */
      caseIds: string[];
    };
    UpdateAgendaItemDto: {
      /**
       * @description Planned minutes for the case; null for the default per case
       * @example 15
       */
      plannedMinutes: number | null;
    };
    RecordAttendanceDto: {
      /** @description Present (true) or absent (false) */
      present: boolean;
      /**
       * @description Free text (presenter, guest, …); omitted or null clears it
       * @example presenter
       */
      role?: string | null;
    };
    CreateNoteDto: {
      /** @example Segment 7 lesion abuts the right hepatic vein. */
      body: string;
      /**
       * Format: uuid
       * @description The note (of the same meeting and case) this one corrects; notes are never edited
       */
      correctsNoteId?: string;
    };
    NoteAuthorDto: {
      /** Format: uuid */
      userId: string;
      displayName: string;
      /** @enum {string} */
      role: 'admin' | 'coordinator' | 'clinician';
      specialist: (components['schemas']['SpecialistSummaryDto'] | (never | null)) | null;
    };
    DiscussionNoteDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      meetingId: string;
      /** Format: uuid */
      caseId: string;
      body: string;
      /** Format: uuid */
      correctsNoteId: string | null;
      /** @description Later notes that correct this one */
      correctedByNoteIds: string[];
      author: components['schemas']['NoteAuthorDto'];
      /** Format: date-time */
      createdAt: string;
    };
    DiscussionNotePageDto: {
      items: components['schemas']['DiscussionNoteDto'][];
      nextCursor: string | null;
    };
    CalendarFeedDto: {
      /** Format: uuid */
      specialistId: string;
      /**
       * @description Secret subscription URL (no login needed); shown once, revoke it if it leaks
       * @example https://consilium.example/api/calendar/feeds/3q2-…
       */
      url: string;
      /** Format: date-time */
      createdAt: string;
    };
    StreamTicketDto: {
      /** @description Opens this meeting's event stream for 60 seconds */
      ticket: string;
      /** Format: date-time */
      expiresAt: string;
      /**
       * @description The URL for an EventSource
       * @example /api/meetings/3f0c…/events?ticket=…
       */
      url: string;
    };
    AgentDefinitionDto: {
      /** @enum {string} */
      code:
        'cetuximab' | 'panitumumab' | 'encorafenib_cetuximab' | 'bevacizumab' | 'nivolumab' | 'pembrolizumab';
      /** @example Cetuximab */
      name: string;
      /** @example EGFR inhibitor */
      agentClass: string;
    };
    ModalityDto: {
      /** @enum {string} */
      code:
        | 'surgical_resection'
        | 'radiofrequency_ablation'
        | 'cryoablation'
        | 'systemic_chemotherapy'
        | 'tace'
        | 'targeted_therapy'
        | 'immunotherapy'
        | 'sbrt'
        | 'clinical_trial';
      /** @example Targeted therapy */
      name: string;
      /** @description As the source document describes it */
      description: string;
      /** @description Empty when no agent is named */
      agents: components['schemas']['AgentDefinitionDto'][];
    };
    ModalityCatalogueDto: {
      /** @example 1.0.0 */
      ruleSetVersion: string;
      items: components['schemas']['ModalityDto'][];
    };
    PlanBuilderThresholdsDto: {
      /** @example 20 */
      flrMinPercentNormal: number;
      /** @example 30 */
      flrMinPercentAfterChemotherapy: number;
      /** @example 40 */
      flrMinPercentCirrhosis: number;
      /** @example 3 */
      flrChemotherapyMonths: number;
      /** @example 30 */
      ablationCautionDiameterMm: number;
      /** @example 50 */
      ablationContraindicatedDiameterMm: number;
      /** @example 10 */
      ablationMaxLesionCount: number;
      /** @example 3 */
      sbrtMaxLesionCount: number;
      /** @example 60 */
      sbrtContraindicatedDiameterMm: number;
      /** @example 3 */
      sbrtContraindicatedBilirubinMgDl: number;
      /** @example 2.5 */
      sbrtContraindicatedAlbuminGDl: number;
      /** @example 3 */
      taceContraindicatedBilirubinMgDl: number;
      /** @example 42 */
      bevacizumabSurgeryWindowDays: number;
    };
    ReasonDto: {
      /**
       * @example TGT-EGFR-RAS
       * @enum {string}
       */
      ruleId:
        | 'RES-FLR'
        | 'RES-FIT'
        | 'RES-EHD'
        | 'ABL-SIZE'
        | 'ABL-COUNT'
        | 'ABL-FIT'
        | 'SBRT-COUNT'
        | 'SBRT-SIZE'
        | 'SBRT-LIVER'
        | 'TACE-LIVER'
        | 'TACE-EHD'
        | 'TACE-LINE'
        | 'TGT-EGFR-RAS'
        | 'TGT-BRAF'
        | 'TGT-BEV-SURG'
        | 'IO-MSI'
        | 'IO-OTHER'
        | 'CHEMO-FIT'
        | 'PANC-LOCAL'
        | 'TRIAL';
      /** @enum {string} */
      verdict: 'eligible' | 'caution' | 'contraindicated';
      /** @example RAS mutant: EGFR inhibitors are for RAS wild-type disease */
      message: string;
      /**
       * @description The case facts the rule read
       * @example {
       *       "ras": "mutant"
       *     }
       */
      facts: {
        [key: string]: unknown;
      };
      /** @example NICE TA439; ESMO 2023 */
      source: string;
    };
    AgentOptionDto: {
      /** @enum {string} */
      agent:
        'cetuximab' | 'panitumumab' | 'encorafenib_cetuximab' | 'bevacizumab' | 'nivolumab' | 'pembrolizumab';
      name: string;
      /**
       * @description Includes the modality's own reasons
       * @enum {string}
       */
      verdict: 'eligible' | 'caution' | 'contraindicated';
      /** @description Agent-level reasons only */
      reasons: components['schemas']['ReasonDto'][];
    };
    ModalityOptionDto: {
      /** @enum {string} */
      modality:
        | 'surgical_resection'
        | 'radiofrequency_ablation'
        | 'cryoablation'
        | 'systemic_chemotherapy'
        | 'tace'
        | 'targeted_therapy'
        | 'immunotherapy'
        | 'sbrt'
        | 'clinical_trial';
      name: string;
      /** @enum {string} */
      verdict: 'eligible' | 'caution' | 'contraindicated';
      reasons: components['schemas']['ReasonDto'][];
      agents?: components['schemas']['AgentOptionDto'][];
    };
    PlanOptionsDto: {
      /** @example 1.0.0 */
      ruleSetVersion: string;
      /**
       * Format: date
       * @description Today in the institution's time zone
       */
      evaluatedOn: string;
      thresholds: components['schemas']['PlanBuilderThresholdsDto'];
      /** @description Every documented modality */
      options: components['schemas']['ModalityOptionDto'][];
      /** Format: uuid */
      caseId: string;
    };
    PlanBuilderSettingsDto: {
      /** @example 1.0.0 */
      ruleSetVersion: string;
      /** @description The thresholds in force (overrides over defaults) */
      thresholds: components['schemas']['PlanBuilderThresholdsDto'];
      /**
       * @description The institution's overrides only; a missing key takes the default
       * @example {
       *       "ablationCautionDiameterMm": 25
       *     }
       */
      overrides: {
        [key: string]: number;
      };
      /** @description The rule set's defaults */
      defaults: components['schemas']['PlanBuilderThresholdsDto'];
      /** Format: date-time */
      updatedAt: string;
    };
    UpdatePlanBuilderSettingsDto: {
      /**
       * @description RES-FLR: minimum future liver remnant (%) of a normal liver
       * @example 20
       */
      flrMinPercentNormal?: number;
      /**
       * @description RES-FLR: minimum FLR (%) after more than flrChemotherapyMonths of chemotherapy
       * @example 30
       */
      flrMinPercentAfterChemotherapy?: number;
      /**
       * @description RES-FLR: minimum FLR (%) with cirrhosis or fibrosis
       * @example 40
       */
      flrMinPercentCirrhosis?: number;
      /**
       * @description RES-FLR: months of prior chemotherapy above which the higher FLR minimum applies
       * @example 3
       */
      flrChemotherapyMonths?: number;
      /**
       * @description ABL-SIZE: a lesion larger than this (mm) is a caution for ablation
       * @example 30
       */
      ablationCautionDiameterMm?: number;
      /**
       * @description ABL-SIZE: a lesion larger than this (mm) contraindicates ablation
       * @example 50
       */
      ablationContraindicatedDiameterMm?: number;
      /**
       * @description ABL-COUNT: more lesions than this contraindicates ablation (whole number)
       * @example 10
       */
      ablationMaxLesionCount?: number;
      /**
       * @description SBRT-COUNT: more lesions than this contraindicates SBRT (whole number)
       * @example 3
       */
      sbrtMaxLesionCount?: number;
      /**
       * @description SBRT-SIZE: a largest lesion at or above this (mm) contraindicates SBRT
       * @example 60
       */
      sbrtContraindicatedDiameterMm?: number;
      /**
       * @description SBRT-LIVER: bilirubin at or above this (mg/dL) contraindicates SBRT
       * @example 3
       */
      sbrtContraindicatedBilirubinMgDl?: number;
      /**
       * @description SBRT-LIVER: albumin at or below this (g/dL) contraindicates SBRT
       * @example 2.5
       */
      sbrtContraindicatedAlbuminGDl?: number;
      /**
       * @description TACE-LIVER: bilirubin at or above this (mg/dL) contraindicates TACE
       * @example 3
       */
      taceContraindicatedBilirubinMgDl?: number;
      /**
       * @description TGT-BEV-SURG: a resection planned within this many days is a caution for bevacizumab (whole number)
       * @example 42
       */
      bevacizumabSurgeryWindowDays?: number;
    };
    StepDetailsDto: {
      /** @example FOLFOX */
      regimen?: string;
      /** @example 6 */
      cycles?: number;
      /** @example laparoscopic */
      approach?: string;
      /**
       * @description Registry id or title of the trial; a clinical_trial step names it here or in `text`
       * @example NCT01234567
       */
      trial?: string;
      /** @description Anything else about the step */
      text?: string;
    };
    ProposalStepInputDto: {
      /**
       * @description A documented modality (GET /api/modalities)
       * @example systemic_chemotherapy
       */
      modality: string;
      /**
       * @description One of the modality's documented agents
       * @example bevacizumab
       */
      agent?: string | null;
      details?: components['schemas']['StepDetailsDto'];
      /**
       * @description Couinaud segments (1–8) of the case lesions this step treats
       * @example [
       *       7
       *     ]
       */
      targetLesions?: number[];
      /** @description Required to propose a contraindicated step; stored and shown to every voter */
      overrideJustification?: string;
    };
    CreateProposalDto: {
      /**
       * Format: uuid
       * @description The meeting whose agenda holds the case
       */
      meetingId: string;
      /** @enum {string} */
      intent: 'curative' | 'disease_control' | 'palliative';
      steps: components['schemas']['ProposalStepInputDto'][];
      rationale: string;
    };
    ProposalStepDto: {
      position: number;
      /** @enum {string} */
      modality:
        | 'surgical_resection'
        | 'radiofrequency_ablation'
        | 'cryoablation'
        | 'systemic_chemotherapy'
        | 'tace'
        | 'targeted_therapy'
        | 'immunotherapy'
        | 'sbrt'
        | 'clinical_trial';
      /** @enum {string|null} */
      agent:
        | 'cetuximab'
        | 'panitumumab'
        | 'encorafenib_cetuximab'
        | 'bevacizumab'
        | 'nivolumab'
        | 'pembrolizumab'
        | null;
      details: (components['schemas']['StepDetailsDto'] | (never | null)) | null;
      /** @description Couinaud segments */
      targetLesions: number[];
      overrideJustification: string | null;
      /**
       * @description The plan builder's verdict when the plan was proposed
       * @enum {string}
       */
      verdict: 'eligible' | 'caution' | 'contraindicated';
      /** @description The contraindications a justification overrode */
      contraindications: components['schemas']['ReasonDto'][];
      /** @description A contraindicated step proposed with a justification */
      overridden: boolean;
    };
    PlanUserDto: {
      /** Format: uuid */
      id: string;
      displayName: string;
    };
    CurrentVoteDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      proposalId: string;
      specialist: components['schemas']['SpecialistSummaryDto'];
      /**
       * Format: uuid
       * @description The account that cast it
       */
      userId: string;
      /** @enum {string} */
      vote: 'approve' | 'reject' | 'abstain';
      comment: string | null;
      /** Format: date-time */
      castAt: string;
      /**
       * Format: date-time
       * @description Set when a newer vote replaced this one
       */
      supersededAt: string | null;
      /** @description Whether the voter is marked present now (only present voters count) */
      present: boolean;
    };
    VoteTallyDto: {
      approvals: number;
      rejections: number;
      abstentions: number;
    };
    PlanEvaluationDto: {
      /** @example 1.0.0 */
      ruleSetVersion: string;
      /**
       * Format: date
       * @description Today in the institution's time zone
       */
      evaluatedOn: string;
      thresholds: components['schemas']['PlanBuilderThresholdsDto'];
      /** @description Every documented modality */
      options: components['schemas']['ModalityOptionDto'][];
    };
    ProposalDetailDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      caseId: string;
      /** Format: uuid */
      meetingId: string;
      /** @enum {string} */
      status: 'proposed' | 'adopted';
      /** @enum {string} */
      intent: 'curative' | 'disease_control' | 'palliative';
      steps: components['schemas']['ProposalStepDto'][];
      rationale: string;
      /** @example 1.0.0 */
      ruleSetVersion: string;
      /**
       * Format: date
       * @description The date the plan builder evaluated the case on
       */
      evaluatedOn: string;
      proposedBy: components['schemas']['PlanUserDto'];
      proposer: components['schemas']['SpecialistSummaryDto'];
      /** Format: date-time */
      createdAt: string;
      /** @description Each specialist's current vote */
      votes: components['schemas']['CurrentVoteDto'][];
      /** @description Current votes of present voters */
      tally: components['schemas']['VoteTallyDto'];
      /** @description The full plan-builder evaluation stored with the proposal */
      evaluation: components['schemas']['PlanEvaluationDto'];
    };
    ProposalDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      caseId: string;
      /** Format: uuid */
      meetingId: string;
      /** @enum {string} */
      status: 'proposed' | 'adopted';
      /** @enum {string} */
      intent: 'curative' | 'disease_control' | 'palliative';
      steps: components['schemas']['ProposalStepDto'][];
      rationale: string;
      /** @example 1.0.0 */
      ruleSetVersion: string;
      /**
       * Format: date
       * @description The date the plan builder evaluated the case on
       */
      evaluatedOn: string;
      proposedBy: components['schemas']['PlanUserDto'];
      proposer: components['schemas']['SpecialistSummaryDto'];
      /** Format: date-time */
      createdAt: string;
      /** @description Each specialist's current vote */
      votes: components['schemas']['CurrentVoteDto'][];
      /** @description Current votes of present voters */
      tally: components['schemas']['VoteTallyDto'];
    };
    ProposalPageDto: {
      items: components['schemas']['ProposalDto'][];
      nextCursor: string | null;
    };
    VoteDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      proposalId: string;
      specialist: components['schemas']['SpecialistSummaryDto'];
      /**
       * Format: uuid
       * @description The account that cast it
       */
      userId: string;
      /** @enum {string} */
      vote: 'approve' | 'reject' | 'abstain';
      comment: string | null;
      /** Format: date-time */
      castAt: string;
      /**
       * Format: date-time
       * @description Set when a newer vote replaced this one
       */
      supersededAt: string | null;
    };
    VotePageDto: {
      items: components['schemas']['VoteDto'][];
      nextCursor: string | null;
    };
    CastVoteDto: {
      /** @enum {string} */
      vote: 'approve' | 'reject' | 'abstain';
      /** @description Required for a reject (recorded dissent) */
      comment?: string;
    };
    SupportiveCareEntryDto: {
      /** @enum {string} */
      service: 'psycho_oncology' | 'nutrition' | 'pain_palliative_care' | 'specialist_nurse';
      /** @enum {string} */
      status: 'offered' | 'referred' | 'declined' | 'not_needed';
    };
    AdoptProposalDto: {
      /** @description Whether the patient's preferences were discussed */
      patientPreferencesDiscussed: boolean;
      /** @description Supportive care agreed with the plan; what is left out can be added until the letter is signed */
      supportiveCare?: components['schemas']['SupportiveCareEntryDto'][];
    };
    LetterAddresseeDto: {
      /** @enum {string} */
      kind: 'specialist' | 'external';
      /**
       * Format: uuid
       * @description The specialist, if of the directory
       */
      specialistId: string | null;
      fullName: string;
      discipline: string | null;
      /** @description An outside physician's contact */
      contact: string | null;
    };
    SignatureDto: {
      /** Format: uuid */
      id: string;
      signer: components['schemas']['SpecialistSummaryDto'];
      /** @description Signed by a clinician present at the decision, for the chair */
      asDeputy: boolean;
      /** Format: date-time */
      signedAt: string;
      /** @example SHA-256 */
      algorithm: string;
      /** @description SHA-256 (lowercase hex) of the canonical content signed */
      contentHash: string;
    };
    RecommendationCaseDto: {
      /** Format: uuid */
      id: string;
      status: string;
      primarySite: string | null;
      histology: string | null;
      questionForBoard: string | null;
    };
    RecommendationMeetingDto: {
      /** Format: uuid */
      id: string;
      title: string;
      boardType: string;
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'closed' | 'cancelled';
      /** Format: date-time */
      startsAt: string;
      /** @description In the institution's time zone */
      localStartsAt: string;
    };
    RecommendationOverrideDto: {
      position: number;
      modality: string;
      agent: string | null;
      justification: string;
      contraindications: components['schemas']['ReasonDto'][];
    };
    RecommendationVoteDto: {
      /** Format: uuid */
      id: string;
      fullName: string;
      /** @enum {string} */
      discipline:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other';
      /** @enum {string} */
      vote: 'approve' | 'reject' | 'abstain';
      comment: string | null;
      castAt: string;
      /** @description Marked present at adoption (only present voters were counted) */
      present: boolean;
    };
    RecommendationAttendeeDto: {
      /** Format: uuid */
      id: string;
      fullName: string;
      /** @enum {string} */
      discipline:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other';
      present: boolean;
      role: string | null;
    };
    SupportiveCareItemDto: {
      /** @enum {string} */
      service: 'psycho_oncology' | 'nutrition' | 'pain_palliative_care' | 'specialist_nurse';
      /**
       * @description null while not recorded
       * @enum {string|null}
       */
      status: 'offered' | 'referred' | 'declined' | 'not_needed' | null;
    };
    AddendumDto: {
      /** Format: uuid */
      id: string;
      signer: components['schemas']['SpecialistSummaryDto'];
      /** @description Signed by a clinician present at the decision, for the chair */
      asDeputy: boolean;
      /** Format: date-time */
      signedAt: string;
      /** @example SHA-256 */
      algorithm: string;
      /** @description SHA-256 (lowercase hex) of the canonical content signed */
      contentHash: string;
      /** @description The correction */
      text: string;
      /**
       * Format: uuid
       * @description The signed letter it amends
       */
      amendsSignatureId: string;
      /** @description The content hash of the letter it amends */
      amendsContentHash: string;
    };
    RecommendationDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      caseId: string;
      case: components['schemas']['RecommendationCaseDto'];
      patient: components['schemas']['PatientSummaryDto'];
      meeting: components['schemas']['RecommendationMeetingDto'];
      /** Format: uuid */
      proposalId: string;
      /** @enum {string} */
      intent: 'curative' | 'disease_control' | 'palliative';
      steps: components['schemas']['ProposalStepDto'][];
      rationale: string;
      proposer: components['schemas']['SpecialistSummaryDto'];
      /** @description Contraindicated steps kept with a justification */
      overrides: components['schemas']['RecommendationOverrideDto'][];
      /** @description The current votes at adoption */
      votes: components['schemas']['RecommendationVoteDto'][];
      /** @description The rejections, with their comments */
      dissent: components['schemas']['RecommendationVoteDto'][];
      /** @description Present voters at adoption */
      tally: components['schemas']['VoteTallyDto'];
      attendance: components['schemas']['RecommendationAttendeeDto'][];
      quorum: components['schemas']['QuorumDto'];
      chair: components['schemas']['SpecialistSummaryDto'];
      adoptedBy: components['schemas']['PlanUserDto'];
      /** Format: date-time */
      adoptedAt: string;
      /** @description In the institution's time zone */
      localAdoptedAt: string;
      /** @example Europe/Amsterdam */
      timeZone: string;
      patientPreferencesDiscussed: boolean;
      /** @example 1.0.0 */
      ruleSetVersion: string;
      /** @example This recommendation of the multidisciplinary tumour board is advisory. The treating physician decides on the patient's treatment, together with the patient. */
      advisory: string;
      followUp: (components['schemas']['FollowUpDto'] | (never | null)) | null;
      /** @description The treating physician the letter is addressed to (the case's) */
      addressee: (components['schemas']['LetterAddresseeDto'] | (never | null)) | null;
      /** @description Every service, in a fixed order */
      supportiveCare: components['schemas']['SupportiveCareItemDto'][];
      /** @description The signature of the letter; null while it is a draft */
      signature: (components['schemas']['SignatureDto'] | (never | null)) | null;
      /** @description Signed corrections, oldest first */
      addenda: components['schemas']['AddendumDto'][];
      /** @description While unsigned: the SHA-256 of the draft as shown, which the signer sends back to sign it */
      draftContentHash: string | null;
      /** @description Whether the caller may sign the letter (and record supportive care) */
      callerMaySign: boolean;
    };
    SignLetterDto: {
      /**
       * @description The recommendation's `draftContentHash` as the signer reviewed it
       * @example a3f1…
       */
      contentHash: string;
    };
    AddAddendumDto: {
      /** @example Correction: the target lesion of step 2 is in segment 6, not segment 7. */
      text: string;
    };
    SetSupportiveCareDto: {
      entries: components['schemas']['SupportiveCareEntryDto'][];
    };
    RecordFollowUpDto: {
      /** @enum {string} */
      status: 'implemented' | 'partially_implemented' | 'not_implemented';
      /**
       * @description Required unless the status is implemented
       * @enum {string}
       */
      reason?:
        | 'patient_choice'
        | 'clinical_deterioration'
        | 'progression'
        | 'toxicity'
        | 'other_therapy_chosen'
        | 'death'
        | 'other';
      note?: string;
    };
    FollowUpDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      caseId: string;
      /** Format: uuid */
      recommendationId: string;
      /** @enum {string} */
      status: 'implemented' | 'partially_implemented' | 'not_implemented';
      /** @enum {string|null} */
      reason:
        | 'patient_choice'
        | 'clinical_deterioration'
        | 'progression'
        | 'toxicity'
        | 'other_therapy_chosen'
        | 'death'
        | 'other'
        | null;
      note: string | null;
      recordedBy: components['schemas']['PlanUserDto'];
      /** Format: date-time */
      recordedAt: string;
    };
    AwaitingSignatureMeetingDto: {
      /** Format: uuid */
      id: string;
      title: string;
      /** Format: date-time */
      startsAt: string;
    };
    AwaitingSignatureDto: {
      /**
       * Format: uuid
       * @description The recommendation (the case id is `caseId`)
       */
      id: string;
      /** Format: uuid */
      caseId: string;
      /** Format: date-time */
      adoptedAt: string;
      meeting: components['schemas']['AwaitingSignatureMeetingDto'];
      patient: components['schemas']['PatientSummaryDto'];
      /** @description The case names the physician the letter is for (needed to sign) */
      hasAddressee: boolean;
      /** @description Supportive-care services recorded, of 4 (all are needed to sign) */
      supportiveCareRecorded: number;
    };
    AwaitingSignaturePageDto: {
      items: components['schemas']['AwaitingSignatureDto'][];
      nextCursor: string | null;
    };
    MonthMetricsDto: {
      /**
       * @description Calendar month in the institution's time zone
       * @example 2026-11
       */
      month: string;
      /** @description Meetings closed in the month */
      meetingsClosed: number;
      /** @description Distinct cases on the agendas of meetings closed in the month */
      casesDiscussed: number;
      /** @description Recommendations adopted in the month */
      decisions: number;
    };
    SupportiveCareMetricsDto: {
      /** @enum {string} */
      service: 'psycho_oncology' | 'nutrition' | 'pain_palliative_care' | 'specialist_nurse';
      offered: number;
      referred: number;
      declined: number;
      notNeeded: number;
      /** @description Decisions of the range without this service recorded */
      notRecorded: number;
    };
    FollowUpReasonCountDto: {
      /** @enum {string} */
      reason:
        | 'patient_choice'
        | 'clinical_deterioration'
        | 'progression'
        | 'toxicity'
        | 'other_therapy_chosen'
        | 'death'
        | 'other';
      count: number;
    };
    FollowUpMetricsDto: {
      /** @description Follow-ups recorded in the range */
      recorded: number;
      implemented: number;
      partiallyImplemented: number;
      notImplemented: number;
      /** @description implemented / follow-ups recorded in the range (0–1); null without follow-ups */
      implementedShare: number | null;
      /** @description Reason codes of the follow-ups partially or not implemented, most frequent first */
      reasons: components['schemas']['FollowUpReasonCountDto'][];
    };
    DeferralMetricsDto: {
      /** @description Agenda items of meetings closed in the range */
      agendaItems: number;
      /** @description Of those, cases deferred (the meeting closed without a plan adopted for them) */
      deferred: number;
      /** @description deferred / agendaItems (0–1); null without items */
      rate: number | null;
    };
    DisciplineAttendanceDto: {
      /** @enum {string} */
      discipline:
        | 'medical_oncology'
        | 'surgery'
        | 'interventional_radiology'
        | 'radiation_oncology'
        | 'radiology'
        | 'pathology'
        | 'hepatology'
        | 'gastroenterology'
        | 'nursing'
        | 'other';
      /** @description Present attendances of this discipline at meetings closed in the range */
      presentAttendances: number;
      /** @description Meetings closed in the range with at least one member of it present */
      meetingsAttended: number;
      /** @description presentAttendances / meetings closed in the range */
      perMeeting: number;
    };
    MetricsDto: {
      /**
       * Format: date-time
       * @description Inclusive start (UTC)
       */
      from: string;
      /**
       * Format: date-time
       * @description Exclusive end (UTC)
       */
      to: string;
      /** @description The board type the figures are limited to */
      boardType: string | null;
      /** @description Every board type in use (for a filter) */
      boardTypes: string[];
      /** @description Each month of the range, first to last, zeros included */
      byMonth: components['schemas']['MonthMetricsDto'][];
      /** @description Meetings closed in the range */
      meetingsClosed: number;
      /** @description Distinct cases on the agendas of meetings closed in the range */
      casesDiscussed: number;
      /** @description Recommendations adopted in the range */
      decisions: number;
      /** @description Of the range's decisions, those whose letter the chair has signed */
      lettersSigned: number;
      /** @description Supportive care recorded with the range's decisions, per service (every service, in order) */
      supportiveCare: components['schemas']['SupportiveCareMetricsDto'][];
      /** @description Median elapsed days from submission (the case's latest submit before the decision) to decision (adoption of the recommendation), over decisions in the range; null without decisions */
      medianDaysSubmissionToDecision: number | null;
      /** @description Median elapsed days from decision to follow-up, over follow-ups recorded in the range */
      medianDaysDecisionToFollowUp: number | null;
      followUps: components['schemas']['FollowUpMetricsDto'];
      /** @description Re-discussion (deferral) rate */
      deferral: components['schemas']['DeferralMetricsDto'];
      attendanceByDiscipline: components['schemas']['DisciplineAttendanceDto'][];
      /** @description Scheduled minutes of meetings closed in the range / casesDiscussed; null without cases */
      minutesPerCase: number | null;
      /** @description Measured minutes per case: the time the boards closed in the range spent on each case they opened on the live board (from opening it to moving on), divided by the cases timed; null when none was timed */
      measuredMinutesPerCase: number | null;
      /** @description Cases whose discussion time the live board measured (in boards closed in the range) */
      casesTimed: number;
    };
    ImportedPatientDto: {
      /** Format: uuid */
      id: string;
      /** @description Registered by this import (false: matched by MRN) */
      created: boolean;
      /** @description Where the bundle differs from the registered patient's record, which is kept as it was */
      differences: ('fullName' | 'sex')[];
    };
    UnmappedElementDto: {
      /** @example Bundle.entry[4].resource.code */
      element: string;
      /** @example Observation/3f2… */
      resource: string | null;
      /** @example LOINC 2345-7 is not a code Consilium reads */
      reason: string;
    };
    FhirImportResultDto: {
      /** @description The draft case, with every fact the bundle gave */
      case: components['schemas']['CaseDto'];
      patient: components['schemas']['ImportedPatientDto'];
      /** @description What could not be read, and why: a clinician completes the rest in the case editor */
      unmapped: components['schemas']['UnmappedElementDto'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  healthHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description The database is unreachable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  auditList: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Only entries by this user */
        actorId?: string;
        entityType?: string;
        entityId?: string;
        action?: string;
        /** @description Only successes, failures (404) or denials (403) */
        outcome?: 'success' | 'failure' | 'denied';
        /** @description Inclusive lower bound, ISO 8601 with offset */
        from?: string;
        /** @description Exclusive upper bound, ISO 8601 with offset */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryPageDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission audit.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  authLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Unknown email or wrong password (same answer) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too many failed logins for the account or address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  authMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  loginLocksGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginLockDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission users.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  loginLocksClear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cleared */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission users.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  usersList: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        role?: 'admin' | 'coordinator' | 'clinician';
        active?: boolean;
        /** @description Part of the display name or the email, case-insensitive */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPageDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission users.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  usersCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission users.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description EMAIL_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description DISCIPLINE_REQUIRED, DISCIPLINE_ONLY_FOR_CLINICIANS, DISCIPLINE_MISMATCH, SPECIALIST_ONLY_FOR_CLINICIANS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  usersGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission users.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  usersUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission users.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description LAST_ADMIN, CANNOT_DEMOTE_SELF */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description DISCIPLINE_REQUIRED, DISCIPLINE_ONLY_FOR_CLINICIANS, DISCIPLINE_MISMATCH, SPECIALIST_ONLY_FOR_CLINICIANS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  specialistsList: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        discipline?:
          | 'medical_oncology'
          | 'surgery'
          | 'interventional_radiology'
          | 'radiation_oncology'
          | 'radiology'
          | 'pathology'
          | 'hepatology'
          | 'gastroenterology'
          | 'nursing'
          | 'other';
        /** @description Part of the name, case-insensitive */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpecialistPageDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  specialistsCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSpecialistDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpecialistDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission specialists.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  specialistsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpecialistDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  specialistsUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSpecialistDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpecialistDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission specialists.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description SPECIALIST_HAS_ACCOUNT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  settingsGet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionSettingsDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  settingsUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateInstitutionSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionSettingsDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission settings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  patientsList: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Search: an MRN prefix, or part of the name (case-insensitive) */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatientPageDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  patientsCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePatientDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatientDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission patients.write */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MRN_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  patientsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatientDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  patientsUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePatientDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatientDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission patients.write */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MRN_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesList: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        status?:
          'draft' | 'submitted' | 'accepted' | 'scheduled' | 'deferred' | 'decided' | 'closed' | 'withdrawn';
        patientId?: string;
        presentingSpecialistId?: string;
        /** @description Search: part of the patient's name, an MRN prefix, or part of the histology or the question for the board */
        q?: string;
        /** @description newest (default) or oldest first, by when the case was created: a queue reads oldest first */
        order?: 'newest' | 'oldest';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CasePageDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCaseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission cases.write */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Patient, presenting specialist or treating physician not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description TREATING_PHYSICIAN_AMBIGUOUS, TREATING_PHYSICIAN_NAME_REQUIRED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCaseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission cases.write */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description CASE_NOT_EDITABLE, ALREADY_SIGNED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description TREATING_PHYSICIAN_AMBIGUOUS, TREATING_PHYSICIAN_NAME_REQUIRED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesEvents: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseEventPageDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission cases.write */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ILLEGAL_TRANSITION: the action is not allowed in the current state (named) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description CASE_NOT_READY: details lists the failing readiness items */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesAccept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission cases.triage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ILLEGAL_TRANSITION: the action is not allowed in the current state (named) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesReturnToDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseActionReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission cases.triage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ILLEGAL_TRANSITION: the action is not allowed in the current state (named) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  casesWithdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseActionReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission cases.write */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ILLEGAL_TRANSITION: the action is not allowed in the current state (named) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsList: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Meetings starting at or after this. A date (2026-11-01: the start of that day in the institution's time zone) or an ISO 8601 date-time with an offset */
        from?: string;
        /** @description Meetings starting before this. A date (2026-11-01: the start of that day in the institution's time zone) or an ISO 8601 date-time with an offset */
        to?: string;
        status?: 'planned' | 'in_progress' | 'closed' | 'cancelled';
        /** @description Only meetings this specialist is expected at: chairs, presents a case on its agenda, belongs to a discipline of its quorum, or has attendance recorded (docs/adr/0013) */
        expectedSpecialistId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingSummaryPageDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMeetingDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission meetings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Chair specialist not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeetingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission meetings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_EDITABLE: only a planned meeting can be changed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsSetCurrentCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CurrentCaseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description NOT_CHAIR_OR_COORDINATOR
       *
       *     Requires permission clinical.read
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Meeting not found or case not on its agenda */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_IN_PROGRESS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsDeferCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeferCaseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description NOT_CHAIR_OR_COORDINATOR
       *
       *     Requires permission clinical.read
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Meeting not found or case not on its agenda */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_IN_PROGRESS, ILLEGAL_TRANSITION: not allowed in the current state (named in details.state) (a decided case) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsStart: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission meetings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ILLEGAL_TRANSITION: not allowed in the current state (named in details.state) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission meetings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ILLEGAL_TRANSITION: not allowed in the current state (named in details.state) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelMeetingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission meetings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ILLEGAL_TRANSITION: not allowed in the current state (named in details.state) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsAddToAgenda: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddAgendaItemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission meetings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Meeting or case not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description CASE_ALREADY_ON_AGENDA (of an open meeting), MEETING_NOT_EDITABLE: only a planned meeting can be changed, ILLEGAL_TRANSITION: not allowed in the current state (named in details.state) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description AGENDA_FULL */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsReorderAgenda: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgendaOrderDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission meetings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_EDITABLE: only a planned meeting can be changed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description INVALID_AGENDA_ORDER: details lists missing, extra and duplicated case ids */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsRemoveFromAgenda: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission meetings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Meeting not found or case not on its agenda */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_EDITABLE: only a planned meeting can be changed, ILLEGAL_TRANSITION: not allowed in the current state (named in details.state) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsUpdateAgendaItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAgendaItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission meetings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Meeting not found or case not on its agenda */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_EDITABLE: only a planned meeting can be changed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsRecordAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        specialistId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAttendanceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description NOT_OWN_ATTENDANCE, ATTENDANCE_NOT_ALLOWED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Meeting or specialist not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_EDITABLE: closed or cancelled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsNotes: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DiscussionNotePageDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Meeting not found or case not on its agenda */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsAddNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNoteDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DiscussionNoteDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description NOT_PRESENT
       *
       *     Requires permission discussion.write
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Meeting not found or case not on its agenda */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_IN_PROGRESS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description CORRECTED_NOTE_MISMATCH */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingsCalendarFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RFC 5545 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  calendarFeedsCreateFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description NOT_OWN_CALENDAR_FEED, CALENDAR_FEED_NOT_ALLOWED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Specialist not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  calendarFeedsRevokeFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked (or there was nothing to revoke) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description NOT_OWN_CALENDAR_FEED, CALENDAR_FEED_NOT_ALLOWED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Specialist not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  calendarFeedsFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RFC 5545 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Unknown or revoked link */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingStreamTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StreamTicketDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  meetingStreamEvents: {
    parameters: {
      query: {
        /** @description A ticket from POST /api/meetings/:id/stream-ticket */
        ticket: string;
        /** @description The last event seen, for a new EventSource (its own reconnections send Last-Event-ID) */
        lastEventId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/event-stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description STREAM_TICKET_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  modalitiesList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModalityCatalogueDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  planOptionsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanOptionsDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  planBuilderSettingsGet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanBuilderSettingsDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission settings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  planBuilderSettingsUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePlanBuilderSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanBuilderSettingsDto'];
        };
      };
      /** @description Not a number, or an unknown threshold */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission settings.manage */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description INVALID_THRESHOLDS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  caseProposalsList: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalPageDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  caseProposalsPropose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProposalDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalDetailDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description NOT_PRESENT
       *
       *     Requires permission plans.propose
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_OPEN, CASE_NOT_ON_AGENDA */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description UNDOCUMENTED_MODALITY, UNDOCUMENTED_AGENT, CONTRAINDICATED_STEP, TRIAL_NOT_NAMED, UNKNOWN_TARGET_LESION */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  proposalsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalDetailDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  proposalsVotes: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VotePageDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  proposalsVote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CastVoteDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoteDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description NOT_PRESENT
       *
       *     Requires permission plans.vote
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description CASE_DECIDED, MEETING_NOT_IN_PROGRESS, CASE_NOT_ON_AGENDA */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description REJECT_NEEDS_COMMENT */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  proposalsAdopt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptProposalDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecommendationDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description NOT_CHAIR, NOT_PRESENT
       *
       *     Requires permission plans.adopt
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MEETING_NOT_IN_PROGRESS, CASE_NOT_SCHEDULED, MEETING_NOT_QUORATE, NO_MAJORITY, ALREADY_ADOPTED, CASE_NOT_ON_AGENDA */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  recommendationsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecommendationDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such case, or no plan adopted yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  recommendationsHtml: {
    parameters: {
      query?: {
        /** @description By default the institution's letter language */
        lang?: 'en' | 'es';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A self-contained HTML page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  recommendationsPdf: {
    parameters: {
      query?: {
        /** @description By default the institution's letter language */
        lang?: 'en' | 'es';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A PDF document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  recommendationsSign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignLetterDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignatureDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description NOT_SIGNER, DEPUTY_NOT_PRESENT
       *
       *     Requires permission letters.sign
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ALREADY_SIGNED, LETTER_CHANGED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ADDRESSEE_REQUIRED, SUPPORTIVE_CARE_INCOMPLETE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  recommendationsAddAddendum: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddAddendumDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddendumDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description NOT_SIGNER, DEPUTY_NOT_PRESENT
       *
       *     Requires permission letters.sign
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description NOT_SIGNED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  recommendationsSetSupportiveCare: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetSupportiveCareDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description NOT_SIGNER
       *
       *     Requires permission plans.adopt
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description ALREADY_SIGNED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  recommendationsFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordFollowUpDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission followup.record */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description CASE_NOT_DECIDED, FOLLOW_UP_ALREADY_RECORDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description FOLLOW_UP_REASON_REQUIRED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  lettersAwaiting: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AwaitingSignaturePageDto'];
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission letters.sign */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  metricsGet: {
    parameters: {
      query?: {
        /** @description Inclusive start; default 90 days before `to`. A date (2026-11-01: the start of that day in the institution's time zone) or an ISO 8601 date-time with an offset */
        from?: string;
        /** @description Exclusive end; default now. At most two years after `from`. A date (2026-11-01: the start of that day in the institution's time zone) or an ISO 8601 date-time with an offset */
        to?: string;
        /** @description Only boards of this type (exactly as written on the board); default every board */
        boardType?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  fhirExportCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description FHIR R4 Bundle (type collection) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  fhirExportRecommendation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description FHIR R4 Bundle (type collection) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid parameters or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission clinical.read */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such case, or no recommendation yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  fhirCodeSystem: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description FHIR R4 CodeSystem */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  fhirImportCase: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description FHIR R4 Bundle */
    requestBody: {
      content: {
        'application/fhir+json': {
          [key: string]: unknown;
        };
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FhirImportResultDto'];
        };
      };
      /** @description Malformed FHIR: each element named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires permission cases.write */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description PATIENT_MISMATCH: the MRN is registered with another birth date */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description MRN_SYSTEM_MISMATCH, IMPORTED_FACTS_REFUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
}
