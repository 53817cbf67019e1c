import { CreateFoundation1764000000000 } from './1764000000000-CreateFoundation';

// Every migration, in order. A new migration is added here as well as in this folder.
export const MIGRATIONS = [CreateFoundation1764000000000];
