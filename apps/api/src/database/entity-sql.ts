import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

// Fixed SQL for an entity on a hot read path (docs/adr/0020-fixed-sql-on-hot-reads.md). TypeORM's
// query builder re-builds the statement and hydrates each row through its metadata on every call:
// on the case list that was a sixth of the app's CPU. This derives, once, from the same metadata, a
// select list whose rows are already the entity's shape, and the JSON object of an entity joined to
// it, so the columns are still stated only in the entity and a new column cannot be missed.

/** The column types the fixed SQL reads; another type (or a transformer it would skip) is refused. */
const CASTS: Readonly<Record<string, string>> = {
  uuid: '',
  text: '',
  boolean: '',
  smallint: '',
  integer: '',
  jsonb: '',
  // node-postgres reads numeric as a string and date as a local-midnight Date; the entities hold a
  // number and the ISO date string.
  numeric: '::float8',
  date: '::text',
  timestamptz: '',
};

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface EntitySql<T> {
  /** `alias.column AS "property", …` for every column of the entity. */
  columns(alias: string): string;
  /** A `json_build_object` of the row at `alias`; null when the joined row is missing. */
  json(alias: string): string;
  /** The entity from its JSON object (timestamps back to Dates). */
  fromJson(value: Record<string, unknown> | null): T | null;
}

export function entitySql<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
): EntitySql<T> {
  const meta: EntityMetadata = dataSource.getMetadata(target);
  const columns = meta.columns.map((column) => {
    const type = typeof column.type === 'string' ? column.type : '';
    const cast = CASTS[type];
    if (cast === undefined || (column.transformer && type !== 'numeric')) {
      throw new Error(`entitySql: ${meta.name}.${column.propertyName} (${type}) is not supported`);
    }
    return { name: column.databaseName, property: column.propertyName, cast, time: type === 'timestamptz' };
  });
  const times = columns.filter((c) => c.time).map((c) => c.property);
  const primary = quoted(meta.primaryColumns[0].databaseName);
  return {
    columns: (alias) =>
      columns.map((c) => `${alias}.${quoted(c.name)}${c.cast} AS ${quoted(c.property)}`).join(', '),
    json: (alias) =>
      `CASE WHEN ${alias}.${primary} IS NULL THEN NULL ELSE json_build_object(${columns
        .map((c) => `'${c.property}', ${alias}.${quoted(c.name)}${c.cast}`)
        .join(', ')}) END`,
    fromJson: (value) => {
      if (value === null) return null;
      for (const property of times) {
        const time = value[property];
        if (typeof time === 'string') value[property] = new Date(time);
      }
      return value as T;
    },
  };
}
