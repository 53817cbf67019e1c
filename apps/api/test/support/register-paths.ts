import * as path from 'node:path';
import { register } from 'tsconfig-paths';

// Jest runs the global setup and teardown outside its module registry, so its moduleNameMapper does
// not reach them: the workspace's path aliases (@api/*, @consilium/*) are registered with Node here.
// Imported first by global-setup.ts and global-teardown.ts.
const root = path.resolve(__dirname, '../../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: root, paths: compilerOptions.paths });
