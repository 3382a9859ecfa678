package io.viralscope.app.store;

/**
 * What determines a detection: the detector, its version, its settings and the exact series it saw.
 *
 * @param detectorId        detector id
 * @param detectorVersion   detector version
 * @param settingsHash      hash of the detector's settings
 * @param seriesFingerprint hash of the series content
 */
public record ResultKey(String detectorId, String detectorVersion, String settingsHash, String seriesFingerprint) {
}
