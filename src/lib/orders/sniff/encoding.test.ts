import { describe, expect, it } from 'vitest';
import { guessEncoding, type TextEncoding } from './encoding';

/** Encodes text in a single-byte code page by inverting TextDecoder's table. */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
	const decoder = new TextDecoder(encoding);
	const table = new Map<string, number>();
	for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
	return Uint8Array.from(
		[...text].map((ch) => {
			const b = table.get(ch);
			if (b === undefined) throw new Error(`${ch} not in ${encoding}`);
			return b;
		})
	);
}

function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	const view = new DataView(out.buffer);
	let offset = 0;
	if (bom) {
		view.setUint16(0, 0xfeff, littleEndian);
		offset = 2;
	}
	for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
	return out;
}

const russian =
	'Номер заказа;Клиент;Дата;Сумма\n1001;Иванов Пётр;05.01.2023;1 250,00\n1002;Смирнова Анна;06.01.2023;980,50\n';
const latvian =
	'Pasūtījums;Klients;Datums;Summa\n1;Jānis Bērziņš;05.01.2023;12,50\n2;Līga Ķēniņa;06.01.2023;7,20\n3;Pēteris Šņore;07.01.2023;3,10\n';
const western =
	'Order;Customer;Date;Total\n1;François Müller;05/01/2023;12,50\n2;José Peña;06/01/2023;7,20\n3;Zoë Ångström;07/01/2023;3,10\n';
// Shoptet's export (Czech): statuses, names, cities and products as a Czech shop writes them.
const czech =
	'code;date;statusName;email;billFullName;billCity;orderItemName;priceToPay\n' +
	'2024000001;2024-01-04;Vyřízena;jan.novak@seznam.cz;Jan Novák;Praha;Hrnek keramický, modrý;641,30\n' +
	'2024000002;2024-01-07;Vyřízena;petra.svobodova@email.cz;Petra Svobodová;České Budějovice;Čajová konvice;1168,00\n' +
	'2024000003;2024-01-09;Stornována;martin.prochazka@email.cz;Martin Procházka;Plzeň;Dárková sada;350,00\n' +
	'2024000004;2024-01-12;Nevyřízená;jan.novak@seznam.cz;Jan Novák;Přerov;Převodem;900,00\n';
const polish =
	'Numer zamówienia;Klient;Miasto;Data;Kwota\n1;Michał Łukaszewski;Łódź;05.01.2024;120,50\n' +
	'2;Agnieszka Wójcik;Kraków;06.01.2024;89,99\n3;Paweł Żółkiewski;Gdańsk;07.01.2024;45,00\n';
// Western text with the letters windows-1250 reads otherwise: Italian accents at a word's end,
// Danish ø, French è à ê, Spanish ¿ ñ and "Nº". Each must stay windows-1252.
const westernLookalikes =
	'Pedido Nº;Cliente;Città;Prodotto;Totale\n1;Niccolò Rossi;Forlì;Più caffè;12,50\n' +
	'2;Søren Jørgensen;København;Smørrebrød;7,20\n3;Hélène Lefèvre;Besançon;Crème brûlée à la carte;3,10\n' +
	'4;Begoña Muñoz;España;¿Qué tal? señal;9,90\n5;Jürgen Weiß;Düsseldorf;Größe über;4,00\n';
// A German hardware shop's units: "m³" and "cm³" after a letter, and nothing else read apart.
const germanUnits =
	'Bestellnummer;Kunde;Artikel;Summe\n1;Jürgen Weiß;Sand 1 m³;49,90\n2;Jürgen Weiß;Kies 2 m³;89,90\n' +
	'3;Anna Müller;Dose 500 cm³;4,50\n4;Anna Müller;Größe 10 dm³;7,00\n';
// Dutch and French write "ë" after a vowel; windows-1257 reads its byte as Lithuanian "ė".
const dutch =
	'Bestelnummer;Klant;Plaats;Totaal\n1;Zoë Daniëls;Zoetermeer;12,50\n2;Noël Loïs;België;7,20\n3;Zoë Daniëls;Zoetermeer;3,10\n';
// Lithuanian writes "ė" after a consonant: it stays windows-1257.
const lithuanian =
	'Užsakymas;Pirkėjas;Miestas;Suma\n1;Gėlė Žemaitė;Šiauliai;12,50\n2;Rūta Kėdainė;Kaunas;7,20\n3;Gėlė Žemaitė;Šiauliai;3,10\n';
