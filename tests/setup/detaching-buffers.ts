// Node 20 has no ArrayBuffer.prototype.transfer, so `discard` (which frees typed arrays at once by
// detaching their buffers, as the browser does) would do nothing in the node tests, and code that
// reads an array after it was freed would pass them while the browser reads it as empty. Every
// node test runs with a transfer that really detaches.
import { detachingTransfer } from '../../src/lib/test-support/detaching-transfer';

detachingTransfer();
