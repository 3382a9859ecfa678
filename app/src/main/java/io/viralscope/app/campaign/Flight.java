package io.viralscope.app.campaign;

import java.time.LocalDate;

/**
 * A campaign's flight on one video, as {@code campaign list} shows it.
 *
 * @param campaign    the campaign's name
 * @param videoId     the video
 * @param first       its first day
 * @param last        its last day (inclusive)
 * @param days        how many days it has
 * @param spend       its total spend, or {@code null} when none was given
 * @param currency    the campaign's currency, or {@code null}
 * @param impressions its total impressions, or {@code null}
 * @param paidViews   its total paid views, or {@code null}
 */
public record Flight(String campaign, String videoId, LocalDate first, LocalDate last, int days, Double spend,
                     String currency, Double impressions, Double paidViews) {
}
