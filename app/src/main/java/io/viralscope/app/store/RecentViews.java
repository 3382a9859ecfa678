package io.viralscope.app.store;

import io.viralscope.api.Sample;

/**
 * A video's newest API sample and an older one to compare it with.
 *
 * @param latest    the newest API sample
 * @param reference an older API sample (about a day before, or the oldest held); may equal {@code latest}
 */
public record RecentViews(Sample latest, Sample reference) {
}
