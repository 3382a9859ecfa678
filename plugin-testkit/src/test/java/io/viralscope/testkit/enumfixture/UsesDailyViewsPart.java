package io.viralscope.testkit.enumfixture;

import io.viralscope.api.CurveQuantity;

/** Plugin code as the API requirement check reads it: an enum constant younger than its type. */
public final class UsesDailyViewsPart {

    private UsesDailyViewsPart() {
    }

    /** The quantity of a part of a split of the daily views. */
    public static CurveQuantity part() {
        return CurveQuantity.DAILY_VIEWS_PART;
    }
}
