// Renders the app icons of the web app manifest from their SVGs with Chromium (Playwright), so
// the PNGs can be regenerated on this machine: `node tests/tools/icons.mjs`. The PNGs are committed.
//   static/icons/icon.svg     → icon-192.png, icon-512.png (purpose "any": the favicon's artwork)
//   static/icons/maskable.svg → maskable-512.png (full bleed, the artwork inside the central 60 %,
//                                within the 80 % circle a launcher's mask always keeps)
//                             → apple-touch-icon.png (180 px; iOS rounds the corners itself)
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../static/icons/', import.meta.url));
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
	(path) => path && existsSync(path)
);
const OUTPUTS = [
	['icon.svg', 'icon-192.png', 192],
	['icon.svg', 'icon-512.png', 512],
	['maskable.svg', 'maskable-512.png', 512],
	['maskable.svg', 'apple-touch-icon.png', 180]
];

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
	for (const [source, target, size] of OUTPUTS) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const svg = readFileSync(dir + source, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
		await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
		await page.screenshot({ path: dir + target, omitBackground: true });
		await page.close();
		console.log(`${target} (${size} px)`);
	}
} finally {
	await browser.close();
}
