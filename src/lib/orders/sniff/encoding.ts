/**
 * Guessing a CSV file's text encoding from its first bytes.
 *
 * Shops in the seeds' countries export UTF-8 (with or without a byte-order mark), UTF-16 (Excel's
 * "Unicode text"), and the legacy code pages windows-1251 (Cyrillic; older Unix and 1C systems
 * write KOI8-R), windows-1257 (Baltic),
 * windows-1252 (Western), GB18030/GBK (Chinese) and Big5 (Traditional Chinese: Excel's CSV on a
 * Taiwanese or Hong Kong Windows); shops in Czechia, Slovakia, Poland and Hungary
 * (Shoptet's default export, older Polish ERPs) write windows-1250 (Central European).
 * A BOM settles it; otherwise valid UTF-8 wins
 * (legacy text is almost never valid UTF-8), and the legacy code pages are told apart by how
 * plausible their decoded text is: letters of the expected script, in the shapes that script
 * takes (Cyrillic and Chinese come in runs of non-ASCII characters, Western and Baltic accents
 * sit alone inside ASCII words).
 */

export type TextEncoding =
	| 'utf-8'
	| 'utf-16le'
	| 'utf-16be'
	| 'windows-1251'
	| 'koi8-r'
	| 'windows-1257'
	| 'windows-1252'
	| 'windows-1250'
	| 'gb18030'
	| 'big5';

export const TEXT_ENCODINGS: readonly TextEncoding[] = [
	'utf-8',
	'utf-16le',
	'utf-16be',
	'windows-1251',
	'koi8-r',
	'windows-1257',
	'windows-1252',
	'windows-1250',
	'gb18030',
	'big5'
];

/** The code pages told apart by how plausible their text is, in the order a tie is decided in. */
const LEGACY_ENCODINGS = TEXT_ENCODINGS.filter((encoding) => !encoding.startsWith('utf-'));

export interface EncodingGuess {
	encoding: TextEncoding;
	/** Bytes of byte-order mark to skip. */
	bomLength: number;
	/** How the guess was made, for the report. */
	basis: 'bom' | 'utf16-pattern' | 'valid-utf8' | 'ascii' | 'scored';
}

export function isTextEncoding(value: unknown): value is TextEncoding {
	return typeof value === 'string' && (TEXT_ENCODINGS as readonly string[]).includes(value);
}

export function guessEncoding(bytes: Uint8Array): EncodingGuess {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { encoding: 'utf-8', bomLength: 3, basis: 'bom' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, basis: 'bom' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, basis: 'bom' };

	const utf16 = utf16Pattern(bytes);
	if (utf16) return { encoding: utf16, bomLength: 0, basis: 'utf16-pattern' };

	if (!bytes.some((b) => b >= 0x80)) return { encoding: 'utf-8', bomLength: 0, basis: 'ascii' };
	if (isValidUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0, basis: 'valid-utf8' };

	let best: TextEncoding = 'windows-1252';
	let bestScore = -Infinity;
	const chinese = mostlyChinesePairs(bytes);
	const traditional = mostlyBig5Pairs(bytes);
	// Read once: windows-1250's signs are looked for in it, and it is scored as a candidate itself.
	const western = new TextDecoder('windows-1252').decode(bytes);
	const centralEuropean = centralEuropeanSigns(western);
	// windows-1250 after windows-1252: where they score alike (German, whose letters both share), Western.
	for (const encoding of LEGACY_ENCODINGS) {
		if (encoding === 'gb18030' && !chinese) continue;
		if (encoding === 'big5' && !traditional) continue;
		if (encoding === 'windows-1250' && !centralEuropean) continue;
		const text = encoding === 'windows-1252' ? western : new TextDecoder(encoding).decode(bytes);
		const score = plausibility(text, encoding);
		if (score > bestScore) {
			bestScore = score;
			best = encoding;
		}
	}
	return { encoding: best, bomLength: 0, basis: 'scored' };
}

/**
 * Whether the bytes read as GB18030 would be mostly real Chinese: in GB2312's characters (nearly
 * all of any Chinese text) both bytes are 0xA1 or above. A single-byte code page's accented letter
 * before an ASCII letter also makes a GBK pair ("ģi" in Latvian's "Reģistrācijas": 靑), but one
 * whose second byte is ASCII; where over a quarter of the pairs are such, the text is not Chinese.
 */
