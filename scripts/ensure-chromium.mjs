// Browser tests need Debian's Chromium. Install it when missing and we are root;
// otherwise stop with a message that names the package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Chromium is missing at ${path}. Install Debian's package: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log(`Chromium is missing at ${path}: installing Debian's package 'chromium'...`);
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } catch {
    console.error("Could not install Debian's package 'chromium' (apt-get install -y chromium).");
    process.exit(1);
  }
  if (!existsSync(path)) {
    console.error(`Installed 'chromium' but ${path} is still missing; set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
