import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { DiscussionNote } from './discussion-note.entity';
import { Meeting } from './meeting.entity';

// The meetings feature's tables, registered in the one DataSource options object.
export const MEETING_ENTITIES = [Meeting, AgendaItem, Attendance, DiscussionNote, CalendarFeed];
