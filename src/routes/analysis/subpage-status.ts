import type { FailedReply } from '$lib/workers/analysis-protocol';

/** Where an analysis sub-page's figures are: asked for, shown, or why not. */
export type SubpageStatus = 'idle' | 'computing' | 'ready' | 'summaryOnly' | 'notFound' | 'failed';

/** The status a failed worker reply leaves a sub-page in, and the detail to show with `failed`. */
export function failedStatus(reply: FailedReply): { status: SubpageStatus; failure: string } {
	const status = reply.reason === 'summaryOnly' ? 'summaryOnly' : reply.reason === 'notFound' ? 'notFound' : 'failed';
	return { status, failure: reply.detail ?? reply.reason };
}
