// The settings features' errors. Settings refuse no request of their own (invalid values are 400s
// from the DTOs, thresholds a 422 of plan-options); what is left is a deployment fault.

/**
 * A settings table holds exactly one row, inserted by its migration and never deleted: without it the
 * database is not the one the app was built for, an honest 500.
 */
export const settingsRowMissing = (table: string) =>
  new Error(`${table} has no row; were the migrations run?`);
