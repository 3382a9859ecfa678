package io.viralscope.app.analysis;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The bytes of one binary results-table row as they are written ({@link CachedDetection}): doubles as their 8 raw
 * bytes (little-endian), whole numbers and lengths as variable-length integers, text as UTF-8 after its length.
 * Not thread-safe: one per row.
 */
final class RowOutput {

    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class,
            ByteOrder.LITTLE_ENDIAN);

    private byte[] buf;
    private int pos;

    RowOutput(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void room(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(pos + n, buf.length * 2));
        }
    }

    void writeByte(int b) {
        room(1);
        buf[pos++] = (byte) b;
    }

    void writeBoolean(boolean b) {
        writeByte(b ? 1 : 0);
    }

    /** An unsigned variable-length integer: 7 bits a byte, low bits first (1 byte below 128). */
    void writeVarLong(long v) {
        room(10);
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    /** A count or length (never negative). */
    void writeCount(int n) {
        writeVarLong(n);
    }

    /** A signed whole number, zigzag-coded so that small negative numbers stay short. */
    void writeSignedLong(long v) {
        writeVarLong((v << 1) ^ (v >> 63));
    }

    void writeDouble(double v) {
        room(8);
        DOUBLE.set(buf, pos, v);
        pos += 8;
    }

    void writeDoubles(double[] values, int n) {
        room(8 * n);
        for (int i = 0; i < n; i++) {
            DOUBLE.set(buf, pos, values[i]);
            pos += 8;
        }
    }

    void writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeCount(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, buf, pos, utf8.length);
        pos += utf8.length;
    }

    /** An instant to the nanosecond: epoch seconds, then nanoseconds. */
    void writeInstant(Instant t) {
        writeSignedLong(t.getEpochSecond());
        writeCount(t.getNano());
    }

    void writeDuration(Duration d) {
        writeSignedLong(d.getSeconds());
        writeCount(d.getNano());
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }
}
