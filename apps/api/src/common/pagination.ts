import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { validationException } from './validation';

export const MAX_PAGE_SIZE = 100;

/**
 * Keyset pagination: `cursor` is opaque to clients and encodes the sort key of the last item of the
 * previous page, so page 1,000 costs the same index range scan as page 1.
 */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CursorKey {
  /** The sort value (an ISO time or a string), then the id as a tie-breaker. */
  v: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): CursorKey | null {
  if (cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorKey>;
    if (typeof key.v === 'string' && typeof key.id === 'string' && /^[0-9a-f-]{36}$/i.test(key.id)) {
      return { v: key.v, id: key.id };
    }
  } catch {
    // Falls through to the validation error.
  }
  throw validationException([
    { field: 'cursor', problems: ['cursor is not a cursor returned by this list'] },
  ]);
}

/** Builds a page from `limit + 1` fetched rows: the extra row only says whether there is more. */
export function toPage<T>(rows: T[], limit: number, key: (row: T) => CursorKey): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}

/** The same page with each item mapped (services page entities, controllers answer with DTOs). */
export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return { items: page.items.map(map), nextCursor: page.nextCursor };
}

export function pageSize(query: PageQueryDto): number {
  return query.limit ?? 20;
}

/** Swagger helper: a `Page` of some item DTO. */
export function PageOf<T>(item: new () => T) {
  class PageDto {
    @ApiProperty({ type: item, isArray: true })
    items!: T[];

    @ApiProperty({ type: String, nullable: true })
    nextCursor!: string | null;
  }
  Object.defineProperty(PageDto, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return PageDto;
}
