package io.viralscope.app.analysis;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads what {@link RowOutput} wrote. A row that ends early or holds an impossible length throws
 * {@link MalformedRow}: the caller treats it as a cache miss.
 */
final class RowInput {

    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** The row is not one this Viralscope wrote: truncated, damaged or of another form. */
    static final class MalformedRow extends RuntimeException {
        MalformedRow(String why) {
            super(why, null, false, false);
        }
    }

    private final byte[] buf;
    private int pos;

    RowInput(byte[] buf) {
        this.buf = buf;
    }

    private void need(long n) {
        if (n < 0 || n > buf.length - pos) {
            throw new MalformedRow("row ends at byte " + buf.length + " where " + n + " more were expected");
        }
    }

    int readByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    boolean readBoolean() {
        int b = readByte();
        if (b > 1) {
            throw new MalformedRow("not a flag: " + b);
        }
        return b == 1;
    }

    long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new MalformedRow("variable-length integer longer than 10 bytes");
    }

    /** A count or length, at most what the rest of the row could hold at {@code bytesEach} bytes each. */
    int readCount(int bytesEach) {
        long n = readVarLong();
        if (n < 0 || n * Math.max(1, bytesEach) > buf.length - pos) {
            throw new MalformedRow("count " + n + " exceeds the row");
        }
        return (int) n;
    }

    long readSignedLong() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    double readDouble() {
        need(8);
        double v = (double) DOUBLE.get(buf, pos);
        pos += 8;
        return v;
    }

    double[] readDoubles(int n) {
        need(8L * n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (double) DOUBLE.get(buf, pos);
            pos += 8;
        }
        return out;
    }

    String readString() {
        int n = readCount(1);
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    Instant readInstant() {
        long seconds = readSignedLong();
        return Instant.ofEpochSecond(seconds, readNano());
    }

    Duration readDuration() {
        long seconds = readSignedLong();
        return Duration.ofSeconds(seconds, readNano());
    }

    private int readNano() {
        long nano = readVarLong();
        if (nano > 999_999_999L) {
            throw new MalformedRow("nanoseconds out of range: " + nano);
        }
        return (int) nano;
    }

    /** True when every byte has been read: a row with bytes left over is not trusted. */
    boolean atEnd() {
        return pos == buf.length;
    }
}
