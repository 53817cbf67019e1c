import { Module } from '@nestjs/common';

import { CasesModule } from '../cases/cases.module';
import { SettingsModule } from '../settings/settings.module';
import { AgendaService } from './agenda.service';
import { CalendarService } from './calendar.service';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { DiscussionService } from './discussion.service';
import { MeetingEventsHub } from './live/meeting-events.hub';
import { MeetingStreamController } from './live/meeting-stream.controller';
import { MeetingStreamService } from './live/meeting-stream.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

// Meetings, their agenda, attendance, discussion, calendars and live event stream. Nothing is exported: proposals,
// votes, adoption and follow-up lock and read meetings through meeting.queries.ts, in their own
// transactions.
@Module({
  imports: [CasesModule, SettingsModule],
  controllers: [MeetingsController, CalendarFeedsController, MeetingStreamController],
  providers: [
    MeetingsService,
    AgendaService,
    DiscussionService,
    CalendarService,
    MeetingEventsHub,
    MeetingStreamService,
  ],
})
export class MeetingsModule {}
