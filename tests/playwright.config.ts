import { defineConfig } from '@playwright/test';
import { findChromium } from './support/chromium';
import { DISABLE_FEATURES_SWITCH } from './chromium-features.mjs';

/**
 * End-to-end tests drive the built, static site (`vite build` then `vite preview`) in Debian's
 * Chromium. There is no silent skip: without a browser the run stops with a message saying how
 * to get one.
 */
const chromium = findChromium();
const port = Number(process.env.E2E_PORT ?? 4321);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

export default defineConfig({
	testDir: './e2e',
	outputDir: './.output/results',
	fullyParallel: true,
	workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
	retries: 0,
	// Generous limits: two workers and Chromium share two cores, and a loaded machine is slow.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	reporter: [['list']],
	forbidOnly: true,
	use: {
		baseURL: `http://127.0.0.1:${port}${basePath}/`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				// Software compositing, not compositing on the GPU process's emulated GPU (there is no GPU):
				// 6 % less CPU for the same tests, which take no screenshots (calculators, analysis and
				// import specs, 34 tests, runs alternated: 165-178 CPU-s, against 181-184).
				'--disable-gpu-compositing',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-dev-shm-usage',
				// No address-bar popup renderers (see the module): a quarter of the tests' CPU.
				DISABLE_FEATURES_SWITCH,
				// More switches to measure (space-separated), e.g. E2E_EXTRA_ARGS=--in-process-gpu.
				...(process.env.E2E_EXTRA_ARGS ? process.env.E2E_EXTRA_ARGS.split(' ') : [])
			]
		},
		// No trace by default: recording one (a screenshot and a DOM snapshot at every step) took about
		// a quarter of the run's CPU, and the run is CPU-bound on two cores (19 tests: 115 and 129 CPU-s
		// traced, 79-99 untraced). To see what a failing test did: E2E_TRACE=retain-on-failure.
		trace: (process.env.E2E_TRACE as 'off' | 'on' | 'retain-on-failure' | undefined) ?? 'off',
		// The service worker caches all 167 files of the build on a page's first visit: every test
		// would download the whole site again (a sixth of the run). The specs that test it allow it
		// (`test.use({ serviceWorkers: 'allow' })`); the app works without one, as in a browser that
		// has them off.
		serviceWorkers: 'block'
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		cwd: '..',
		url: `http://127.0.0.1:${port}${basePath}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
