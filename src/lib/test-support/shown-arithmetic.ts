/**
 * Reads the arithmetic a page shows ("1 − (1 − 0.1429)^12 = 1 − 0.1573 = 84.27%", "€46.12 × 2.7343 ×
 * 2 = €252.19") back from its text, in English, and says which steps the numbers as shown do not
 * give: the reader can only work a step again from the numbers printed in it. For tests.
 *
 * Two sides of an "=" (or two consecutive steps of a calculator's math) agree when, read as
 * expressions, the left side worked from its shown numbers gives each number on the right as that
 * number is rounded: side by side where both have the same form (`a − b` and `a' − b'`: `a` must
 * round to `a'`, so "60 / 115 × 100 − … = 52.18 − …" is caught even when the difference adds up),
 * else as a whole, to within half a unit of the right side's most precise number.
 */

type Node =
	| { kind: 'number'; value: number; /** decimals as shown */ decimals: number; percent: boolean }
	| { kind: 'unary'; op: '-' | '+'; arg: Node }
	| { kind: 'binary'; op: '+' | '-' | '*' | '/' | '^'; left: Node; right: Node };

type Token = { kind: 'number'; text: string; percent: boolean } | { kind: 'op'; op: string } | { kind: 'word' };

const OPS: Record<string, string> = {
	'+': '+',
	'−': '-',
	'-': '-',
	'×': '*',
	'*': '*',
	'/': '/',
	'÷': '/',
	'^': '^',
	'(': '(',
	')': ')'
};

/** Splits a text into numbers (currency signs and grouping dropped), operators and words. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const pattern =
		/(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s?%)?|([+−\-×*/÷^()])|(US\$|A\$|C\$|[€£$¥₽])|([^\s\d+−\-×*/÷^()€£$¥₽]+)/gu;
	for (const match of text.matchAll(pattern)) {
		if (match[1]) tokens.push({ kind: 'number', text: match[1].replaceAll(',', ''), percent: Boolean(match[2]) });
		else if (match[3]) tokens.push({ kind: 'op', op: OPS[match[3]] });
		else if (match[4]) continue;
		else {
			// Sentence punctuation after a number ("= €46.12.", "= 6.09,") is not a word of the expression.
			const word = match[5].replace(/^[.,:;]+|[.,:;]+$/g, '');
			tokens.push(word === '' ? { kind: 'op', op: 'stop' } : { kind: 'word' });
		}
	}
	return tokens;
}

/** An expression of the tokens, or null when they are not one whole expression of numbers. */
export function parse(tokens: readonly Token[]): Node | null {
	let at = 0;
	const peek = () => tokens[at];
	const isOp = (op: string) => peek()?.kind === 'op' && (peek() as { op: string }).op === op;
	function primary(): Node | null {
		const token = peek();
		if (!token) return null;
		if (token.kind === 'number') {
			at++;
			const decimals = token.text.includes('.') ? token.text.split('.')[1].length : 0;
			const value = Number(token.text);
			return { kind: 'number', value: token.percent ? value / 100 : value, decimals, percent: token.percent };
		}
		if (isOp('(')) {
			at++;
			const inner = sum();
			if (!inner || !isOp(')')) return null;
			at++;
			return inner;
		}
		if (isOp('-') || isOp('+')) {
			const op = (token as { op: '-' | '+' }).op;
			at++;
			const arg = power();
			return arg && { kind: 'unary', op, arg };
		}
		return null;
	}
	function power(): Node | null {
		const base = primary();
		if (!base || !isOp('^')) return base;
		at++;
		const exponent = power();
		return exponent && { kind: 'binary', op: '^', left: base, right: exponent };
	}
	function product(): Node | null {
		let left = power();
		while (left && (isOp('*') || isOp('/'))) {
			const op = (peek() as { op: '*' | '/' }).op;
			at++;
			const right = power();
			left = right && { kind: 'binary', op, left, right };
		}
		return left;
	}
	function sum(): Node | null {
		let left = product();
		while (left && (isOp('+') || isOp('-'))) {
			const op = (peek() as { op: '+' | '-' }).op;
			at++;
			const right = product();
			left = right && { kind: 'binary', op, left, right };
		}
		return left;
	}
	const node = sum();
	return node && at === tokens.length ? node : null;
}

export function evaluate(node: Node): number {
	if (node.kind === 'number') return node.value;
	if (node.kind === 'unary') return node.op === '-' ? -evaluate(node.arg) : evaluate(node.arg);
	const [a, b] = [evaluate(node.left), evaluate(node.right)];
	if (node.op === '+') return a + b;
	if (node.op === '-') return a - b;
	if (node.op === '*') return a * b;
	if (node.op === '/') return a / b;
	return a ** b;
}

