import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium (or the
 * chromium-browser name some systems use). Playwright cannot download its own browsers on this
 * network, so a missing browser is an error with instructions, never a skipped suite.
 */
export function findChromium(): string {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
		(path): path is string => Boolean(path)
	);
	const found = candidates.find((path) => existsSync(path));
	if (!found) {
		const tried = candidates.join(', ');
		throw new Error(
			`No Chromium found for the end-to-end tests (looked at: ${tried}).\n` +
				'Install Debian\u2019s Chromium with:  sudo apt-get install -y chromium\n' +
				'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.'
		);
	}
	return found;
}
