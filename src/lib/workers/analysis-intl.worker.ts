/// <reference lib="webworker" />
/**
 * Builds number and date formatters of the languages it is sent, and answers. The first formatter
 * a renderer builds loads the browser's locale data (16–33 ms measured on a two-core machine, one
 * task over 50 ms on the Data page's start under load); that data is then cached for the whole
 * process, so a page whose worker built one first builds its own in under a millisecond. See
 * `warmIntl` (analysis-intl.ts).
 */
import { warmFormatters } from './analysis-intl';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<string[]>) => {
	warmFormatters(event.data);
	self.postMessage('warm');
};