function mostlyChinesePairs(bytes: Uint8Array): boolean {
	let pairs = 0;
	let asciiSecond = 0;
	for (let i = 0; i < bytes.length - 1;) {
		const lead = bytes[i];
		if (lead < 0x81 || lead > 0xfe) {
			i++;
			continue;
		}
		const second = bytes[i + 1];
		pairs++;
		// A four-byte GB18030 sequence has a digit second; a GBK pair a byte of 0x40 or above.
		if (second >= 0x30 && second <= 0x39) {
			i += 4;
			continue;
		}
		if (second < 0x80) asciiSecond++;
		i += 2;
	}
	return pairs > 0 && asciiSecond <= pairs / 4;
}

/**
 * Whether the bytes are mostly Big5 pairs: a lead byte 0xA1-0xF9 (its characters' range) and a
 * trail byte 0x40-0x7E or 0xA1-0xFE. Half of Big5's trail bytes are ASCII ones (the test above
 * would say not Chinese). Other code pages' text passes too (a Latvian "ģi" is a pair); they are
 * told apart by their scores, as Big5 reads them as rare characters.
 */
function mostlyBig5Pairs(bytes: Uint8Array): boolean {
	let pairs = 0;
	let invalid = 0;
	let smallLetterTrail = 0;
	for (let i = 0; i < bytes.length - 1; i++) {
		const lead = bytes[i];
		if (lead < 0x80) continue;
		const trail = bytes[i + 1];
		pairs++;
		if (lead < 0xa1 || lead > 0xf9 || !((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe)))
			invalid++;
		if (trail >= 0x61 && trail <= 0x7a) smallLetterTrail++;
		i++;
	}
	// An accented letter inside a word is followed by a small letter ("João", "Wrocław"): nearly
	// every "pair" of Western or Central European text is so, about one in six of Big5's.
	return pairs >= 2 && invalid <= pairs / 10 && smallLetterTrail < pairs * 0.7;
}

/**
 * In windows-1250 text read as windows-1252, the letters that tell it: Polish "ł ą ż ś ź" become
 * "³ ¹ ¿ œ Ÿ", which no Western word holds after a letter; Czech "ě ů ň" become "ì ù ò", which
 * Italian writes at a word's end, not inside it ("Budìjovice"); Czech runs of accents ("ří", "íč")
 * become runs no Western language writes ("øí", "íè"); and "Č" at a word's start becomes "È"
 * before a small letter ("Èeská"). Enough of them, among the letters the two code pages read
 * apart, and windows-1250 is a candidate. (Latvian read as windows-1252 shows some too; its own
 * code page still scores higher, see `plausibility`.)
 */
function centralEuropeanSigns(text: string): boolean {
	const apart = readApart();
	let signs = 0;
	let differing = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80 || !apart.has(text[i])) continue;
		differing++;
		const before = text.charCodeAt(i - 1);
		const after = text.charCodeAt(i + 1);
		const ch = text[i];
		if (POLISH_AS_WESTERN.has(ch)) {
			if (polishLetterInWord(text, i)) signs++;
		} else if ('ìùò'.includes(ch) && isLatinLetter(after)) signs++;
		else if ('øèìòùï'.includes(ch) && (isAccented(before) || isAccented(after))) signs++;
		else if (ch === 'È' && !isLetterCode(before) && after >= 0x61 && after <= 0x7a) signs++;
	}
	return signs >= 2 && signs >= differing / 4;
}

/**
 * What windows-1252 makes of the bytes that windows-1250 reads as another letter. Made on the
 * first legacy file, not when the module loads: the review's page imports this module for its list
 * of encodings.
 */
let readApartSet: Set<string> | null = null;

function readApart(): Set<string> {
	if (readApartSet) return readApartSet;
	const western = new TextDecoder('windows-1252');
	const central = new TextDecoder('windows-1250');
	const apart = new Set<string>();
	for (let b = 0x80; b < 0x100; b++) {
		const byte = new Uint8Array([b]);
		const asWestern = western.decode(byte);
		if (asWestern !== central.decode(byte)) apart.add(asWestern);
	}
	return (readApartSet = apart);
}

