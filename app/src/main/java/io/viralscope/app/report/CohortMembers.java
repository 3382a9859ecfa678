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
    // members handed out so far: the cohort runner does not charge reading them to the detector's time limit
    private final AtomicLong read = new AtomicLong();

    CohortMembers(VideoSource source) {
        this.source = source;
    }

    @Override
    public CohortMember get(int index) {
        CohortMember m = member(source.get(index));
        read.incrementAndGet();
        return m;
    }

    @Override
    public int size() {
        return source.size();
    }

    @Override
    public Iterator<CohortMember> iterator() {
        Iterator<io.viralscope.app.analysis.VideoAnalysis> all = source.quietly();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public CohortMember next() {
                CohortMember m = member(all.next());
                read.incrementAndGet();
                return m;
            }
        };
    }

    /** Members handed out so far. */
    long read() {
        return read.get();
    }

    private static CohortMember member(io.viralscope.app.analysis.VideoAnalysis a) {
        return new CohortMember(a.series(), a.detections());
    }
}
