package io.viralscope.app.campaign;

import java.time.LocalDate;

/**
 * One day of one video's paid flight, with at most one of its figures as the stimulus.
 *
 * @param campaign    the campaign's name
 * @param videoId     the video
 * @param day         the UTC day
 * @param spend       the day's spend in the campaign's currency, or {@code null}
 * @param impressions the day's ad impressions, or {@code null}
 * @param paidViews   the day's paid views, or {@code null}
 */
public record FlightDay(String campaign, String videoId, LocalDate day, Double spend, Double impressions,
                        Double paidViews) {
}