/**
 * Windows-1252's reading of ł ą ż ľ ś ź ť (small) and Ś Ź Ą Ż Ľ Ť Ł (capitals): no Western word has
 * them inside it (ş, read "º", is left out: Spanish and Portuguese write "Nº").
 */
const POLISH_AS_WESTERN = new Set('³¹¿¾œŸ\u009dŒ\u008f¥¯¼\u008d£');
const POLISH_CAPITALS_AS_WESTERN = new Set('Œ\u008f¥¯¼\u008d£');

/**
 * Whether the character at `i`, one of POLISH_AS_WESTERN, stands where a Polish letter would and a
 * Western sign would not. A capital ("£ódŸ": Łódź) starts a word, a letter after it, where "£ 5" and
 * "¥100" have none. A small letter follows one ("Micha³"); but "³" and "¹" also end units and
 * footnotes ("10 m³", "cm³", "Price¹"): those two count with a letter after them, or three letters
 * before them.
 */
function polishLetterInWord(text: string, i: number): boolean {
	const ch = text[i];
	const after = text.charCodeAt(i + 1);
	if (POLISH_CAPITALS_AS_WESTERN.has(ch)) return isLetterCode(after);
	if (!isLetterCode(text.charCodeAt(i - 1))) return false;
	if (ch !== '³' && ch !== '¹') return true;
	return isLetterCode(after) || (isLetterCode(text.charCodeAt(i - 2)) && isLetterCode(text.charCodeAt(i - 3)));
}

function isAccented(code: number): boolean {
	return code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7;
}

function isLetterCode(code: number): boolean {
	return isLatinLetter(code) || isAccented(code);
}

/** UTF-16 text of mostly ASCII characters has a zero byte in every other position. */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
	return null;
}

/** Strict UTF-8 check that forgives a sequence cut off at the end of the sample. */
function isValidUtf8(bytes: Uint8Array): boolean {
	let end = bytes.length;
	// Step back over a trailing multi-byte sequence that the sample may have cut in two.
	for (let back = 1; back <= 3 && end - back >= 0; back++) {
		const b = bytes[end - back];
		if ((b & 0xc0) === 0x80) continue; // continuation byte
		if (b >= 0xc0) {
			const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
			if (need > back) end -= back;
		}
		break;
	}
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
		return true;
	} catch {
		return false;
	}
}

// Also the signs and the German ß windows-1250 shares with windows-1252, which a Czech or Polish
// file may hold. Not ç: Latvian ē read as windows-1250 is ç, and Latvian must stay windows-1257.
const CENTRAL_EUROPEAN = new Set('áäčďéěíĺľňóôőŕřšťúůűýžąćęłńśźżÁÄČĎÉĚÍĹĽŇÓÔŐŔŘŠŤÚŮŰÝŽĄĆĘŁŃŚŹŻöüÖÜß€„“”‘’–—°');
// With the euro sign, quotes and dashes windows-1257 has: "12,50 €" in a Latvian file, scored
// against it, had made windows-1252 (which has them too) win in the browser.
const BALTIC = new Set('āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽąęėįųĄĘĖĮŲõäöüÕÄÖÜ€„“”‘’–—…');
/**
 * Baltic letters windows-1252 reads the same (Finnish, German, Swedish and Estonian share them):
 * text with only these is Western, where the two code pages read it alike anyway.
 */
const SHARED_WITH_WESTERN = new Set('õäöüÕÄÖÜ');
/** Signs windows-1251 has beside its letters, common in Russian shop text ("Свеча «Лаванда»", "№"). */
const CYRILLIC_TYPOGRAPHY = new Set('«»№€„“”‘’–—…');
const WESTERN = new Set('àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒ€£’‘“”–—°«»…');
const CJK_PUNCTUATION = new Set('，。、：；？！“”‘’（）《》【】￥');

/**
 * A score per non-ASCII character: how likely the decoded text is to be real text in the
 * encoding's script. Characters in runs (two or more non-ASCII in a row) count for scripts
 * that write whole words outside ASCII, and against those that don't.
 */
