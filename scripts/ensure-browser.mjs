// Makes sure the end-to-end tests have a browser. On a fresh Debian machine run as
// root (CI, a new dev box) it installs Debian's chromium; elsewhere it explains.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, NO_BROWSER_MESSAGE } from './browser-path.mjs';

const found = findBrowser();
if (found) {
  console.log(`e2e browser: ${found.source}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update', { stdio: 'inherit', env });
  execSync('apt-get install -y chromium', { stdio: 'inherit', env });
  const after = findBrowser();
  if (after) {
    console.log(`e2e browser: ${after.source}`);
    process.exit(0);
  }
}
console.error(NO_BROWSER_MESSAGE);
process.exit(1);
