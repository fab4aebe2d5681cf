package dev.assay.intake.attachments;


import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A large file whose bytes exist nowhere: each stream computes them as it is read. It counts how often it was opened
 * and the largest single read asked of it, and fails any attempt to read it whole, so a test can tell that a reader
 * streamed it in buffers.
 */
final class GeneratedFile {

    private final long size;
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicLong largestRead = new AtomicLong();

    GeneratedFile(long size) {
        this.size = size;
    }

    IncomingFile incoming(String name) {
        return new IncomingFile(name, size, this::open);
    }

    int opened() {
        return opened.get();
    }

    long largestRead() {
        return largestRead.get();
    }

    static byte byteAt(long position) {
        return (byte) ((position * 31 + (position >>> 11)) & 0xff);
    }

    private InputStream open() {
        opened.incrementAndGet();
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < size ? byteAt(position++) & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                largestRead.accumulateAndGet(length, Math::max);
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = byteAt(position++);
                }
                return n;
            }

            @Override
            public byte[] readAllBytes() {
                throw new AssertionError("the whole file was read into memory");
            }

            @Override
            public byte[] readNBytes(int length) {
                throw new AssertionError("the file was read into one array");
            }
        };
    }
}
