import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder (holding package.json), found from this file whether run from src/ or dist/src/. */
export const PROJECT_ROOT = (() => {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no package.json above ${__dirname}`);
})();
