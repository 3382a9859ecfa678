package io.viralscope.app.youtube;

import java.util.List;
import java.util.Set;

/**
 * What one polling round did.
 *
 * @param requested        videos the round was asked to poll
 * @param fetched          videos YouTube answered for (200 or 304), their batch stored
 * @param calls            requests sent, retries included (each one cost a quota unit)
 * @param samplesAdded     new samples stored
 * @param unchanged        videos in batches answered 304 Not Modified
 * @param newlyUnavailable videos YouTube stopped returning in this round
 * @param reappeared       videos that had been unavailable and came back
 * @param skippedRecent    videos fetched or being fetched by some run within the minimum poll interval
 * @param notPolled        videos left out because the round stopped early (failure or stop request)
 * @param changed          videos whose series gained a sample
 * @param failure          why the round stopped early, or {@code null}
 */
public record PollOutcome(int requested, int fetched, int calls, int samplesAdded, int unchanged,
                          List<String> newlyUnavailable, List<String> reappeared, int skippedRecent, int notPolled,
                          Set<String> changed, ApiFailure failure) {
}
