package io.viralscope.app.report;

import io.viralscope.api.SharedEvent;

/**
 * A shared event as the report shows it: what a cohort detector found across the selected videos.
 *
 * @param detector id of the cohort detector that found it
 * @param event    the event: day, kind, videos and sizes, summary
 */
public record SharedEventFinding(String detector, SharedEvent event) {
}
