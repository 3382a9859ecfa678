package io.viralscope.app.report;

import io.viralscope.api.CohortMember;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The videos of a report as cohort members, read on demand: {@link #get} analyses that one video (from the
 * result cache), iterating reads them a batch at a time. A cohort detector that walks the members once, keeping
 * only what it needs of each, holds one member at a time however many videos there are; the plugin API is
 * unchanged ({@code CohortDetector.analyse(List<CohortMember>)}).
 */
final class CohortMembers extends AbstractList<CohortMember> implements RandomAccess {

    private final VideoSource source;
    private final FirstPass first;
    private final io.viralscope.app.analysis.Progress progress;
    // members handed out so far, and reads under way: the cohort runner does not charge reading members (a batch
    // of videos from the store and the cache) to the detector's time limit
    private final AtomicLong read = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean feedTaken = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger reading = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param source   the report's videos
     * @param first    the report's first pass, which the first walk over every member from the start feeds
     * @param progress the first pass's progress
     */
    CohortMembers(VideoSource source, FirstPass first, io.viralscope.app.analysis.Progress progress) {
        this.source = source;
        this.first = first;
        this.progress = progress;
    }

    @Override
    public CohortMember get(int index) {
        reading.incrementAndGet();
        try {
            return member(source.get(index));
        } finally {
            reading.decrementAndGet();
            read.incrementAndGet();
        }
    }

    @Override
    public int size() {
        return source.size();
    }

    @Override
    public Iterator<CohortMember> iterator() {
        // the first walk from the start is the report's first pass too, so each video is read once for both
        boolean feeding = first.fresh() && feedTaken.compareAndSet(false, true);
        Iterator<VideoSource.Analysed> all = source.analysed(feeding ? progress
                : io.viralscope.app.analysis.Progress.NONE);
        return new Iterator<>() {
            private boolean feeds = feeding;

            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public CohortMember next() {
                reading.incrementAndGet();
                try {
                    VideoSource.Analysed a = all.next();
                    feeds = feeds && first.accept(a);
                    return member(a.analysis());
                } finally {
                    reading.decrementAndGet();
                    read.incrementAndGet();
                }
            }
        };
    }

    /** Members handed out so far. */
    long read() {
        return read.get();
    }

    /** True while a member is being read. */
    boolean reading() {
        return reading.get() > 0;
    }

    private static CohortMember member(io.viralscope.app.analysis.VideoAnalysis a) {
        return new CohortMember(a.series(), a.detections());
    }
}
