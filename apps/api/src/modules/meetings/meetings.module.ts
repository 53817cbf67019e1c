import { Module } from '@nestjs/common';

import { CasesModule } from '../cases/cases.module';
import { SettingsModule } from '../settings/settings.module';
import { AgendaService } from './agenda.service';
import { CalendarService } from './calendar.service';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { DiscussionService } from './discussion.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

// Meetings, their agenda, attendance, discussion and calendars. Nothing is exported: proposals,
// votes, adoption and follow-up lock and read meetings through meeting.queries.ts, in their own
// transactions.
@Module({
  imports: [CasesModule, SettingsModule],
  controllers: [MeetingsController, CalendarFeedsController],
  providers: [MeetingsService, AgendaService, DiscussionService, CalendarService],
})
export class MeetingsModule {}
