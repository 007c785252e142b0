import type { Analysis, AnalysisSettings, SegmentId } from './analyse';

export type ToAnalysisWorker =
	| { type: 'analyse'; requestId: number; datasetId: number; settings: AnalysisSettings; currency: string }
	| { type: 'exportSegment'; requestId: number; datasetId: number; settings: AnalysisSettings; segment: SegmentId };

export interface AnalysisTimings {
	loadMs: number;
	computeMs: number;
}

export type FromAnalysisWorker =
	| { type: 'analysed'; requestId: number; datasetId: number; analysis: Analysis; timings: AnalysisTimings }
	| { type: 'segmentCsv'; requestId: number; parts: string[]; count: number }
	| { type: 'failed'; requestId: number; reason: 'notFound' | 'summaryOnly' | 'failed'; detail?: string };
