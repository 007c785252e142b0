/**
 * The Chromium features that the e2e tests and the benchmarks turn off (`--disable-features=…`).
 *
 * Chromium's headless mode is the whole browser without a screen: every new context opens a window
 * whose address bar preloads two WebUI pages (chrome://omnibox-popup.top-chrome/, its "AI mode"
 * variant) in a renderer process of their own. Nobody types into that address bar, yet that
 * renderer cost a quarter of the e2e tests' CPU (S, a149243: 23-25 CPU-s over 31 tests) and about 160 MB that the benchmark
 * counted in "all renderers summed" although it is not the site's tab. Chromium keeps only the
 * last `--disable-features` it is given, so the list repeats the features Playwright 1.65 turns off
 * (its chromiumSwitches.ts) before adding the two popups.
 */
export const DISABLED_FEATURES = [
	// Playwright's own list.
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion',
	// The address bar's WebUI popups.
	'WebUIOmniboxPopup',
	'WebUIOmniboxAimPopup'
];

/** The switch that turns them off. */
export const DISABLE_FEATURES_SWITCH = `--disable-features=${DISABLED_FEATURES.join(',')}`;
