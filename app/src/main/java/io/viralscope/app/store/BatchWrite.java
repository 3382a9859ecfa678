package io.viralscope.app.store;

import java.util.List;

/**
 * What writing one polled batch changed.
 *
 * @param samplesAdded      new samples stored
 * @param newlyUnavailable  ids marked unavailable by this batch
 * @param reappeared        ids that had been unavailable and came back
 */
public record BatchWrite(int samplesAdded, List<String> newlyUnavailable, List<String> reappeared) {
}
