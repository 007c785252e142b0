// Node 20's TextDecoder reads "windows-1252" as ISO-8859-1: bytes 0x80-0x9F become C1 control
// characters, where every browser (the WHATWG Encoding Standard) reads "€", "‚", "„", "Š", "’" and
// the rest. The sniff weighs those characters, so the node tests guessed another encoding than the
// browser for the same file (the Latvian fixture: windows-1257 here, windows-1252 in Chromium).
// Every test runs with a TextDecoder that reads windows-1252 as the browser does.
const C1_AS_WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const NodeTextDecoder = globalThis.TextDecoder;
const WINDOWS_1252_LABELS = new Set([
	'windows-1252',
	'cp1252',
	'x-cp1252',
	'latin1',
	'iso-8859-1',
	'ascii',
	'us-ascii'
]);

if (new NodeTextDecoder('windows-1252').decode(new Uint8Array([0x80])) !== '€') {
	class BrowserTextDecoder extends NodeTextDecoder {
		readonly #windows1252: boolean;
		constructor(label = 'utf-8', options?: TextDecoderOptions) {
			super(label, options);
			this.#windows1252 = WINDOWS_1252_LABELS.has(label.trim().toLowerCase());
		}
		override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
			const text = super.decode(input, options);
			if (!this.#windows1252) return text;
			return text.replace(/[\u0080-\u009f]/g, (c) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80]);
		}
	}
	globalThis.TextDecoder = BrowserTextDecoder;
}
