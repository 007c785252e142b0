import type { AmountMode, ColumnMapping, LayoutId } from './layouts';
import type { DateOrder } from './sniff/dates';
import type { Delimiter, Newline } from './sniff/delimiter';
import type { TextEncoding } from './sniff/encoding';
import type { DecimalSeparator } from './sniff/numbers';
import type { ImportWarning, RowRef } from './report';

/** Everything needed to read one file: what was sniffed, what the user confirmed or changed. */
export interface FilePlan {
	name: string;
	size: number;
	layout: LayoutId;
	hasHeader: boolean;
	mapping: ColumnMapping;
	amountMode: AmountMode;
	encoding: TextEncoding;
	bomLength: number;
	delimiter: Delimiter;
	newline: Newline;
	decimal: DecimalSeparator;
	dateOrder: DateOrder;
	dateOrderBasis: 'data' | 'default' | 'user' | 'not-needed';
	dateOrderDecidedBy: RowRef | null;
	/** Time unit of a per-customer summary file's recency and T. */
	summaryUnit?: 'days' | 'weeks' | 'months';
	/** Rows the file probably has (its size over the sampled bytes per row), to size buffers. */
	estimatedRows?: number;
	/** What the inspection noticed that the report should repeat (e.g. mixed date styles). */
	warnings?: ImportWarning[];
}
