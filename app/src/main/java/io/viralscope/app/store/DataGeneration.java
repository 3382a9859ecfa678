package io.viralscope.app.store;

/**
 * Which store, and which state of its data: the generation grows by one with every write of samples, videos,
 * tracking or paid media (never with cached detection results).
 *
 * @param identity   the store's random id, given when it was first opened
 * @param generation how many data writes it has seen
 */
public record DataGeneration(String identity, long generation) {
}
