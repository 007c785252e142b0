/** Saves text parts (or a Blob) as a file through a temporary object URL. */
export function download(content: BlobPart[] | Blob, fileName: string, type = 'text/csv;charset=utf-8'): void {
	const blob = content instanceof Blob ? content : new Blob(content, { type });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Lets the page breathe between chunks of work on the main thread. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