function plausibility(text: string, encoding: TextEncoding): number {
	let score = 0;
	let nonAscii = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		const code = ch.charCodeAt(0);
		if (code < 0x80) continue;
		nonAscii++;
		if (code === 0xfffd) {
			score -= 4;
			continue;
		}
		const inRun = text.charCodeAt(i - 1) >= 0x80 || text.charCodeAt(i + 1) >= 0x80;
		switch (encoding) {
			case 'windows-1251':
			case 'koi8-r':
				// A Cyrillic letter inside a word of Latin letters is another script's letter misread
				// (Latvian "Kredītrēķins" as "Kredоtrзkins"); a capital after a small letter is the other
				// Cyrillic code page's text misread (KOI8-R's "Номер" read as windows-1251: "оПНЕТ").
				if (isCyrillicLetter(code))
					score += besideLatinLetter(text, i) ? -0.5 : capitalAfterSmall(text, i) ? -1 : inRun ? 1 : 0.2;
				else if (CYRILLIC_TYPOGRAPHY.has(ch)) score += 0.5;
				else score -= 1;
				break;
			case 'gb18030':
			case 'big5':
				// Each character took two bytes, so it earns two bytes' worth. Either code page reads the
				// other's bytes as characters too, but seldom as common ones (of its own script).
				if (code >= 0x4e00 && code <= 0x9fff) score += isCommonHan(code, encoding) ? 2 : 0.6;
				else if (CJK_PUNCTUATION.has(ch)) score += 2;
				// Russian names in a Chinese shop's GBK file (its Cyrillic takes two bytes, 0xA7 first),
				// where Big5 reads the same bytes as rare characters (QA: "Иван" read as "卼帡…"). Only a
				// word of four letters or more: Big5's common characters misread as GBK make short ones.
				else if (encoding === 'gb18030' && isCyrillicLetter(code) && inCyrillicWord(text, i)) score += 1.5;
				// A yen sign of GB18030's own (four bytes there, "81 30 84 36", which Big5 has no
				// reading of): an amount's, written as Chinese shops do ("¥125.00").
				else if (ch === '¥' && encoding === 'gb18030') score += 2;
				else score -= 2;
				break;
			case 'windows-1257':
				// Latvian and Lithuanian letters stand mostly alone in a word, sometimes two together ("rēķins").
				// But "ė" after a vowel is a Western "ë" misread: Dutch and French write it there ("Zoë",
				// "Daniëls", "Noël"), Lithuanian after a consonant.
				if ((ch === 'ė' || ch === 'Ė') && isVowel(text.charCodeAt(i - 1)) && !prefixedVerb(text, i)) score -= 1;
				else if (BALTIC.has(ch)) score += inRun ? 0.5 : SHARED_WITH_WESTERN.has(ch) ? 0.98 : 1.05;
				else score -= 1;
				break;
			case 'windows-1252':
				// (Portuguese writes two together: "ção", "ções", "põe".)
				if (WESTERN.has(ch)) score += inRun && !portuguesePair(text, i) ? 0.1 : 1;
				else score -= 1;
				break;
			case 'windows-1250':
				// A candidate only with Central European signs (see centralEuropeanSigns): Czech and
				// Slovak write accents together ("příliš"), so runs count in full.
				if (CENTRAL_EUROPEAN.has(ch)) score += 1.05;
				else score -= 1;
				break;
			default:
				break;
		}
	}
	return nonAscii === 0 ? 0 : score / nonAscii;
}

/** Whether the character at `i` is half of Portuguese's "çã" or "çõ" ("ação", "ações"). */
function portuguesePair(text: string, i: number): boolean {
	const pair = (at: number) => PORTUGUESE_PAIRS.has(text.slice(at, at + 2).toLowerCase());
	return pair(i - 1) || pair(i);
}
const PORTUGUESE_PAIRS = new Set(['çã', 'çõ']);

/**
 * Russian's letters, and those Ukrainian and Belarusian add (є і ї ґ ў: windows-1251 has them,
 * KOI8-R not, which reads their bytes as Russian capitals).
 */
function isCyrillicLetter(code: number): boolean {
	return (code >= 0x410 && code <= 0x44f) || UKRAINIAN_AND_BELARUSIAN.has(code) || code === 0x401 || code === 0x451;
}
const UKRAINIAN_AND_BELARUSIAN = new Set([0x404, 0x406, 0x407, 0x40e, 0x454, 0x456, 0x457, 0x45e, 0x490, 0x491]);