/** Half a unit of a number's last shown decimal, as a value (a percentage's in its fraction). */
function halfUnit(node: Node & { kind: 'number' }): number {
	return 0.5 * 10 ** -(node.decimals + (node.percent ? 2 : 0));
}

/** The finest half unit among a side's numbers. */
function finestHalfUnit(node: Node): number {
	if (node.kind === 'number') return halfUnit(node);
	if (node.kind === 'unary') return finestHalfUnit(node.arg);
	return Math.min(finestHalfUnit(node.left), finestHalfUnit(node.right));
}

const within = (value: number, shown: number, half: number) =>
	Math.abs(value - shown) <= half * (1 + 1e-9) + 1e-12 * Math.max(1, Math.abs(shown));

/** Why `left` worked from its shown numbers does not give `right` as shown; null when it does. */
function disagreement(left: Node, right: Node): string | null {
	if (right.kind === 'number') {
		const value = evaluate(left);
		const half = halfUnit(right);
		// "7 / 49 × 100 = 14.29%": a percentage is also written as its number of hundredths.
		if (within(value, right.value, half) || (right.percent && within(value / 100, right.value, half))) return null;
		return `${value} is not ${right.value} (±${half})`;
	}
	if (right.kind === 'unary' && left.kind === 'unary' && right.op === left.op)
		return disagreement(left.arg, right.arg);
	if (right.kind === 'unary' && right.op === '+') return disagreement(left, right.arg);
	if (right.kind === 'binary' && left.kind === 'binary' && left.op === right.op) {
		const sides = [disagreement(left.left, right.left), disagreement(left.right, right.right)];
		return sides.find((side) => side !== null) ?? null;
	}
	const [value, shown, half] = [evaluate(left), evaluate(right), finestHalfUnit(right)];
	return within(value, shown, half) ? null : `${value} is not ${shown} (±${half})`;
}

/** An expression read from the text, or null. */
export function expressionOf(text: string): Node | null {
	return parse(tokenize(text).filter((token) => !(token.kind === 'op' && token.op === 'stop')));
}

/**
 * The steps of a calculation (each a text; those with words, such as a formula in letters, are
 * passed over) that the one before does not give, each with why.
 */
export function stepsThatDoNotAddUp(steps: readonly string[]): string[] {
	const problems: string[] = [];
	let before: { text: string; node: Node } | null = null;
	for (const text of steps) {
		const node = expressionOf(text);
		if (!node) {
			before = null;
			continue;
		}
		if (before) {
			const why = disagreement(before.node, node);
			if (why) problems.push(`"${before.text} = ${text}": ${why}`);
		}
		before = { text, node };
	}
	return problems;
}

/** The longest run of tokens at the end (or start) of a text that is a whole expression of numbers. */
function expressionAtEdge(tokens: readonly Token[], end: boolean): Node | null {
	for (let length = tokens.length; length > 0; length--) {
		const run = end ? tokens.slice(tokens.length - length) : tokens.slice(0, length);
		if (run.some((token) => token.kind === 'word' || (token.kind === 'op' && token.op === 'stop'))) continue;
		// A run that an operator joins to words ("(E − N) ÷ S × 100") is no expression of numbers alone.
		const next = end ? tokens[tokens.length - length - 1] : tokens[length];
		if (next?.kind === 'op' && next.op !== 'stop' && next.op !== (end ? '(' : ')') && next.op !== (end ? ')' : '('))
			continue;
		const node = parse(run);
		if (node) return node;
	}
	return null;
}

/**
 * The chains "… = a = b = c …" of a sentence: each pair of sides around an "=" that are both
 * numbers or expressions of numbers, which do not agree, each with why.
 */
export function equalitiesThatDoNotHold(sentence: string): string[] {
	const pieces = sentence.split(/\s=\s/);
	const problems: string[] = [];
	for (let i = 0; i + 1 < pieces.length; i++) {
		const leftTokens = tokenize(pieces[i]);
		const rightTokens = tokenize(pieces[i + 1]);
		const left = expressionAtEdge(leftTokens, true);
		// The right side up to its first word or stop ("= €46.12. The formula", "= 6.09 (orders").
		const cut = rightTokens.findIndex(
			(token) => token.kind === 'word' || (token.kind === 'op' && token.op === 'stop')
		);
		const ahead = cut < 0 ? rightTokens : rightTokens.slice(0, cut);
		// (An opening bracket before the first word opens the words: "= 6.09 (orders per customer".)
		while (ahead.length > 0 && ahead[ahead.length - 1].kind === 'op' && (ahead.at(-1) as { op: string }).op === '(')
			ahead.pop();
		const right = ahead.length > 0 ? parse(ahead) : null;
		if (!left || !right) continue;
		const why = disagreement(left, right);
		if (why) problems.push(`"${pieces[i]} = ${pieces[i + 1]}": ${why}`);
	}
	return problems;
}