const chinese =
	'订单号,客户,日期,金额\n1001,张伟,2023-01-05,125.00\n1002,王芳,2023-01-06,98.50\n1003,李娜,2023-01-07,66.00\n';

describe('guessEncoding', () => {
	it.each<[string, Uint8Array, TextEncoding, number]>([
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(russian)]), 'utf-8', 3],
		['UTF-8 without BOM', new TextEncoder().encode(russian), 'utf-8', 0],
		['plain ASCII', new TextEncoder().encode('a,b\n1,2\n'), 'utf-8', 0],
		['UTF-16 LE with BOM', encodeUtf16(latvian, true, true), 'utf-16le', 2],
		['UTF-16 BE with BOM', encodeUtf16(latvian, false, true), 'utf-16be', 2],
		['UTF-16 LE without BOM', encodeUtf16(western, true, false), 'utf-16le', 0],
		['windows-1251 Russian', encodeSingleByte(russian, 'windows-1251'), 'windows-1251', 0],
		['KOI8-R Russian (an older Unix or 1C export)', encodeSingleByte(russian, 'koi8-r'), 'koi8-r', 0],
		[
			'windows-1251 Ukrainian in small letters (KOI8-R reads і ї є as Russian capitals)',
			encodeSingleByte(
				'номер;покупець;місто;дата;сума\n1;іван;київ;05.01.2024;1250,00\n2;марія;львів;06.01.2024;980,50\n3;олексій;харків;07.01.2024;455,00\n',
				'windows-1251'
			),
			'windows-1251',
			0
		],
		[
			'windows-1251 Russian in capitals (KOI8-R reads them as small letters: a tie, windows-1251 first)',
			encodeSingleByte(russian.toUpperCase(), 'windows-1251'),
			'windows-1251',
			0
		],
		['windows-1257 Latvian', encodeSingleByte(latvian, 'windows-1257'), 'windows-1257', 0],
		[
			'windows-1257 Latvian invoices: accented letters before ASCII ones (a GBK pair each), some two together',
			encodeSingleByte(
				'Dokumenta Nr.;Dokumenta veids;Dokumenta datums;Partneris;Reģistrācijas Nr.;Summa bez PVN;PVN;Summa ar PVN;Valūta;Statuss;Apmaksas termiņš\n' +
					'PR-2024-001;Rēķins;03.01.2024;"SIA ""Koka Māja""";40003123456;1 250,00;262,50;1 512,50;EUR;Apmaksāts;17.01.2024\n' +
					'PR-2024-002;Rēķins;08.01.2024;"AS ""Rīgas Piens""";40003234567;3 400,00;714,00;4 114,00;EUR;Apmaksāts;22.01.2024\n' +
					'PR-2024-003;Rēķins;12.01.2024;"SIA ""Ābols""";40103345678;800,00;168,00;968,00;EUR;Anulēts;26.01.2024\n' +
					'PR-2024-004;Rēķins;19.01.2024;"SIA ""Koka Māja""";40003123456;2 100,00;441,00;2 541,00;EUR;Apmaksāts;02.02.2024\n' +
					'KR-2024-001;Kredītrēķins;25.01.2024;"SIA ""Koka Māja""";40003123456;-300,00;-63,00;-363,00;EUR;Apmaksāts;25.01.2024\n' +
					'PR-2024-005;Rēķins;02.02.2024;"IK ""Jānis Bērziņš""";12345678901;450,00;94,50;544,50;EUR;Daļēji apmaksāts;16.02.2024\n' +
					'PR-2024-006;Rēķins;09.02.2024;"AS ""Rīgas Piens""";40003234567;5 600,00;1 176,00;6 776,00;EUR;Apmaksāts;23.02.2024\n' +
					'PR-2024-007;Rēķins;16.02.2024;"SIA ""Zaļais Dārzs""";40003456789;980,00;205,80;1 185,80;EUR;Apmaksāts;01.03.2024\n' +
					'PR-2024-008;Rēķins;23.02.2024;"SIA ""Ābols""";40103345678;1 100,00;231,00;1 331,00;EUR;Apmaksāts;08.03.2024\n',
				'windows-1257'
			),
			'windows-1257',
			0
		],
		['windows-1252 Western', encodeSingleByte(western, 'windows-1252'), 'windows-1252', 0],
		['windows-1252 Dutch: its ë is no Lithuanian ė', encodeSingleByte(dutch, 'windows-1252'), 'windows-1252', 0],
		['windows-1257 Lithuanian', encodeSingleByte(lithuanian, 'windows-1257'), 'windows-1257', 0],
		[
			"windows-1257 Lithuanian: ė after a prefix's vowel (Atsiėmimas: pickup in store)",
			encodeSingleByte(
				'Order;Date;Email;Delivery;Total\n1;2023-02-01;a@x.lt;Atsiėmimas parduotuvėje;15\n2;2023-02-02;b@x.lt;Priėmimo punktas;12\n',
				'windows-1257'
			),
			'windows-1257',
			0
		],
		['windows-1250 Czech (Shoptet)', encodeSingleByte(czech, 'windows-1250'), 'windows-1250', 0],
		['windows-1250 Polish', encodeSingleByte(polish, 'windows-1250'), 'windows-1250', 0],
		[
			'windows-1252 Italian, Danish, French, Spanish and German: their accents are not Central European ones',
			encodeSingleByte(westernLookalikes, 'windows-1252'),
			'windows-1252',
			0
		],
		['windows-1252 German units (m³, cm³)', encodeSingleByte(germanUnits, 'windows-1252'), 'windows-1252', 0]
	])('%s', (_name, bytes, encoding, bomLength) => {
		const guess = guessEncoding(bytes);
		expect(guess.encoding).toBe(encoding);
		expect(guess.bomLength).toBe(bomLength);
	});

	it('recognises GB18030 Chinese', async () => {
		// Node's TextEncoder only writes UTF-8, so the GBK bytes are spelled out (from iconv -t GB18030).
		const gbk = Buffer.from(
			'b6a9b5a5bac52cbfcdbba72cc8d5c6da2cbdf0b6ee0a313030312cd5c5ceb02c323032332d30312d30352c3132352e30300a313030322ccdf5b7bc2c323032332d30312d30362c39382e35300a313030332cc0eec4c82c323032332d30312d30372c36362e30300a',
			'hex'
		);
		expect(new TextDecoder('gb18030').decode(gbk)).toBe(chinese);
		expect(guessEncoding(new Uint8Array(gbk)).encoding).toBe('gb18030');
	});

	it('recognises GB18030 whose amounts are written with a yen sign (¥, four bytes in GB18030)', () => {
		// (From Python's gb18030 codec.) Chinese only in the header, the sign in every row: read as
		// GB18030's own character, not as the stray bytes another code page would make of it.
		const gb = Buffer.from(
			'b6a9b5a5bac52cbfcdbba72ccfc2b5a5cab1bce42cbdf0b6ee0a313030312c6330406578616d706c652e636f6d2c32303234' +
				'2d30312d30352c813084363130302e35300a313030322c6331406578616d706c652e636f6d2c323032342d30312d30362c81' +
				'3084363130372e35300a313030332c6332406578616d706c652e636f6d2c323032342d30312d30372c813084363131342e35' +
				'300a313030342c6330406578616d706c652e636f6d2c323032342d30312d30382c813084363132312e35300a313030352c63' +
				'31406578616d706c652e636f6d2c323032342d30312d30392c813084363132382e35300a313030362c6332406578616d706c' +
				'652e636f6d2c323032342d30312d31302c813084363133352e35300a313030372c6330406578616d706c652e636f6d2c3230' +
				'32342d30312d31312c813084363134322e35300a313030382c6331406578616d706c652e636f6d2c323032342d30312d3132' +
				'2c813084363134392e35300a313030392c6332406578616d706c652e636f6d2c323032342d30312d31332c81308436313536' +
				'2e35300a313031302c6330406578616d706c652e636f6d2c323032342d30312d31342c813084363136332e35300a',
			'hex'
		);
		const text = new TextDecoder('gb18030').decode(gb);
		expect(text.split('\n').slice(0, 2)).toEqual([
			'订单号,客户,下单时间,金额',
			'1001,c0@example.com,2024-01-05,¥100.50'
		]);
		expect(guessEncoding(new Uint8Array(gb)).encoding).toBe('gb18030');
	});

	it('recognises Big5 Traditional Chinese, and tells it from GBK', () => {
		// Excel's CSV on a Taiwanese Windows (from Python's big5 codec): half its trail bytes are ASCII ones.
		const big5 = Buffer.from(
			'ad71b3e6b8b92cb652ae612cb66cbd632ca455b3e6aec9b6a12caaf7c3420a313030312cb169b0b62c7a77406578616d706c652e636f6d2c323032332d30312d30352c3132352e30300a313030322ca4fdaada2c7766406578616d706c652e636f6d2c323032332d30312d30362c39382e35300a313030332ca7f5ae522c6c6e406578616d706c652e636f6d2c323032332d30312d30372c36362e30300a',
			'hex'
		);
		expect(new TextDecoder('big5').decode(big5).split('\n')[0]).toBe('訂單號,買家,郵箱,下單時間,金額');
		expect(guessEncoding(new Uint8Array(big5)).encoding).toBe('big5');
	});

	it('recognises GBK with Russian names beside the Chinese ones, not as Big5 (QA)', () => {
		// (From Python's gbk codec.) Big5 reads the Cyrillic's bytes (A7 xx) as rare characters.
		const gbk = Buffer.from(
			'6f726465725f69642c637573746f6d65722c646174652c746f74616c0a312ccdf5ceb02c323032342d30312d31302c31302e30300a' +
				'322ca7aaa7d3a7d1a7df20a7b1a7d6a7e4a7e2a7e0a7d32c323032342d30322d31312c31302e30300a332cc0eec4c82c323032342d' +
				'30332d31322c31302e30300a342ca7aea7d1a7e2a7daa7f12c323032342d30342d31332c31302e30300a352ccdf5ceb02c323032342d' +
				'30352d31342c31302e30300a362ca7aaa7d3a7d1a7df20a7b1a7d6a7e4a7e2a7e0a7d32c323032342d30362d31352c31302e30300a' +
				'372cd5c5c3f42c323032342d30312d31362c31302e30300a382ca7b0a7dda7eea7d4a7d12c323032342d30322d31372c31302e30300a',
			'hex'
		);
		expect(new TextDecoder('gb18030').decode(gbk).split('\n').slice(1, 3)).toEqual([
			'1,王伟,2024-01-10,10.00',
			'2,Иван Петров,2024-02-11,10.00'
		]);
		expect(guessEncoding(new Uint8Array(gbk)).encoding).toBe('gb18030');
		// Big5's common characters whose bytes GBK reads as Cyrillic (快批改 as "еуэ"): still Big5.
		const big5 = Buffer.from(
			'6f726465725f69642c637573746f6d65722c646174652c746f74616c0a312ca7d6a7e5a7ef2c323032342d30312d31302c31302e' +
				'30300a322ca7b9a7bd2c323032342d30322d31312c31302e30300a',
			'hex'
		);
		expect(new TextDecoder('big5').decode(big5).split('\n')[1]).toBe('1,快批改,2024-01-10,10.00');
		expect(guessEncoding(new Uint8Array(big5)).encoding).toBe('big5');
	});

	it('reads a short Western file as such, not as Big5 or Baltic, and a Polish one not as Big5', () => {
		// Portuguese writes two accents together ("ção", "ações"); its accents precede small letters,
		// which Big5 pairs seldom end in.
		for (const rows of [
			'1,João Conceição,São Paulo,12.50\n',
			'1,João Conceição,São Paulo,12.50\n2,Ação Gonçalves,Braga,7.20\n'
		])
			expect(guessEncoding(encodeSingleByte('Order,Customer,City,Total\n' + rows, 'windows-1252')).encoding).toBe(
				'windows-1252'
			);
		// Finnish and German letters windows-1257 has too, and French "œ": Western, not Baltic.
		for (const rows of [
			'1,Hämäläinen,Jyväskylä,12.50\n',
			'1,Bäckerei Öhler,Müller,12.50\n',
			'1,Besançon,Cœur,12.50\n',
			'1,Cœur,François Lefèvre,12.50\n'
		])
			expect(guessEncoding(encodeSingleByte('Order,Customer,City,Total\n' + rows, 'windows-1252')).encoding).toBe(
				'windows-1252'
			);
		// One row of Polish is too little to tell its code page, but it is no Chinese.
		const polish = encodeSingleByte('Order,Customer,City,Total\n1,Wrocław,Kraków,12.50\n', 'windows-1250');
		expect(guessEncoding(polish).encoding).not.toBe('big5');
	});

	it('forgives a UTF-8 character cut in two at the end of the sample', () => {
		const bytes = new TextEncoder().encode('Клиент,Дата\nПётр,2023-01-05\nЖ');
		expect(guessEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
	});
});