/**
 * Whether the Cyrillic letter at `i` is in a run of four or more (a name, "Иван"): Big5's common
 * characters read as GBK make Cyrillic letters too (我 把 找 快 完 批 改…), seldom four in a row.
 */
function inCyrillicWord(text: string, i: number): boolean {
	let from = i;
	while (from > 0 && isCyrillicLetter(text.charCodeAt(from - 1))) from--;
	let to = i + 1;
	while (to < text.length && isCyrillicLetter(text.charCodeAt(to))) to++;
	return to - from >= 4;
}

/** Whether the character at `i` is a Cyrillic capital after a small Cyrillic letter. */
function capitalAfterSmall(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	const before = text.charCodeAt(i - 1);
	const capital = (code >= 0x410 && code <= 0x42f) || code === 0x401;
	return capital && ((before >= 0x430 && before <= 0x44f) || before === 0x451);
}

/** Whether the character at `i` has a Latin letter (A-Z, a-z) on either side. */
function besideLatinLetter(text: string, i: number): boolean {
	return isLatinLetter(text.charCodeAt(i - 1)) || isLatinLetter(text.charCodeAt(i + 1));
}

/**
 * Whether the "ė" at `i` starts a Lithuanian verb's stem after a prefix ("atsiėmimas", "priėmimo",
 * "paėjo": ė then m or j), which Dutch and French "ë" never is ("Zoë", "Daniëls", "ideeën").
 */
function prefixedVerb(text: string, i: number): boolean {
	const next = text[i + 1];
	return next === 'm' || next === 'j';
}

function isVowel(code: number): boolean {
	return 'aeiouyAEIOUY'.includes(String.fromCharCode(code));
}

function isLatinLetter(code: number): boolean {
	return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The most frequent Chinese characters (roughly the top 400 by corpus frequency), which make up
 * most of any real Chinese text and rarely appear when other bytes are misread as GBK.
 */
const COMMON_HAN = new Set(
	'的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单客订价买卖顾户留购'
		.split('')
		.map((c) => c.charCodeAt(0))
);

/**
 * The same most frequent characters in their traditional forms (Taiwan, Hong Kong), with a shop
 * export's words (訂單, 金額, 買家, 運費, 數量, 會員, 電話, 狀態…).
 */
const COMMON_HAN_TRADITIONAL = new Set(
	'的一是不了人我在有他這中大來上個國到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍產入先山五太水萬市眼體別處總才場師書比住員九笑性通目華報立馬命張活難神數件安表原車白應路期叫死常提感金何更反合放做系計或司利受光王果親界及今京務制解各任至清物台臺象記邊共風戰干接它許八特覺望直服毛林題建南度統色字請交愛讓認算論百吃義科怎元社術結六功指思非流每青管夫連遠資隊跟帶花快條院變聯言權往展該領傳近留紅治決周保達辦運武半候七必城父強步完革深區即求品士轉量空甚眾技輕程告江語英基派滿式李息寫呢識極令黃德收臉錢黨倒未持取設始版雙歷越史商千片容研像找友孩站廣改議形委早房音火際則首單客訂價買賣顧戶購額郵寄費款狀態碼編號姓址貨'
		.split('')
		.map((c) => c.charCodeAt(0))
);

function isCommonHan(code: number, encoding: 'gb18030' | 'big5'): boolean {
	return (encoding === 'big5' ? COMMON_HAN_TRADITIONAL : COMMON_HAN).has(code);
}

/**
 * The offset of the first byte that breaks UTF-8 (a stray continuation byte, a lead byte without
 * its continuations, an overlong or surrogate form), or -1. A sequence cut off by the end of the
 * sample is not counted.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	const n = bytes.length;
	let i = 0;
	while (i < n) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (need < 0) return i;
		if (i + need >= n) {
			// Cut off by the end of the sample: fine if what is there continues it.
			for (let k = i + 1; k < n; k++) if ((bytes[k] & 0xc0) !== 0x80) return i;
			return -1;
		}
		for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
		const second = bytes[i + 1];
		if (
			(b === 0xe0 && second < 0xa0) ||
			(b === 0xed && second > 0x9f) ||
			(b === 0xf0 && second < 0x90) ||
			(b === 0xf4 && second > 0x8f)
		) {
			return i;
		}
		i += need + 1;
	}
	return -1;
}
